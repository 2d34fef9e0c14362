import type { FinalizeRequestMiddleware, MetadataBearer, Pluggable } from '@smithy/types';

import type { AwsQuotaGate, QuotaWaiter } from '../limits/awsQuota';
import { callContextOf } from './callContext';
import { operationName, type AwsService } from './upstreamOperation';

export interface QuotaContext {
  readonly gate: AwsQuotaGate;
  readonly waiter: QuotaWaiter;
}

/**
 * Admits every HTTP attempt (retries included) against the service's AWS quota, right before it
 * goes on the wire: inside the in-flight slot, after the retry and signing middleware, so the
 * moment admitted is the moment sent and a retry's back-off is not counted. A command sent outside
 * any request (no gate in its call's context, `sendWithContext`) is not limited.
 */
export function awsQuotaPlugin<Input extends object, Output extends MetadataBearer>(
  service: AwsService,
): Pluggable<Input, Output> {
  // The outer function runs when a command class's handler is resolved (once, with the clients'
  // `cacheMiddleware`): what depends only on the command is worked out there, not per attempt.
  const middleware: FinalizeRequestMiddleware<Input, Output> = (next, context) => {
    const op = { service, operation: operationName(context.commandName ?? 'Unknown') };
    return async (args) => {
      const quota = callContextOf(args.input)?.quota;
      if (quota !== undefined) await quota.gate.acquire(op, quota.waiter);
      return next(args);
    };
  };
  return {
    applyToStack(stack) {
      stack.addRelativeTo(middleware, {
        relation: 'after',
        toMiddleware: 'inFlightLimitMiddleware',
        name: 'awsQuotaMiddleware',
        override: true,
      });
    },
  };
}
