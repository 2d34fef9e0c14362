import { DescribeAccountAssignmentCreationStatusCommand } from '@aws-sdk/client-sso-admin';
import type DataLoader from 'dataloader';

import { createFanOutLoader } from '../fanOutLoader';
import type { Upstream } from '../upstream';
import type { AssignmentStatusKey, AssignmentStatusModel } from './mappers';

/** Per-request readers for IAM Identity Center (SSO Admin). */
export interface SsoAdminLoaders {
  /** DescribeAccountAssignmentCreationStatus, one call per distinct (instance, request id). */
  readonly creationStatus: DataLoader<AssignmentStatusKey, AssignmentStatusModel, string>;
}

export function createLoaders(upstream: Upstream): SsoAdminLoaders {
  return {
    creationStatus: createFanOutLoader(
      async (key: AssignmentStatusKey): Promise<AssignmentStatusModel> => {
        const output = await upstream.send(
          new DescribeAccountAssignmentCreationStatusCommand({
            InstanceArn: key.instanceArn,
            AccountAssignmentCreationRequestId: key.requestId,
          }),
        );
        return {
          __typename: 'AssignmentStatus',
          instanceArn: key.instanceArn,
          requestId: output.AccountAssignmentCreationStatus?.RequestId ?? key.requestId,
          status: output.AccountAssignmentCreationStatus ?? {},
        };
      },
      // Validated ARNs and UUIDs never contain a newline.
      (key) => `${key.instanceArn}\n${key.requestId}`,
    ),
  };
}
