import type { AccountAssignmentOperationStatus } from '@aws-sdk/client-sso-admin';

/** Identifies one account-assignment creation request: SSO Admin keys it by instance and request id. */
export interface AssignmentStatusKey {
  instanceArn: string;
  requestId: string;
}

/**
 * What `AssignmentStatus` field resolvers receive: the DescribeAccountAssignmentCreationStatus
 * output (which does not repeat the instance) plus the key it was requested with.
 */
export interface AssignmentStatusModel extends AssignmentStatusKey {
  readonly __typename: 'AssignmentStatus';
  readonly status: AccountAssignmentOperationStatus;
}
