import { DescribeAccountAssignmentCreationStatusCommand } from '@aws-sdk/client-sso-admin';
import type DataLoader from 'dataloader';

import { admits, type Principal } from '../../auth/principal';
import type { UpstreamOperation } from '../../aws/upstreamOperation';
import { hiddenNotFound, isNotFound } from '../../errors';
import type { operations } from '../../generated/aws/sso-admin';
import { createFanOutLoader } from '../fanOutLoader';
import type { Upstream } from '../upstream';
import type { AssignmentStatusKey, AssignmentStatusModel } from './mappers';

/** Per-request readers for IAM Identity Center (SSO Admin). */
export interface SsoAdminLoaders {
  /** DescribeAccountAssignmentCreationStatus, one call per distinct (instance, request id). */
  readonly creationStatus: DataLoader<AssignmentStatusKey, AssignmentStatusModel, string>;
}

// The call a hidden request is reported under, checked against the model's operations.
const DESCRIBE_STATUS = {
  service: 'SSOAdmin',
  operation: 'DescribeAccountAssignmentCreationStatus',
} as const satisfies UpstreamOperation & { operation: keyof typeof operations };

/**
 * The loaders enforce the caller's `ssoInstanceArns`: a request of another instance is not found,
 * without asking AWS and worded as AWS's own not-found is for such a caller.
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
            // A request that reached SUCCEEDED or FAILED never changes again.
            (answer) => {
              const status = answer.AccountAssignmentCreationStatus?.Status;
              return status === 'SUCCEEDED' || status === 'FAILED'
                ? 'AssignmentStatusTerminal'
                : 'AssignmentStatusInProgress';
            },
          );
        } catch (error) {
          throw tenant !== undefined && isNotFound(error) ? hidden() : error;
        }
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
