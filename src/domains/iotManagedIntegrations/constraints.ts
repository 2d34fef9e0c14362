import type { StringConstraint } from '../../graphql/constraints';

// AWS's constraints from the IoT managed integrations model (smithy.api#length / pattern).

export const ACCOUNT_ASSOCIATION_ID: StringConstraint = {
  minLength: 1,
  maxLength: 64,
  pattern: /^[0-9a-zA-Z]+$/,
  allowed: 'letters and digits',
};

export const CONNECTOR_DESTINATION_ID: StringConstraint = {
  minLength: 1,
  maxLength: 64,
  pattern: /^[A-Za-z0-9-_]+$/,
  allowed: 'letters, digits, - and _',
};

export const ACCOUNT_ASSOCIATION_NAME: StringConstraint = {
  minLength: 1,
  maxLength: 128,
  pattern: /^[A-Za-z0-9-_ ]+$/,
  allowed: 'letters, digits, -, _ and space',
};

export const ACCOUNT_ASSOCIATION_DESCRIPTION: StringConstraint = {
  minLength: 1,
  maxLength: 4096,
  pattern: /^[A-Za-z0-9-_ ]+$/,
  allowed: 'letters, digits, -, _ and space',
};

export const CLIENT_TOKEN: StringConstraint = {
  minLength: 1,
  maxLength: 64,
  pattern: /^[a-zA-Z0-9=_-]+$/,
  allowed: 'letters, digits, =, _ and -',
};

export const TAG_KEY: StringConstraint = { minLength: 1, maxLength: 128 };
export const TAG_VALUE: StringConstraint = { minLength: 0, maxLength: 256 };
export const MAX_TAGS = 50;
