import type { Command, MetadataBearer } from '@smithy/types';

import {
  modelOf,
  serviceOf,
  type AwsClientKey,
  type AwsClients,
  type ServiceModelTables,
} from '../aws/clients';
import type { StructureTable } from '../aws/constraints';
import {
  operationName,
  tagUpstreamError,
  upstreamOperationOf,
  type AwsService,
  type UpstreamOperation,
} from '../aws/upstreamOperation';
import { sendWithContext, type CallContext } from '../aws/callContext';
import type { QuotaContext } from '../aws/quotaPlugin';
import { cacheKey, type CacheEntity, type EntityCache } from '../cache/entityCache';
import { serviceDisabled, upstreamError } from '../errors';
import type { AwsQuotaGate } from '../limits/awsQuota';
import type { OutstandingLimit } from './OutstandingLimit';
import type { RequestScope } from './requestScope';

/* eslint-disable @typescript-eslint/no-explicit-any -- matching any SDK command's type parameters */
type AnyCommand = Command<any, any, any, any, any>;
/** What sending command `C` resolves to (its `…CommandOutput`). */
export type OutputOf<C> = C extends Command<any, any, any, infer O, any> ? O : never;
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * One domain's door to its AWS service: the only place in the gateway that sends a command.
 * Loaders (reads) and services (writes) call `send`; resolvers never see a client.
 */
export interface Upstream {
  readonly service: AwsService;
  /**
   * Sends `command`. A failure is thrown as the error policy's `GraphQLError`, naming the service
   * and the command's operation (read from the tag the client's middleware put on the error). An
   * answer that lacks a member AWS's model marks required, at any depth, fails the same way (as an
   * internal error naming the call) instead of surfacing later as a nameless non-null violation.
   */
  send<C extends AnyCommand>(command: C): Promise<Omit<OutputOf<C>, '$metadata'>>;
  /**
   * `send` for a read whose answer may be shared across requests: served from the entity cache
   * when fresh, else joined to an identical call already in flight in this process, else sent and
   * stored for the TTL of `entityOf(answer)` (`entity` names the lookup before the answer is
   * known). Without a cache (CACHE=off) it is `send`.
   */
  read<C extends AnyCommand>(
    command: C,
    entity: CacheEntity,
    entityOf?: (output: Omit<OutputOf<C>, '$metadata'>) => CacheEntity,
  ): Promise<Omit<OutputOf<C>, '$metadata'>>;
  /**
   * Drops the cached answers of these read commands (on every replica with CACHE=redis): a write
   * calls it before it answers, so any later read, through any replica, sees the write.
   */
  invalidate(...commands: AnyCommand[]): Promise<void>;
  /** The request's cancellation (deadline passed, client gone); `undefined` outside a request. */
  readonly signal: AbortSignal | undefined;
  /**
   * The same door for work that outlives the request, such as watching an asynchronous AWS
   * operation finish: its calls carry no deadline, budget or cancellation of the request (the
   * process's in-flight cap, quota gate and cache still apply).
   */
  detached(): Upstream;
  /**
   * The process's limit on IAM Identity Center's outstanding CreateAccountAssignment requests
   * (AWS_QUOTA_SSO_ADMIN_OUTSTANDING), when the process has one.
   */
  readonly outstandingAssignments: OutstandingLimit | undefined;
}

/**
 * What the whole process shares between requests: the entity cache, the AWS quota gate, the
 * limit on outstanding account assignments, and the services it must not call.
 */
export interface SharedUpstreamState {
  readonly cache?: EntityCache;
  readonly quotas?: AwsQuotaGate;
  readonly outstandingAssignments?: OutstandingLimit;
  /**
   * Services this deployment is configured not to call (PROTON=off), each with the message its
   * refused calls answer: `send` fails with `SERVICE_DISABLED` before anything is sent.
   */
  readonly switchedOff?: ReadonlyMap<AwsService, string>;
}

/**
 * The door to one service, for one request when `scope` is given: every call is counted against
 * the request's budget, carries its abort signal (deadline, client gone) and queues as its flow in
 * the in-flight limiter.
 */
export function createUpstream(
  clients: AwsClients,
  key: AwsClientKey,
  scope?: RequestScope,
  shared: SharedUpstreamState = {},
): Upstream {
  const client = clients[key] as unknown as {
    send(command: AnyCommand): Promise<MetadataBearer>;
  };
  const service = serviceOf(key);
  const model = modelOf(key);
  const quota: QuotaContext | undefined =
    shared.quotas === undefined ? undefined : { gate: shared.quotas, waiter: scope ?? {} };
  const { cache } = shared;
  const switchedOff = shared.switchedOff?.get(service);
  // Read by the client's in-flight, quota and telemetry middleware (src/aws/callContext.ts).
  const context: CallContext = { flow: scope, quota };
  const sendOne = (command: AnyCommand) => client.send(command);
  const upstream: Upstream = {
    service,
    signal: scope?.signal,
    outstandingAssignments: shared.outstandingAssignments,
    detached: () => (scope ? createUpstream(clients, key, undefined, shared) : upstream),
    read(command, entity, entityOf = () => entity) {
      if (switchedOff !== undefined || cache === undefined || !cache.enabled) {
        return upstream.send(command);
      }
      const op = operationOf(service, command);
      return cache.read(
        cacheKey(service, op.operation, command.input),
        entity,
        entityOf,
        () => upstream.send(command),
        scope?.signal,
      );
    },
    async invalidate(...commands) {
      if (cache === undefined || !cache.enabled) return;
      await cache.invalidate(
        commands.map((command) =>
          cacheKey(service, operationOf(service, command).operation, command.input),
        ),
      );
    },
    async send<C extends AnyCommand>(command: C) {
      const op = operationOf(service, command);
      if (switchedOff !== undefined) throw serviceDisabled(op, switchedOff);
      let output: MetadataBearer;
      if (scope) {
        if (scope.signal.aborted) throw scope.cancelled(op);
        scope.charge(op);
      }
      try {
        output = await sendWithContext(command, context, sendOne);
      } catch (error) {
        if (scope?.signal.aborted) throw scope.cancelled(op);
        // The client's middleware has tagged the error. A client whose `send` is replaced (a test
        // double) never runs its middleware, so the command itself names the operation then.
        throw upstreamError(tagUpstreamError(error, op));
      }
      const missing = missingRequiredMember(model, model.operations[op.operation]?.output, output);
      if (missing !== undefined) {
        const error = new Error(
          `${op.service}.${op.operation} answered without ${missing}, which AWS's model requires`,
        );
        error.name = 'MissingRequiredMember';
        throw upstreamError(error, op);
      }
      return withoutMetadata(output) as Omit<OutputOf<C>, '$metadata'>;
    },
  };
  return upstream;
}

/**
 * The path of the first member AWS's model requires that `value` lacks (`a.b[2].c`), looking into
 * nested structures, list elements and map values; `undefined` when nothing is missing or the
 * shape is not in the tables.
 */
function missingRequiredMember(
  model: ServiceModelTables,
  shapeName: string | undefined,
  value: unknown,
  path = '',
): string | undefined {
  const table: StructureTable | undefined =
    shapeName === undefined ? undefined : model.structures[shapeName];
  if (table === undefined || typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const at = (member: string) => (path === '' ? member : `${path}.${member}`);
  for (const member of table.required) {
    if (record[member] === undefined || record[member] === null) return at(member);
  }
  for (const [member, inner] of Object.entries(table.nested ?? {})) {
    const child = record[member];
    if (child === undefined || child === null) continue;
    const entries: [string, unknown][] =
      inner.kind === 'structure'
        ? [[at(member), child]]
        : inner.kind === 'list'
          ? (child as unknown[]).map((element, i) => [`${at(member)}[${i}]`, element])
          : Object.entries(child).map(([k, element]) => [`${at(member)}.${k}`, element]);
    for (const [childPath, element] of entries) {
      const missing = missingRequiredMember(model, inner.shape, element, childPath);
      if (missing !== undefined) return missing;
    }
  }
  return undefined;
}

/**
 * `T` with the members a model structure requires made non-optional: what an answer checked by
 * `Upstream.send` is known to carry.
 */
export type WithRequiredMembers<T, S extends StructureTable> = T & {
  [K in S['required'][number] & keyof T]-?: NonNullable<T[K]>;
};

function operationOf(service: AwsService, command: object): UpstreamOperation {
  return { service, operation: operationName(command.constructor.name) };
}

/** Drops the SDK's response metadata: models keep only what AWS said about the resource. */
function withoutMetadata<T extends MetadataBearer>(output: T): Omit<T, '$metadata'> {
  // A rest copy, not `delete`: deleting a property turns V8's object into a slow dictionary, and
  // every resolver reads this one.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out by the rest copy
  const { $metadata, ...answer } = output;
  return answer;
}

export { upstreamOperationOf };
