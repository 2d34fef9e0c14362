import type { AccountAssignmentOperationStatus, StatusValues } from '@aws-sdk/client-sso-admin';

import { checkString } from '../../aws/constraints';
import type { UpstreamOperation } from '../../aws/upstreamOperation';
import type { GraphQLContext } from '../../context';
import { badUserInput, upstreamError } from '../../errors';
import type {
  AssignmentStatusValue,
  AssignmentTargetType,
  PrincipalType,
  Resolvers,
} from '../../generated/graphql';
import { resolveConnection, type Connection } from '../../graphql/connection';
import { toKnownEnum } from '../../graphql/forwardCompatibleEnum';
import { toGlobalId } from '../../graphql/globalId';
import { enums, strings } from '../../generated/aws/sso-admin';
import { nodeLoader, type NodeLoader } from '../module';
import { MAX_AWS_PAGE_SIZE } from './loaders';
import {
  carries,
  fromListItem,
  type AssignmentStatusField,
  type AssignmentStatusModel,
  type PermissionSetModel,
  type SsoInstanceModel,
} from './mappers';

const STATUS_VALUES: readonly AssignmentStatusValue[] = enums.StatusValues;
const TARGET_TYPES: readonly AssignmentTargetType[] = enums.TargetType;
const PRINCIPAL_TYPES: readonly PrincipalType[] = enums.PrincipalType;

const LIST_STATUSES = {
  service: 'SSOAdmin',
  operation: 'ListAccountAssignmentCreationStatus',
} as const satisfies UpstreamOperation;
const LIST_INSTANCES = {
  service: 'SSOAdmin',
  operation: 'ListInstances',
} as const satisfies UpstreamOperation;

const orNull = <T>(value: T | undefined): T | null => value ?? null;

/**
 * A member AWS's model leaves optional but without which an item cannot be identified: its absence
 * fails the field as an internal error naming the call, like a missing required member.
 */
function identifying(value: string | undefined, op: UpstreamOperation, member: string): string {
  if (value !== undefined && value !== '') return value;
  const error = new Error(`${op.service}.${op.operation} answered an item without ${member}`);
  error.name = 'MissingRequiredMember';
  throw upstreamError(error, op);
}

/**
 * Reads one member of a creation request and maps it: from the parent when it carries the member
 * (Describe or Create answer, list item metadata) — synchronously — otherwise through the
 * per-request DescribeAccountAssignmentCreationStatus loader. So a page selecting only `status`,
 * `requestId` and `createdDate` costs its List alone, and one selecting more costs one Describe
 * per item.
 */
function member<F extends AssignmentStatusField, R>(
  model: AssignmentStatusModel,
  name: F,
  ctx: GraphQLContext,
  map: (value: AccountAssignmentOperationStatus[F] | undefined) => R,
): R | Promise<R> {
  if (carries(model, name)) return map(model.known[name]);
  return ctx.loaders.ssoAdmin.creationStatus
    .load({ instanceArn: model.instanceArn, requestId: model.requestId })
    .then((full) => map(full.known[name]));
}

function loadAssignmentStatus(
  ctx: GraphQLContext,
  instanceArn: string,
  requestId: string,
  argumentNames: readonly [string, string],
): Promise<AssignmentStatusModel> {
  return ctx.loaders.ssoAdmin.creationStatus.load({
    instanceArn: checkString(instanceArn, strings.InstanceArn, argumentNames[0]),
    requestId: checkString(requestId, strings.UUId, argumentNames[1]),
  });
}

function loadPermissionSet(
  ctx: GraphQLContext,
  instanceArn: string,
  permissionSetArn: string,
  argumentNames: readonly [string, string],
): Promise<PermissionSetModel> {
  return ctx.loaders.ssoAdmin.permissionSet.load({
    instanceArn: checkString(instanceArn, strings.InstanceArn, argumentNames[0]),
    permissionSetArn: checkString(permissionSetArn, strings.PermissionSetArn, argumentNames[1]),
  });
}

export const loadAssignmentStatusNode: NodeLoader<AssignmentStatusModel> = nodeLoader(
  2,
  (ctx, [instanceArn, requestId], argumentName) =>
    loadAssignmentStatus(ctx, instanceArn, requestId, [argumentName, argumentName]),
);

export const loadPermissionSetNode: NodeLoader<PermissionSetModel> = nodeLoader(
  2,
  (ctx, [instanceArn, permissionSetArn], argumentName) =>
    loadPermissionSet(ctx, instanceArn, permissionSetArn, [argumentName, argumentName]),
);

/** `status` as an AWS filter value: `UNKNOWN` names no status AWS could filter by. */
function statusFilter(status: AssignmentStatusValue | null | undefined): StatusValues | null {
  if (status == null) return null;
  if (status === 'UNKNOWN') {
    throw badUserInput(
      `Argument "status" must be one of ${enums.StatusValues.join(', ')}; got UNKNOWN`,
      'status',
    );
  }
  return status;
}

/**
 * A page of ListAccountAssignmentCreationStatus. Each node carries its list item (status, request
 * id, creation date); anything else goes through the Describe loader only when selected.
 */
function listAssignmentStatuses(
  ctx: GraphQLContext,
  instanceArn: string,
  status: StatusValues | null,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<AssignmentStatusModel>> {
  const { statusPage } = ctx.loaders.ssoAdmin;
  return resolveConnection(ctx.cursors, {
    name: 'assignmentStatuses',
    filter: { instanceArn, status },
    first: args.first,
    after: args.after,
    fetchPage: async (nextToken, maxResults) => {
      // AWS pages hold at most 100: a larger look-ahead continues on the next page.
      const output = await statusPage.load({
        instanceArn,
        status,
        nextToken,
        maxResults: Math.min(maxResults, MAX_AWS_PAGE_SIZE),
      });
      return { items: output.AccountAssignmentsCreationStatus ?? [], nextToken: output.NextToken };
    },
    toNode: (item) =>
      fromListItem(
        {
          instanceArn,
          requestId: identifying(item.RequestId, LIST_STATUSES, 'RequestId'),
        },
        item,
      ),
  });
}

/** A page of ListInstances; its items carry everything `SsoInstance` has. */
function listSsoInstances(
  ctx: GraphQLContext,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<SsoInstanceModel>> {
  const { instancePage } = ctx.loaders.ssoAdmin;
  return resolveConnection(ctx.cursors, {
    name: 'ssoInstances',
    filter: {},
    first: args.first,
    after: args.after,
    fetchPage: async (nextToken, maxResults) => {
      const output = await instancePage.load({
        nextToken,
        maxResults: Math.min(maxResults, MAX_AWS_PAGE_SIZE),
      });
      return { items: output.Instances ?? [], nextToken: output.NextToken };
    },
    toNode: (item) => ({
      instanceArn: identifying(item.InstanceArn, LIST_INSTANCES, 'InstanceArn'),
      record: item,
    }),
  });
}

export const assignmentStatusResolvers: Resolvers = {
  Query: {
    assignmentStatus: (_root, args, ctx) =>
      loadAssignmentStatus(ctx, args.instanceArn, args.requestId, ['instanceArn', 'requestId']),

    assignmentStatuses: (_root, args, ctx) =>
      listAssignmentStatuses(
        ctx,
        checkString(args.instanceArn, strings.InstanceArn, 'instanceArn'),
        statusFilter(args.status),
        args,
      ),

    ssoInstances: (_root, args, ctx) => listSsoInstances(ctx, args),

    permissionSet: (_root, args, ctx) =>
      loadPermissionSet(ctx, args.instanceArn, args.permissionSetArn, [
        'instanceArn',
        'permissionSetArn',
      ]),
  },

  Mutation: {
    // The payload carries everything CreateAccountAssignment answered: no read follows.
    createAccountAssignment: async (_root, { input }, ctx) => ({
      assignmentStatus: await ctx.services.ssoAdmin.createAccountAssignment(input),
    }),
  },

  AssignmentStatus: {
    id: (model) => toGlobalId('AssignmentStatus', model.instanceArn, model.requestId),
    instanceArn: (model) => model.instanceArn,
    requestId: (model) => model.requestId,
    status: (model, _args, ctx) =>
      member(model, 'Status', ctx, (status) =>
        toKnownEnum(status, STATUS_VALUES, 'AssignmentStatusValue', ctx.logger),
      ),
    statusRaw: (model, _args, ctx) => member(model, 'Status', ctx, orNull),
    failureReason: (model, _args, ctx) => member(model, 'FailureReason', ctx, orNull),
    targetId: (model, _args, ctx) => member(model, 'TargetId', ctx, orNull),
    targetType: (model, _args, ctx) =>
      member(model, 'TargetType', ctx, (type) =>
        toKnownEnum(type, TARGET_TYPES, 'AssignmentTargetType', ctx.logger),
      ),
    targetTypeRaw: (model, _args, ctx) => member(model, 'TargetType', ctx, orNull),
    permissionSetArn: (model, _args, ctx) => member(model, 'PermissionSetArn', ctx, orNull),
    principalType: (model, _args, ctx) =>
      member(model, 'PrincipalType', ctx, (type) =>
        toKnownEnum(type, PRINCIPAL_TYPES, 'PrincipalType', ctx.logger),
      ),
    principalTypeRaw: (model, _args, ctx) => member(model, 'PrincipalType', ctx, orNull),
    principalId: (model, _args, ctx) => member(model, 'PrincipalId', ctx, orNull),
    createdDate: (model, _args, ctx) => member(model, 'CreatedDate', ctx, orNull),
    // The cross-service edge: one DescribePermissionSet per distinct permission set per request,
    // whatever the number of requests pointing at it. A failure nulls only this field.
    permissionSet: (model, _args, ctx) =>
      member(model, 'PermissionSetArn', ctx, (permissionSetArn) =>
        permissionSetArn
          ? ctx.loaders.ssoAdmin.permissionSet.load({
              instanceArn: model.instanceArn,
              permissionSetArn,
            })
          : null,
      ),
  },

  PermissionSet: {
    id: (model) => toGlobalId('PermissionSet', model.instanceArn, model.permissionSetArn),
    instanceArn: (model) => model.instanceArn,
    permissionSetArn: (model) => model.record.PermissionSetArn ?? model.permissionSetArn,
    name: (model) => model.record.Name ?? null,
    description: (model) => model.record.Description ?? null,
    sessionDuration: (model) => model.record.SessionDuration ?? null,
    relayState: (model) => model.record.RelayState ?? null,
    createdDate: (model) => model.record.CreatedDate ?? null,
  },

  SsoInstance: {
    instanceArn: (model) => model.instanceArn,
    identityStoreId: (model) => model.record.IdentityStoreId ?? null,
    name: (model) => model.record.Name ?? null,
    status: (model) => model.record.Status ?? null,
    ownerAccountId: (model) => model.record.OwnerAccountId ?? null,
    createdDate: (model) => model.record.CreatedDate ?? null,
  },
};
