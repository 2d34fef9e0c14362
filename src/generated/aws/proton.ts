// Generated from src/emulator/models/proton.json by tools/aws-model-tables.ts; do not edit,
// run `npm run codegen` instead.
// Service: com.amazonaws.proton#AwsProton20200720, API version 2020-07-20.
import type { LengthConstraint, StringConstraint, StructureTable } from '../../aws/constraints';

/** String shapes with a `length` and/or `pattern` trait, keyed by shape name. */
export const strings = {
  Arn: {
    minLength: 1,
    maxLength: 200,
    pattern: /^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$/,
    allowed: 'an ARN',
  },
  AwsAccountId: {
    minLength: 0,
    maxLength: Number.MAX_SAFE_INTEGER,
    pattern: /^\d{12}$/,
    allowed: '12 digits',
  },
  ClientToken: {
    minLength: 0,
    maxLength: 64,
    pattern: /^[!-~]*$/,
    allowed: 'printable ASCII characters other than space',
  },
  EnvironmentAccountConnectionId: {
    minLength: 0,
    maxLength: Number.MAX_SAFE_INTEGER,
    pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    allowed: 'a lowercase UUID',
  },
  NextToken: {
    minLength: 0,
    maxLength: Number.MAX_SAFE_INTEGER,
    pattern: /^[A-Za-z0-9+=/]+$/,
    allowed: 'letters, digits, +, = and /',
  },
  ResourceName: {
    minLength: 1,
    maxLength: 100,
    pattern: /^[0-9A-Za-z]+[0-9A-Za-z_\-]*$/,
    allowed: 'a letter or digit, then letters, digits, _ and -',
  },
  RoleArn: {
    minLength: 1,
    maxLength: 2048,
    pattern: /^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role\/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$/,
    allowed: 'an IAM role ARN',
  },
  TagKey: {
    minLength: 1,
    maxLength: 128,
  },
  TagValue: {
    minLength: 0,
    maxLength: 256,
  },
} as const satisfies Record<string, StringConstraint>;

/** List and map shapes with a `length` trait (bounds on the number of entries). */
export const collections = {
  TagList: { min: 0, max: 50 },
} as const satisfies Record<string, LengthConstraint>;

/** Integer shapes with a `range` trait (inclusive bounds). */
export const integers = {
  MaxPageResults: { min: 1, max: 100 },
} as const satisfies Record<string, LengthConstraint>;

/** Structures reachable from the emulated operations: member names in model order, the required ones, and the members that hold structures. */
export const structures = {
  AcceptEnvironmentAccountConnectionInput: {
    members: ['id'],
    required: ['id'],
  },
  AcceptEnvironmentAccountConnectionOutput: {
    members: ['environmentAccountConnection'],
    required: ['environmentAccountConnection'],
    nested: {
      environmentAccountConnection: { shape: 'EnvironmentAccountConnection', kind: 'structure' },
    },
  },
  AccessDeniedException: {
    members: ['message'],
    required: ['message'],
  },
  ConflictException: {
    members: ['message'],
    required: ['message'],
  },
  CreateEnvironmentAccountConnectionInput: {
    members: [
      'clientToken',
      'managementAccountId',
      'roleArn',
      'environmentName',
      'tags',
      'componentRoleArn',
      'codebuildRoleArn',
    ],
    required: ['managementAccountId', 'environmentName'],
    nested: {
      tags: { shape: 'Tag', kind: 'list' },
    },
  },
  CreateEnvironmentAccountConnectionOutput: {
    members: ['environmentAccountConnection'],
    required: ['environmentAccountConnection'],
    nested: {
      environmentAccountConnection: { shape: 'EnvironmentAccountConnection', kind: 'structure' },
    },
  },
  EnvironmentAccountConnection: {
    members: [
      'id',
      'arn',
      'managementAccountId',
      'environmentAccountId',
      'roleArn',
      'environmentName',
      'requestedAt',
      'lastModifiedAt',
      'status',
      'componentRoleArn',
      'codebuildRoleArn',
    ],
    required: [
      'id',
      'arn',
      'managementAccountId',
      'environmentAccountId',
      'roleArn',
      'environmentName',
      'requestedAt',
      'lastModifiedAt',
      'status',
    ],
  },
  EnvironmentAccountConnectionSummary: {
    members: [
      'id',
      'arn',
      'managementAccountId',
      'environmentAccountId',
      'roleArn',
      'environmentName',
      'requestedAt',
      'lastModifiedAt',
      'status',
      'componentRoleArn',
    ],
    required: [
      'id',
      'arn',
      'managementAccountId',
      'environmentAccountId',
      'roleArn',
      'environmentName',
      'requestedAt',
      'lastModifiedAt',
      'status',
    ],
  },
  GetEnvironmentAccountConnectionInput: {
    members: ['id'],
    required: ['id'],
  },
  GetEnvironmentAccountConnectionOutput: {
    members: ['environmentAccountConnection'],
    required: ['environmentAccountConnection'],
    nested: {
      environmentAccountConnection: { shape: 'EnvironmentAccountConnection', kind: 'structure' },
    },
  },
  InternalServerException: {
    members: ['message'],
    required: ['message'],
  },
  ListEnvironmentAccountConnectionsInput: {
    members: ['requestedBy', 'environmentName', 'statuses', 'nextToken', 'maxResults'],
    required: ['requestedBy'],
  },
  ListEnvironmentAccountConnectionsOutput: {
    members: ['environmentAccountConnections', 'nextToken'],
    required: ['environmentAccountConnections'],
    nested: {
      environmentAccountConnections: { shape: 'EnvironmentAccountConnectionSummary', kind: 'list' },
    },
  },
  RejectEnvironmentAccountConnectionInput: {
    members: ['id'],
    required: ['id'],
  },
  RejectEnvironmentAccountConnectionOutput: {
    members: ['environmentAccountConnection'],
    required: ['environmentAccountConnection'],
    nested: {
      environmentAccountConnection: { shape: 'EnvironmentAccountConnection', kind: 'structure' },
    },
  },
  ResourceNotFoundException: {
    members: ['message'],
    required: ['message'],
  },
  ServiceQuotaExceededException: {
    members: ['message'],
    required: ['message'],
  },
  Tag: {
    members: ['key', 'value'],
    required: ['key', 'value'],
  },
  ThrottlingException: {
    members: ['message'],
    required: ['message'],
  },
  ValidationException: {
    members: ['message'],
    required: ['message'],
  },
} as const satisfies Record<string, StructureTable>;

/** Enum shapes (Smithy `enum` shapes and strings with the `enum` trait): their values in model order. */
export const enums = {
  EnvironmentAccountConnectionRequesterAccountType: ['MANAGEMENT_ACCOUNT', 'ENVIRONMENT_ACCOUNT'],
  EnvironmentAccountConnectionStatus: ['PENDING', 'CONNECTED', 'REJECTED'],
} as const satisfies Record<string, readonly string[]>;

/** Emulated operations: input and output shape names (`Unit` for none) and the errors they declare. */
export const operations = {
  AcceptEnvironmentAccountConnection: {
    input: 'AcceptEnvironmentAccountConnectionInput',
    output: 'AcceptEnvironmentAccountConnectionOutput',
    errors: [
      'AccessDeniedException',
      'ConflictException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  CreateEnvironmentAccountConnection: {
    input: 'CreateEnvironmentAccountConnectionInput',
    output: 'CreateEnvironmentAccountConnectionOutput',
    errors: [
      'AccessDeniedException',
      'ConflictException',
      'InternalServerException',
      'ServiceQuotaExceededException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  GetEnvironmentAccountConnection: {
    input: 'GetEnvironmentAccountConnectionInput',
    output: 'GetEnvironmentAccountConnectionOutput',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  ListEnvironmentAccountConnections: {
    input: 'ListEnvironmentAccountConnectionsInput',
    output: 'ListEnvironmentAccountConnectionsOutput',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  RejectEnvironmentAccountConnection: {
    input: 'RejectEnvironmentAccountConnectionInput',
    output: 'RejectEnvironmentAccountConnectionOutput',
    errors: [
      'AccessDeniedException',
      'ConflictException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
} as const satisfies Record<string, { readonly input: string; readonly output: string; readonly errors: readonly string[] }>;
