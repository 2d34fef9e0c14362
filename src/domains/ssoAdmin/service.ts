import { setTimeout as sleep } from 'node:timers/promises';

import {
  CreateAccountAssignmentCommand,
  DescribeAccountAssignmentCreationStatusCommand,
  type CreateAccountAssignmentRequest,
} from '@aws-sdk/client-sso-admin';
import { GraphQLError } from 'graphql';

import { admits, type Principal } from '../../auth/principal';
import { checkString } from '../../aws/constraints';
import type { UpstreamOperation } from '../../aws/upstreamOperation';
import { badUserInput, ErrorCode, outsideTenant, upstreamError } from '../../errors';
import { enums, strings } from '../../generated/aws/sso-admin';
import type { CreateAccountAssignmentInput } from '../../generated/graphql';
import type { OutstandingLimit } from '../OutstandingLimit';
import type { Upstream } from '../upstream';
import { creationStatusEntity, type SsoAdminLoaders } from './loaders';
import { fromStatus, type AssignmentStatusKey, type AssignmentStatusModel } from './mappers';

const CREATE = {
  service: 'SSOAdmin',
  operation: 'CreateAccountAssignment',
} as const satisfies UpstreamOperation;

/**
 * How the gateway watches a creation request it holds a slot for: first after half a second, then
 * twice as long each time up to 5 s (requests usually finish within seconds), giving the slot back
 * after 15 minutes at the latest so a request AWS never reports on cannot hold it forever.
 */
const FIRST_POLL_MS = 500;
const MAX_POLL_MS = 5_000;
const MAX_WATCH_MS = 15 * 60_000;

/** The IAM Identity Center write path (see `DomainModule.createService`). */
export interface SsoAdminService {
  /**
   * Starts assigning a permission set (CreateAccountAssignment) and returns the creation request,
   * `IN_PROGRESS`. Takes one of the process's outstanding-request slots first, waiting for one
   * within the request's deadline, and holds it until AWS reports the request finished.
   */
  createAccountAssignment(input: CreateAccountAssignmentInput): Promise<AssignmentStatusModel>;
}

/** The GraphQL input as a CreateAccountAssignment request, checked against AWS's constraints first. */
export function toCreateAssignmentRequest(
  input: CreateAccountAssignmentInput,
): CreateAccountAssignmentRequest & { InstanceArn: string } {
  if (input.principalType === 'UNKNOWN') {
    throw badUserInput(
      `Argument "input.principalType" must be one of ${enums.PrincipalType.join(', ')}; got UNKNOWN`,
      'input.principalType',
    );
  }
  return {
    InstanceArn: checkString(input.instanceArn, strings.InstanceArn, 'input.instanceArn'),
    TargetId: checkString(input.targetId, strings.TargetId, 'input.targetId'),
    // The only target type AWS has.
    TargetType: 'AWS_ACCOUNT',
    PermissionSetArn: checkString(
      input.permissionSetArn,
      strings.PermissionSetArn,
      'input.permissionSetArn',
    ),
    PrincipalType: input.principalType,
    PrincipalId: checkString(input.principalId, strings.PrincipalId, 'input.principalId'),
  };
}

export function createService(
  upstream: Upstream,
  loaders: SsoAdminLoaders,
  principal: Principal,
): SsoAdminService {
  return {
    async createAccountAssignment(input) {
      const request = toCreateAssignmentRequest(input);
      if (!admits(principal.ssoInstanceArns, request.InstanceArn)) {
        throw outsideTenant(
          `This credential may not create account assignments in instance ${request.InstanceArn}`,
        );
      }
      const limit = upstream.outstandingAssignments;
      const release = limit === undefined ? () => {} : await slot(limit, upstream.signal);
      let status;
      try {
        const output = await upstream.send(new CreateAccountAssignmentCommand(request));
        status = output.AccountAssignmentCreationStatus ?? {};
        if (status.RequestId === undefined) {
          const error = new Error('SSOAdmin.CreateAccountAssignment answered without a RequestId');
          error.name = 'MissingRequiredMember';
          throw upstreamError(error, CREATE);
        }
      } catch (error) {
        release();
        throw error;
      }
      const key: AssignmentStatusKey = {
        instanceArn: request.InstanceArn,
        requestId: status.RequestId,
      };
      if (status.Status === 'IN_PROGRESS' && limit !== undefined) {
        void watchUntilFinished(upstream.detached(), key, limit.closed).finally(release);
      } else {
        release();
      }
      // Read-your-writes: the new request is known in full, and no page or cached answer read
      // before it may hide it.
      const created = fromStatus(key, status);
      loaders.creationStatus.clear(key).prime(key, created);
      loaders.statusPage.clearAll();
      await upstream.invalidate(describeCommand(key));
      return created;
    },
  };
}

function describeCommand(key: AssignmentStatusKey): DescribeAccountAssignmentCreationStatusCommand {
  return new DescribeAccountAssignmentCreationStatusCommand({
    InstanceArn: key.instanceArn,
    AccountAssignmentCreationRequestId: key.requestId,
  });
}

/**
 * One outstanding-request slot, waiting in line while the limit is reached. A request whose
 * deadline passes first is `THROTTLED` without calling AWS (a client gone needs no answer).
 */
async function slot(limit: OutstandingLimit, signal: AbortSignal | undefined) {
  try {
    return await limit.acquire(signal);
  } catch {
    throw new GraphQLError(
      `IAM Identity Center already has ${limit.limit} account assignment requests in progress from this gateway (AWS_QUOTA_SSO_ADMIN_OUTSTANDING) and none finished before this request's deadline; retry later`,
      {
        extensions: {
          code: ErrorCode.Throttled,
          service: CREATE.service,
          operation: CREATE.operation,
        },
      },
    );
  }
}

/**
 * Resolves once AWS reports the creation request finished (SUCCEEDED or FAILED), or gone, or when
 * watching stops (`closed`, or after MAX_WATCH_MS). Throttling and outages only delay the next look.
 */
async function watchUntilFinished(
  upstream: Upstream,
  key: AssignmentStatusKey,
  closed: AbortSignal,
): Promise<void> {
  const until = Date.now() + MAX_WATCH_MS;
  let delay = FIRST_POLL_MS;
  while (Date.now() < until && !closed.aborted) {
    try {
      // Not referenced: a watch never keeps the process alive.
      await sleep(delay, undefined, { signal: closed, ref: false });
    } catch {
      return;
    }
    delay = Math.min(delay * 2, MAX_POLL_MS);
    try {
      const output = await upstream.read(
        describeCommand(key),
        'AssignmentStatusInProgress',
        creationStatusEntity,
      );
      if (output.AccountAssignmentCreationStatus?.Status !== 'IN_PROGRESS') return;
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      if (code !== ErrorCode.Throttled && code !== ErrorCode.UpstreamUnavailable) return;
    }
  }
}
