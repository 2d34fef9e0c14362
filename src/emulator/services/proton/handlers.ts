import { randomUUID } from 'node:crypto';
import { paginate } from '../../pagination/paginate';
import { ServiceError } from '../../ServiceError';
import { canonicalJson } from '../canonicalJson';
import type { Handler, HandlerContext } from '../ServiceDefinition';
import type { ProtonStore } from './ProtonStore';
import type { ConnectionRecord, ConnectionStatus } from './types';

type Context = HandlerContext<ProtonStore>;

const DEFAULT_MAX_RESULTS = 100;

function connection(context: Context, id: string): ConnectionRecord {
  const found = context.store.connections.get(id);
  if (!found) {
    throw new ServiceError(
      'ResourceNotFoundException',
      `The environment account connection ${id} was not found.`,
    );
  }
  return found;
}

interface CreateInput {
  readonly clientToken?: string;
  readonly managementAccountId: string;
  readonly roleArn?: string;
  readonly environmentName: string;
  readonly tags?: ReadonlyArray<{ key: string; value: string }>;
  readonly componentRoleArn?: string;
  readonly codebuildRoleArn?: string;
}

/** Called from the environment account (the emulator's) to ask a management account for a connection. */
const CreateEnvironmentAccountConnection = (input: CreateInput, context: Context) => {
  const { store, settings, region, now } = context;
  const { clientToken, ...request } = input;
  const fingerprint = canonicalJson(request);
  if (clientToken !== undefined) {
    const previous = store.clientTokens.get(clientToken);
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        throw new ServiceError(
          'ConflictException',
          `The client token ${clientToken} was already used with different parameters.`,
        );
      }
      return { environmentAccountConnection: connection(context, previous.id) };
    }
  }
  if (!input.roleArn) {
    throw new ServiceError(
      'ValidationException',
      "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null",
    );
  }
  const duplicate = [...store.connections.values()].find(
    (c) =>
      c.environmentAccountId === settings.accountId &&
      c.managementAccountId === input.managementAccountId &&
      c.environmentName === input.environmentName &&
      c.status !== 'REJECTED',
  );
  if (duplicate) {
    throw new ServiceError(
      'ConflictException',
      `An environment account connection ${duplicate.id} already exists for environment ${input.environmentName} in management account ${input.managementAccountId}.`,
    );
  }
  const id = randomUUID();
  const record: ConnectionRecord = {
    seq: store.nextSeq(),
    id,
    arn: `arn:aws:proton:${region}:${settings.accountId}:environment-account-connection/${id}`,
    managementAccountId: input.managementAccountId,
    environmentAccountId: settings.accountId,
    roleArn: input.roleArn,
    environmentName: input.environmentName,
    requestedAt: new Date(now),
    lastModifiedAt: new Date(now),
    status: 'PENDING',
    componentRoleArn: input.componentRoleArn,
    codebuildRoleArn: input.codebuildRoleArn,
    tags: input.tags,
  };
  store.connections.set(id, record);
  if (clientToken !== undefined) store.clientTokens.set(clientToken, { id, fingerprint });
  return { environmentAccountConnection: record };
};

const GetEnvironmentAccountConnection = (input: { id: string }, context: Context) => ({
  environmentAccountConnection: connection(context, input.id),
});

const ListEnvironmentAccountConnections = (
  input: {
    requestedBy: 'MANAGEMENT_ACCOUNT' | 'ENVIRONMENT_ACCOUNT';
    environmentName?: string;
    statuses?: ConnectionStatus[];
    nextToken?: string;
    maxResults?: number;
  },
  context: Context,
) => {
  const account = context.settings.accountId;
  const statuses =
    input.statuses && input.statuses.length > 0 ? new Set(input.statuses) : undefined;
  const matching = [...context.store.connections.values()].filter(
    (c) =>
      (input.requestedBy === 'MANAGEMENT_ACCOUNT'
        ? c.managementAccountId
        : c.environmentAccountId) === account &&
      (input.environmentName === undefined || c.environmentName === input.environmentName) &&
      (statuses === undefined || statuses.has(c.status)),
  );
  const scope = [
    'ListEnvironmentAccountConnections',
    input.requestedBy,
    input.environmentName ?? '',
    [...(statuses ?? [])].sort().join(','),
  ].join('\n');
  const { items, nextToken } = paginate(matching, context.tokens, {
    maxResults: input.maxResults,
    defaultMaxResults: DEFAULT_MAX_RESULTS,
    nextToken: input.nextToken,
    tokenMember: 'nextToken',
    scope,
    alphabet: 'base64',
  });
  return { environmentAccountConnections: items, nextToken };
};

/**
 * Accept and Reject move a PENDING connection on. Both are idempotent in the model, so repeating the
 * transition that already happened succeeds; any other move is a ConflictException.
 */
function transition(context: Context, id: string, to: 'CONNECTED' | 'REJECTED') {
  const record = connection(context, id);
  if (record.status === to) return { environmentAccountConnection: record };
  if (record.status !== 'PENDING') {
    const verb = to === 'CONNECTED' ? 'accepted' : 'rejected';
    throw new ServiceError(
      'ConflictException',
      `Environment account connection ${id} is ${record.status} and can't be ${verb}. Only a PENDING connection can be ${verb}.`,
    );
  }
  record.status = to;
  record.lastModifiedAt = new Date(context.now);
  return { environmentAccountConnection: record };
}

const AcceptEnvironmentAccountConnection = (input: { id: string }, context: Context) =>
  transition(context, input.id, 'CONNECTED');

const RejectEnvironmentAccountConnection = (input: { id: string }, context: Context) =>
  transition(context, input.id, 'REJECTED');

export const protonHandlers: Readonly<Record<string, Handler<ProtonStore>>> = {
  CreateEnvironmentAccountConnection,
  GetEnvironmentAccountConnection,
  ListEnvironmentAccountConnections,
  AcceptEnvironmentAccountConnection,
  RejectEnvironmentAccountConnection,
};
