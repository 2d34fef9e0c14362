import type { InitializeMiddleware, MetadataBearer, Pluggable } from '@smithy/types';

/** The AWS services behind the graph, named as in the emulator's `/__emulator/calls`. */
export type AwsService = 'IoTManagedIntegrations' | 'SSOAdmin' | 'Proton';

/** Which AWS call an error came from: the service and the operation (the command's name). */
export interface UpstreamOperation {
  readonly service: AwsService;
  readonly operation: string;
}

// A symbol, not a property name: AWS error shapes own their string members, and a tag must never
// collide with one or show up when an error is serialized.
const TAG = Symbol('accountGraph.upstreamOperation');

/** The operation name of a command instance or middleware `commandName`: `GetFooCommand` → `GetFoo`. */
export function operationName(commandName: string): string {
  return commandName.endsWith('Command') ? commandName.slice(0, -'Command'.length) : commandName;
}

/**
 * Records on `error` which AWS call raised it, unless it already says so (the innermost tag wins).
 * Non-object errors cannot carry a tag and are returned unchanged.
 */
export function tagUpstreamError<E>(error: E, op: UpstreamOperation): E {
  if (typeof error === 'object' && error !== null && !Object.hasOwn(error, TAG)) {
    Object.defineProperty(error, TAG, { value: op, enumerable: false });
  }
  return error;
}

/** The AWS call an error was tagged with, if any. */
export function upstreamOperationOf(error: unknown): UpstreamOperation | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return (error as { [TAG]?: UpstreamOperation })[TAG];
}

/**
 * Tags every error a client raises with its service and the command's operation, so the error
 * policy names the failing call without any label at the call site. It sits first in the
 * initialize step, outside retries, serialization and the in-flight cap, so it also sees errors
 * raised before a request is sent (endpoint resolution, credentials) and the final retry's error.
 */
export function upstreamOperationPlugin<Input extends object, Output extends MetadataBearer>(
  service: AwsService,
): Pluggable<Input, Output> {
  const middleware: InitializeMiddleware<Input, Output> = (next, context) => async (args) => {
    try {
      return await next(args);
    } catch (error) {
      throw tagUpstreamError(error, {
        service,
        operation: operationName(context.commandName ?? 'UnknownOperation'),
      });
    }
  };
  return {
    applyToStack(stack) {
      stack.add(middleware, {
        step: 'initialize',
        priority: 'high',
        name: 'upstreamOperationMiddleware',
        override: true,
      });
    },
  };
}
