import type { GraphQLContext } from '../../context';
import { badUserInput } from '../../errors';
import type {
  AssignmentStatusValue,
  AssignmentTargetType,
  PrincipalType,
  Resolvers,
} from '../../generated/graphql';
import { checkString } from '../../graphql/constraints';
import { toKnownEnum } from '../../graphql/forwardCompatibleEnum';
import { toGlobalId } from '../../graphql/globalId';
import type { NodeLoader } from '../module';
import { INSTANCE_ARN, REQUEST_ID } from './constraints';
import type { AssignmentStatusModel } from './mappers';

const STATUS_VALUES: readonly AssignmentStatusValue[] = ['IN_PROGRESS', 'FAILED', 'SUCCEEDED'];
const TARGET_TYPES: readonly AssignmentTargetType[] = ['AWS_ACCOUNT'];
const PRINCIPAL_TYPES: readonly PrincipalType[] = ['USER', 'GROUP'];

function loadAssignmentStatus(
  ctx: GraphQLContext,
  instanceArn: string,
  requestId: string,
  argumentNames: readonly [string, string],
): Promise<AssignmentStatusModel> {
  return ctx.loaders.ssoAdmin.creationStatus.load({
    instanceArn: checkString(instanceArn, INSTANCE_ARN, argumentNames[0]),
    requestId: checkString(requestId, REQUEST_ID, argumentNames[1]),
  });
}

export const loadAssignmentStatusNode: NodeLoader<AssignmentStatusModel> = (
  ctx,
  keys,
  argumentName,
) => {
  if (keys.length !== 2) {
    throw badUserInput(`Argument "${argumentName}" is not a valid global id`, argumentName);
  }
  return loadAssignmentStatus(ctx, keys[0], keys[1], [argumentName, argumentName]);
};

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
