import {
  DescribeAccountAssignmentCreationStatusCommand,
  DescribePermissionSetCommand,
  ListAccountAssignmentCreationStatusCommand,
  ListInstancesCommand,
  type DescribeAccountAssignmentCreationStatusCommandOutput,
  type ListAccountAssignmentCreationStatusResponse,
  type ListInstancesResponse,
  type StatusValues,
} from '@aws-sdk/client-sso-admin';
import type DataLoader from 'dataloader';

import { admits, type Principal } from '../../auth/principal';
import type { UpstreamOperation } from '../../aws/upstreamOperation';
import type { CacheEntity } from '../../cache/entityCache';
import { hiddenNotFound, isNotFound, outsideTenant } from '../../errors';
import { integers, type operations } from '../../generated/aws/sso-admin';
import { createFanOutLoader } from '../fanOutLoader';
import type { Upstream } from '../upstream';
import {
  fromStatus,
  type AssignmentStatusKey,
  type AssignmentStatusModel,
  type PermissionSetKey,
  type PermissionSetModel,
} from './mappers';

/** One page of a list: where it starts and how many items it asks for. */
export interface PageKey {
  nextToken: string | undefined;
  maxResults: number;
}

/** One page of an instance's account-assignment creation requests. */
export interface StatusPageKey extends PageKey {
  instanceArn: string;
  status: StatusValues | null;
}

/** Per-request readers for IAM Identity Center (SSO Admin). */
export interface SsoAdminLoaders {
  /** DescribeAccountAssignmentCreationStatus, one call per distinct (instance, request id). */
  readonly creationStatus: DataLoader<AssignmentStatusKey, AssignmentStatusModel, string>;
  /** DescribePermissionSet, one call per distinct (instance, permission set). */
  readonly permissionSet: DataLoader<PermissionSetKey, PermissionSetModel, string>;
  /** ListAccountAssignmentCreationStatus: identical page requests (aliases) are sent once. */
  readonly statusPage: DataLoader<
    StatusPageKey,
    ListAccountAssignmentCreationStatusResponse,
    string
  >;
  /** ListInstances: identical page requests are sent once. */
  readonly instancePage: DataLoader<PageKey, ListInstancesResponse, string>;
}

// The calls a hidden resource is reported under, checked against the model's operations.
type ModelOperation = UpstreamOperation & { operation: keyof typeof operations };
const DESCRIBE_STATUS = {
  service: 'SSOAdmin',
  operation: 'DescribeAccountAssignmentCreationStatus',
} as const satisfies ModelOperation;
const DESCRIBE_PERMISSION_SET = {
  service: 'SSOAdmin',
  operation: 'DescribePermissionSet',
} as const satisfies ModelOperation;

/** AWS's largest page for the SSO Admin List operations (`MaxResults`). */
export const MAX_AWS_PAGE_SIZE = integers.MaxResults.max;

/** How long a creation status may be cached: a request that reached SUCCEEDED or FAILED never changes. */
export function creationStatusEntity(
  answer: Omit<DescribeAccountAssignmentCreationStatusCommandOutput, '$metadata'>,
): CacheEntity {
  const status = answer.AccountAssignmentCreationStatus?.Status;
  return status === 'SUCCEEDED' || status === 'FAILED'
    ? 'AssignmentStatusTerminal'
    : 'AssignmentStatusInProgress';
}

/**
 * The loaders enforce the caller's `ssoInstanceArns`: a request or permission set of another
 * instance is not found, without asking AWS and worded as AWS's own not-found is for such a caller;
 * listing another instance's requests, or the instances themselves, is refused before any call.
 */
export function createLoaders(upstream: Upstream, principal: Principal): SsoAdminLoaders {
  const tenant = principal.ssoInstanceArns;
  return {
    creationStatus: createFanOutLoader(
      async (key: AssignmentStatusKey): Promise<AssignmentStatusModel> => {
        const hidden = () =>
          hiddenNotFound(DESCRIBE_STATUS, `Account assignment creation request ${key.requestId}`);
        if (!admits(tenant, key.instanceArn)) throw hidden();
        let output;
        try {
          output = await upstream.read(
            new DescribeAccountAssignmentCreationStatusCommand({
              InstanceArn: key.instanceArn,
              AccountAssignmentCreationRequestId: key.requestId,
            }),
            'AssignmentStatusInProgress',
            creationStatusEntity,
          );
        } catch (error) {
          throw tenant !== undefined && isNotFound(error) ? hidden() : error;
        }
        const status = output.AccountAssignmentCreationStatus ?? {};
        return fromStatus(
          { instanceArn: key.instanceArn, requestId: status.RequestId ?? key.requestId },
          status,
        );
      },
      // Validated ARNs and UUIDs never contain a newline.
      (key) => `${key.instanceArn}\n${key.requestId}`,
    ),
    permissionSet: createFanOutLoader(
      async (key: PermissionSetKey): Promise<PermissionSetModel> => {
        const hidden = () =>
          hiddenNotFound(DESCRIBE_PERMISSION_SET, `Permission set ${key.permissionSetArn}`);
        if (!admits(tenant, key.instanceArn)) throw hidden();
        let output;
        try {
          output = await upstream.read(
            new DescribePermissionSetCommand({
              InstanceArn: key.instanceArn,
              PermissionSetArn: key.permissionSetArn,
            }),
            'PermissionSet',
          );
        } catch (error) {
          throw tenant !== undefined && isNotFound(error) ? hidden() : error;
        }
        return { __typename: 'PermissionSet', ...key, record: output.PermissionSet ?? {} };
      },
      (key) => `${key.instanceArn}\n${key.permissionSetArn}`,
    ),
    statusPage: createFanOutLoader(
      (key: StatusPageKey) => {
        if (!admits(tenant, key.instanceArn)) {
          throw outsideTenant(
            `This credential may not list the account assignment requests of instance ${key.instanceArn}`,
          );
        }
        return upstream.send(
          new ListAccountAssignmentCreationStatusCommand({
            InstanceArn: key.instanceArn,
            Filter: key.status === null ? undefined : { Status: key.status },
            NextToken: key.nextToken,
            MaxResults: key.maxResults,
          }),
        );
      },
      (key) => JSON.stringify([key.instanceArn, key.status, key.nextToken ?? null, key.maxResults]),
    ),
    instancePage: createFanOutLoader(
      (key: PageKey) => {
        if (tenant !== undefined) {
          throw outsideTenant(
            'This credential is limited to some IAM Identity Center instances: it may not list them all',
          );
        }
        return upstream.send(
          new ListInstancesCommand({ NextToken: key.nextToken, MaxResults: key.maxResults }),
        );
      },
      (key) => JSON.stringify([key.nextToken ?? null, key.maxResults]),
    ),
  };
}
