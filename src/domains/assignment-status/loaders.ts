import {
  DescribeAccountAssignmentCreationStatusCommand,
  type SSOAdminClient,
} from '@aws-sdk/client-sso-admin';
import type DataLoader from 'dataloader';

import { createFanOutLoader } from '../fanOutLoader';
import type { AssignmentStatusKey, AssignmentStatusModel } from './mappers';

/** Per-request readers for IAM Identity Center (SSO Admin). */
export interface AssignmentStatusLoaders {
  /** DescribeAccountAssignmentCreationStatus, one call per distinct (instance, request id). */
  readonly creationStatus: DataLoader<AssignmentStatusKey, AssignmentStatusModel, string>;
}

export function createAssignmentStatusLoaders(client: SSOAdminClient): AssignmentStatusLoaders {
  return {
    creationStatus: createFanOutLoader(
      { service: 'SSOAdmin', operation: 'DescribeAccountAssignmentCreationStatus' },
      async (key: AssignmentStatusKey): Promise<AssignmentStatusModel> => {
        const output = await client.send(
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
