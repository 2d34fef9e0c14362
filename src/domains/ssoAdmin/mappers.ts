import type {
  AccountAssignmentOperationStatus,
  InstanceMetadata,
  PermissionSet,
} from '@aws-sdk/client-sso-admin';

import { structures } from '../../generated/aws/sso-admin';

/** Identifies one account-assignment creation request: SSO Admin keys it by instance and request id. */
export interface AssignmentStatusKey {
  instanceArn: string;
  requestId: string;
}

export type AssignmentStatusField = keyof AccountAssignmentOperationStatus;

/**
 * What `AssignmentStatus` field resolvers receive: the members some AWS answer already carried
 * (DescribeAccountAssignmentCreationStatus and CreateAccountAssignment carry all of them, a
 * ListAccountAssignmentCreationStatus item only its metadata), which members those are, and the
 * key (answers do not repeat the instance). A member outside `carries` is fetched with
 * DescribeAccountAssignmentCreationStatus (through the per-request loader) only when selected.
 */
export interface AssignmentStatusModel extends AssignmentStatusKey {
  readonly __typename: 'AssignmentStatus';
  readonly known: AccountAssignmentOperationStatus;
  readonly carries: 'all' | ReadonlySet<AssignmentStatusField>;
}

// The members of a ListAccountAssignmentCreationStatus item, from AWS's model: status, request id
// and creation date.
const LIST_ITEM_FIELDS: ReadonlySet<AssignmentStatusField> = new Set<AssignmentStatusField>(
  structures.AccountAssignmentOperationStatusMetadata.members,
);

/** A request as a full answer (Describe, Create) has it. */
export function fromStatus(
  key: AssignmentStatusKey,
  status: AccountAssignmentOperationStatus,
): AssignmentStatusModel {
  return { __typename: 'AssignmentStatus', ...key, known: status, carries: 'all' };
}

/** A request as a list item has it: only its metadata. */
export function fromListItem(
  key: AssignmentStatusKey,
  item: AccountAssignmentOperationStatus,
): AssignmentStatusModel {
  return { __typename: 'AssignmentStatus', ...key, known: item, carries: LIST_ITEM_FIELDS };
}

/** Whether `model` already carries `field`, so resolving it needs no AWS call. */
export function carries(model: AssignmentStatusModel, field: AssignmentStatusField): boolean {
  return model.carries === 'all' || model.carries.has(field);
}

/** Identifies one permission set: SSO Admin describes it within its instance. */
export interface PermissionSetKey {
  instanceArn: string;
  permissionSetArn: string;
}

/** What `PermissionSet` field resolvers receive: the DescribePermissionSet answer and its key. */
export interface PermissionSetModel extends PermissionSetKey {
  readonly __typename: 'PermissionSet';
  readonly record: PermissionSet;
}

/** One ListInstances item; the ARN, which everything else needs, is known to be there. */
export interface SsoInstanceModel {
  readonly instanceArn: string;
  readonly record: InstanceMetadata;
}
