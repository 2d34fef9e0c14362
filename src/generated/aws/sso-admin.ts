// Generated from src/emulator/models/sso-admin.json by tools/aws-model-tables.ts; do not edit,
// run `npm run codegen` instead.
// Service: com.amazonaws.ssoadmin#SWBExternalService, API version 2020-07-20.
import type { LengthConstraint, StringConstraint, StructureTable } from '../../aws/constraints';

/** String shapes with a `length` and/or `pattern` trait, keyed by shape name. */
export const strings = {
  AccountId: {
    minLength: 12,
    maxLength: 12,
    pattern: /^\d{12}$/,
    allowed: '12 digits',
  },
  Duration: {
    minLength: 1,
    maxLength: 100,
    pattern: /^(-?)P(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)([DW]))?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/,
    allowed: 'an ISO 8601 duration',
  },
  Id: {
    minLength: 1,
    maxLength: 64,
    pattern: /^[a-zA-Z0-9-]*$/,
    allowed: 'letters, digits and -',
  },
  InstanceArn: {
    minLength: 10,
    maxLength: 1224,
    pattern: /^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance\/(sso)?ins-[a-zA-Z0-9-.]{16}$/,
    allowed: 'an IAM Identity Center instance ARN',
  },
  NameType: {
    minLength: 0,
    maxLength: 255,
    pattern: /^[\w+=,.@-]+$/,
    allowed: 'letters, digits and the characters _+=,.@-',
  },
  PermissionSetArn: {
    minLength: 10,
    maxLength: 1224,
    pattern: /^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::permissionSet\/(sso)?ins-[a-zA-Z0-9-.]{16}\/ps-[a-zA-Z0-9-./]{16}$/,
    allowed: 'an IAM Identity Center permission set ARN',
  },
  PermissionSetDescription: {
    minLength: 1,
    maxLength: 700,
    pattern: /^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/,
    allowed: 'printable Latin-1 characters, tabs and line breaks',
  },
  PermissionSetName: {
    minLength: 1,
    maxLength: 32,
    pattern: /^[\w+=,.@-]+$/,
    allowed: 'letters, digits and the characters _+=,.@-',
  },
  PrincipalId: {
    minLength: 1,
    maxLength: 47,
    pattern: /^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$/,
    allowed: 'a UUID, optionally preceded by 10 lowercase hex digits and -',
  },
  Reason: {
    minLength: 0,
    maxLength: Number.MAX_SAFE_INTEGER,
    pattern: /^[\p{L}\p{M}\p{Z}\p{S}\p{N}\p{P}]*$/u,
    allowed: 'letters, marks, spaces, symbols, digits and punctuation',
  },
  RelayState: {
    minLength: 1,
    maxLength: 240,
    pattern: /^[a-zA-Z0-9&$@#\\\/%?=~\-_'"|!:,.;*+\[\]\ \(\)\{\}]+$/,
    allowed: 'letters, digits, space and URL punctuation',
  },
  TargetId: {
    minLength: 12,
    maxLength: 12,
    pattern: /^\d{12}$/,
    allowed: '12 digits',
  },
  Token: {
    minLength: 0,
    maxLength: 2048,
    pattern: /^[-a-zA-Z0-9+=/_]*$/,
    allowed: 'letters, digits and the characters -+=/_',
  },
  UUId: {
    minLength: 36,
    maxLength: 36,
    pattern: /^\b[0-9a-f]{8}\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\b[0-9a-f]{12}\b$/,
    allowed: 'a lowercase UUID',
  },
} as const satisfies Record<string, StringConstraint>;

/** List and map shapes with a `length` trait (bounds on the number of entries). */
export const collections = {
  InstanceList: { min: 0, max: 10 },
} as const satisfies Record<string, LengthConstraint>;

/** Integer shapes with a `range` trait (inclusive bounds). */
export const integers = {
  MaxResults: { min: 1, max: 100 },
} as const satisfies Record<string, LengthConstraint>;

/** Structures reachable from the emulated operations: member names in model order, the required ones, and the members that hold structures. */
export const structures = {
  AccessDeniedException: {
    members: ['Message'],
    required: [],
  },
  AccountAssignmentOperationStatus: {
    members: [
      'Status',
      'RequestId',
      'FailureReason',
      'TargetId',
      'TargetType',
      'PermissionSetArn',
      'PrincipalType',
      'PrincipalId',
      'CreatedDate',
    ],
    required: [],
  },
  AccountAssignmentOperationStatusMetadata: {
    members: ['Status', 'RequestId', 'CreatedDate'],
    required: [],
  },
  ConflictException: {
    members: ['Message'],
    required: [],
  },
  CreateAccountAssignmentRequest: {
    members: [
      'InstanceArn',
      'TargetId',
      'TargetType',
      'PermissionSetArn',
      'PrincipalType',
      'PrincipalId',
    ],
    required: [
      'InstanceArn',
      'TargetId',
      'TargetType',
      'PermissionSetArn',
      'PrincipalType',
      'PrincipalId',
    ],
  },
  CreateAccountAssignmentResponse: {
    members: ['AccountAssignmentCreationStatus'],
    required: [],
    nested: {
      AccountAssignmentCreationStatus: { shape: 'AccountAssignmentOperationStatus', kind: 'structure' },
    },
  },
  DescribeAccountAssignmentCreationStatusRequest: {
    members: ['InstanceArn', 'AccountAssignmentCreationRequestId'],
    required: ['InstanceArn', 'AccountAssignmentCreationRequestId'],
  },
  DescribeAccountAssignmentCreationStatusResponse: {
    members: ['AccountAssignmentCreationStatus'],
    required: [],
    nested: {
      AccountAssignmentCreationStatus: { shape: 'AccountAssignmentOperationStatus', kind: 'structure' },
    },
  },
  DescribePermissionSetRequest: {
    members: ['InstanceArn', 'PermissionSetArn'],
    required: ['InstanceArn', 'PermissionSetArn'],
  },
  DescribePermissionSetResponse: {
    members: ['PermissionSet'],
    required: [],
    nested: {
      PermissionSet: { shape: 'PermissionSet', kind: 'structure' },
    },
  },
  InstanceMetadata: {
    members: ['InstanceArn', 'IdentityStoreId', 'OwnerAccountId', 'Name', 'CreatedDate', 'Status'],
    required: [],
  },
  InternalServerException: {
    members: ['Message'],
    required: [],
  },
  ListAccountAssignmentCreationStatusRequest: {
    members: ['InstanceArn', 'MaxResults', 'NextToken', 'Filter'],
    required: ['InstanceArn'],
    nested: {
      Filter: { shape: 'OperationStatusFilter', kind: 'structure' },
    },
  },
  ListAccountAssignmentCreationStatusResponse: {
    members: ['AccountAssignmentsCreationStatus', 'NextToken'],
    required: [],
    nested: {
      AccountAssignmentsCreationStatus: { shape: 'AccountAssignmentOperationStatusMetadata', kind: 'list' },
    },
  },
  ListInstancesRequest: {
    members: ['MaxResults', 'NextToken'],
    required: [],
  },
  ListInstancesResponse: {
    members: ['Instances', 'NextToken'],
    required: [],
    nested: {
      Instances: { shape: 'InstanceMetadata', kind: 'list' },
    },
  },
  ListPermissionSetsRequest: {
    members: ['InstanceArn', 'NextToken', 'MaxResults'],
    required: ['InstanceArn'],
  },
  ListPermissionSetsResponse: {
    members: ['PermissionSets', 'NextToken'],
    required: [],
  },
  OperationStatusFilter: {
    members: ['Status'],
    required: [],
  },
  PermissionSet: {
    members: [
      'Name',
      'PermissionSetArn',
      'Description',
      'CreatedDate',
      'SessionDuration',
      'RelayState',
    ],
    required: [],
  },
  ResourceNotFoundException: {
    members: ['Message'],
    required: [],
  },
  ServiceQuotaExceededException: {
    members: ['Message'],
    required: [],
  },
  ThrottlingException: {
    members: ['Message'],
    required: [],
  },
  ValidationException: {
    members: ['Message'],
    required: [],
  },
} as const satisfies Record<string, StructureTable>;

/** Enum shapes (Smithy `enum` shapes and strings with the `enum` trait): their values in model order. */
export const enums = {
  InstanceStatus: ['CREATE_IN_PROGRESS', 'DELETE_IN_PROGRESS', 'ACTIVE'],
  PrincipalType: ['USER', 'GROUP'],
  StatusValues: ['IN_PROGRESS', 'FAILED', 'SUCCEEDED'],
  TargetType: ['AWS_ACCOUNT'],
} as const satisfies Record<string, readonly string[]>;

/** Emulated operations: input and output shape names (`Unit` for none) and the errors they declare. */
export const operations = {
  CreateAccountAssignment: {
    input: 'CreateAccountAssignmentRequest',
    output: 'CreateAccountAssignmentResponse',
    errors: [
      'AccessDeniedException',
      'ConflictException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ServiceQuotaExceededException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  DescribeAccountAssignmentCreationStatus: {
    input: 'DescribeAccountAssignmentCreationStatusRequest',
    output: 'DescribeAccountAssignmentCreationStatusResponse',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  DescribePermissionSet: {
    input: 'DescribePermissionSetRequest',
    output: 'DescribePermissionSetResponse',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  ListAccountAssignmentCreationStatus: {
    input: 'ListAccountAssignmentCreationStatusRequest',
    output: 'ListAccountAssignmentCreationStatusResponse',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  ListInstances: {
    input: 'ListInstancesRequest',
    output: 'ListInstancesResponse',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
  ListPermissionSets: {
    input: 'ListPermissionSetsRequest',
    output: 'ListPermissionSetsResponse',
    errors: [
      'AccessDeniedException',
      'InternalServerException',
      'ResourceNotFoundException',
      'ThrottlingException',
      'ValidationException',
    ],
  },
} as const satisfies Record<string, { readonly input: string; readonly output: string; readonly errors: readonly string[] }>;
