import type { StringConstraint } from '../../graphql/constraints';

// AWS's constraint from the Proton model (EnvironmentAccountConnectionId).
export const ENVIRONMENT_ACCOUNT_CONNECTION_ID: StringConstraint = {
  minLength: 36,
  maxLength: 36,
  pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  allowed: 'a lowercase UUID',
};
