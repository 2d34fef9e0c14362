import type { Command, MetadataBearer } from '@smithy/types';

import { serviceOf, type AwsClientKey, type AwsClients } from '../aws/clients';
import {
  operationName,
  tagUpstreamError,
  upstreamOperationOf,
  type AwsService,
  type UpstreamOperation,
} from '../aws/upstreamOperation';
import { upstreamError } from '../errors';

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
   * and the command's operation (read from the tag the client's middleware put on the error).
   */
  send<C extends AnyCommand>(command: C): Promise<Omit<OutputOf<C>, '$metadata'>>;
}

export function createUpstream(clients: AwsClients, key: AwsClientKey): Upstream {
  const client = clients[key] as unknown as {
    send(command: AnyCommand): Promise<MetadataBearer>;
  };
  const service = serviceOf(key);
  return {
    service,
    async send<C extends AnyCommand>(command: C) {
      let output: MetadataBearer;
      try {
        output = await client.send(command);
      } catch (error) {
        // The client's middleware has tagged the error. A client whose `send` is replaced (a test
        // double) never runs its middleware, so the command itself names the operation then.
        throw upstreamError(tagUpstreamError(error, operationOf(service, command)));
      }
      return withoutMetadata(output) as Omit<OutputOf<C>, '$metadata'>;
    },
  };
}

function operationOf(service: AwsService, command: object): UpstreamOperation {
  return { service, operation: operationName(command.constructor.name) };
}

/** Drops the SDK's response metadata: models keep only what AWS said about the resource. */
function withoutMetadata<T extends MetadataBearer>(output: T): Omit<T, '$metadata'> {
  const copy: Partial<T> = { ...output };
  delete copy.$metadata;
  return copy as Omit<T, '$metadata'>;
}

export { upstreamOperationOf };
