import { checkString } from '../../aws/constraints';
import type { GraphQLContext } from '../../context';
import type {
  AssignmentStatusValue,
  AssignmentTargetType,
  PrincipalType,
  Resolvers,
} from '../../generated/graphql';
import { toKnownEnum } from '../../graphql/forwardCompatibleEnum';
import { toGlobalId } from '../../graphql/globalId';
import { enums, strings } from '../../generated/aws/sso-admin';
import { nodeLoader, type NodeLoader } from '../module';
import type { AssignmentStatusModel } from './mappers';

const STATUS_VALUES: readonly AssignmentStatusValue[] = enums.StatusValues;
const TARGET_TYPES: readonly AssignmentTargetType[] = enums.TargetType;
const PRINCIPAL_TYPES: readonly PrincipalType[] = enums.PrincipalType;

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

export const loadAssignmentStatusNode: NodeLoader<AssignmentStatusModel> = nodeLoader(
  2,
  (ctx, [instanceArn, requestId], argumentName) =>
    loadAssignmentStatus(ctx, instanceArn, requestId, [argumentName, argumentName]),
);

export const assignmentStatusResolvers: Resolvers = {
  Query: {
    assignmentStatus: (_root, args, ctx) =>
      loadAssignmentStatus(ctx, args.instanceArn, args.requestId, ['instanceArn', 'requestId']),
  },

  AssignmentStatus: {
    id: (model) => toGlobalId('AssignmentStatus', model.instanceArn, model.requestId),
    instanceArn: (model) => model.instanceArn,
    requestId: (model) => model.requestId,
    status: (model, _args, ctx) =>
      toKnownEnum(model.status.Status, STATUS_VALUES, 'AssignmentStatusValue', ctx.logger),
    statusRaw: (model) => model.status.Status ?? null,
    failureReason: (model) => model.status.FailureReason ?? null,
    targetId: (model) => model.status.TargetId ?? null,
    targetType: (model, _args, ctx) =>
      toKnownEnum(model.status.TargetType, TARGET_TYPES, 'AssignmentTargetType', ctx.logger),
    targetTypeRaw: (model) => model.status.TargetType ?? null,
    permissionSetArn: (model) => model.status.PermissionSetArn ?? null,
    principalType: (model, _args, ctx) =>
      toKnownEnum(model.status.PrincipalType, PRINCIPAL_TYPES, 'PrincipalType', ctx.logger),
    principalTypeRaw: (model) => model.status.PrincipalType ?? null,
    principalId: (model) => model.status.PrincipalId ?? null,
    createdDate: (model) => model.status.CreatedDate ?? null,
  },
};
