import type { StringConstraint } from '../../graphql/constraints';

// AWS's constraints from the SSO Admin model (InstanceArn, UUId).

export const INSTANCE_ARN: StringConstraint = {
  minLength: 10,
  maxLength: 1224,
  pattern:
    /^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance\/(sso)?ins-[a-zA-Z0-9-.]{16}$/,
  allowed: 'an IAM Identity Center instance ARN',
};

export const REQUEST_ID: StringConstraint = {
  minLength: 36,
  maxLength: 36,
  pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  allowed: 'a lowercase UUID',
};
