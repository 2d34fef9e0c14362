import { randomUUID } from 'node:crypto';
import { paginate } from '../../pagination/paginate';
import { ServiceError } from '../../ServiceError';
import type { Handler, HandlerContext } from '../ServiceDefinition';
import { missingPermissionSetReason } from './seed';
import type { SsoAdminStore } from './SsoAdminStore';
import type { AssignmentRequestRecord, InstanceRecord, PrincipalType, StatusValue } from './types';

type Context = HandlerContext<SsoAdminStore>;

const DEFAULT_MAX_RESULTS = 100;

interface PageInput {
  readonly MaxResults?: number;
  readonly NextToken?: string;
}

function page<T extends { readonly seq: number }>(
  items: readonly T[],
  input: PageInput,
  scope: string,
  context: Context,
): { items: T[]; nextToken: string | undefined } {
  return paginate(items, context.tokens, {
    maxResults: input.MaxResults,
    defaultMaxResults: DEFAULT_MAX_RESULTS,
    nextToken: input.NextToken,
    tokenMember: 'nextToken',
    scope,
    alphabet: 'base64',
  });
}

function instance(context: Context, instanceArn: string): InstanceRecord {
  const found = context.store.instances.get(instanceArn);
  if (!found) {
    throw new ServiceError('ResourceNotFoundException', `Instance ${instanceArn} does not exist.`);
  }
  return found;
}

function statusOf(request: AssignmentRequestRecord): Record<string, unknown> {
  return {
    Status: request.Status,
    RequestId: request.RequestId,
    FailureReason: request.FailureReason,
    TargetId: request.TargetId,
    TargetType: request.TargetType,
    PermissionSetArn: request.PermissionSetArn,
    PrincipalType: request.PrincipalType,
    PrincipalId: request.PrincipalId,
    CreatedDate: request.CreatedDate,
  };
}

const ListInstances = (input: PageInput, context: Context) => {
  const instances = [...context.store.instances.values()];
  const { items, nextToken } = page(instances, input, 'ListInstances', context);
  return { Instances: items, NextToken: nextToken };
};

const ListPermissionSets = (input: PageInput & { InstanceArn: string }, context: Context) => {
  instance(context, input.InstanceArn);
  const sets = [...context.store.permissionSets.values()].filter(
    (ps) => ps.instanceArn === input.InstanceArn,
  );
  const { items, nextToken } = page(
    sets,
    input,
    `ListPermissionSets\n${input.InstanceArn}`,
    context,
  );
  return { PermissionSets: items.map((ps) => ps.PermissionSetArn), NextToken: nextToken };
};

const DescribePermissionSet = (
  input: { InstanceArn: string; PermissionSetArn: string },
  context: Context,
) => {
  instance(context, input.InstanceArn);
  const permissionSet = context.store.permissionSets.get(input.PermissionSetArn);
  if (!permissionSet || permissionSet.instanceArn !== input.InstanceArn) {
    throw new ServiceError(
      'ResourceNotFoundException',
      `Could not find PermissionSet with PermissionSetArn ${input.PermissionSetArn}.`,
    );
  }
  return { PermissionSet: permissionSet };
};

const CreateAccountAssignment = (
  input: {
    InstanceArn: string;
    TargetId: string;
    TargetType: 'AWS_ACCOUNT';
    PermissionSetArn: string;
    PrincipalType: PrincipalType;
    PrincipalId: string;
  },
  context: Context,
) => {
  const { store, now, settings } = context;
  instance(context, input.InstanceArn);
  const permissionSet = store.permissionSets.get(input.PermissionSetArn);
  // Like AWS, the request is accepted and fails asynchronously when the permission set is missing.
  const exists = permissionSet !== undefined && permissionSet.instanceArn === input.InstanceArn;
  const request: AssignmentRequestRecord = {
    seq: store.nextSeq(),
    instanceArn: input.InstanceArn,
    RequestId: randomUUID(),
    TargetId: input.TargetId,
    TargetType: input.TargetType,
    PermissionSetArn: input.PermissionSetArn,
    PrincipalType: input.PrincipalType,
    PrincipalId: input.PrincipalId,
    CreatedDate: new Date(now),
    Status: 'IN_PROGRESS',
    pending: exists
      ? { settlesAt: now + settings.assignmentDelayMs, Status: 'SUCCEEDED' }
      : {
          settlesAt: now + settings.assignmentDelayMs,
          Status: 'FAILED',
          FailureReason: missingPermissionSetReason(input.PermissionSetArn, input.InstanceArn),
        },
  };
  store.requests.set(request.RequestId, request);
  store.recordInProgress(now, now + settings.assignmentDelayMs);
  return { AccountAssignmentCreationStatus: statusOf(store.settle(request, now)) };
};

const DescribeAccountAssignmentCreationStatus = (
  input: { InstanceArn: string; AccountAssignmentCreationRequestId: string },
  context: Context,
) => {
  instance(context, input.InstanceArn);
  const request = context.store.requests.get(input.AccountAssignmentCreationRequestId);
  if (!request || request.instanceArn !== input.InstanceArn) {
    throw new ServiceError(
      'ResourceNotFoundException',
      `Could not find AccountAssignmentCreationStatus with RequestId ${input.AccountAssignmentCreationRequestId}.`,
    );
  }
  return { AccountAssignmentCreationStatus: statusOf(context.store.settle(request, context.now)) };
};

const ListAccountAssignmentCreationStatus = (
  input: PageInput & { InstanceArn: string; Filter?: { Status?: StatusValue } },
  context: Context,
) => {
  instance(context, input.InstanceArn);
  const wanted = input.Filter?.Status;
  const requests = [...context.store.requests.values()]
    .filter((r) => r.instanceArn === input.InstanceArn)
    .map((r) => context.store.settle(r, context.now))
    .filter((r) => wanted === undefined || r.Status === wanted);
  const scope = `ListAccountAssignmentCreationStatus\n${input.InstanceArn}\n${wanted ?? ''}`;
  const { items, nextToken } = page(requests, input, scope, context);
  return { AccountAssignmentsCreationStatus: items, NextToken: nextToken };
};

export const ssoAdminHandlers: Readonly<Record<string, Handler<SsoAdminStore>>> = {
  ListInstances,
  ListPermissionSets,
  DescribePermissionSet,
  CreateAccountAssignment,
  DescribeAccountAssignmentCreationStatus,
  ListAccountAssignmentCreationStatus,
};
