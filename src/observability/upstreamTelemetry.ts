import type { FinalizeRequestMiddleware, MetadataBearer, Pluggable } from '@smithy/types';

import { callContextOf } from '../aws/callContext';
import { operationName, type AwsService } from '../aws/upstreamOperation';
import { OTHER_LABEL, type GatewayMetrics } from './metrics';
import type { Tracing } from './tracing';
import { upstreamOutcomeOf } from './upstreamOutcome';

/** The SDK's retry middleware numbers each attempt in this header: `attempt=2; max=3`. */
const ATTEMPT_HEADER = 'amz-sdk-request';
const ATTEMPT_NUMBER = /attempt=(\d+)/;

/**
 * Measures every HTTP attempt one AWS client makes, retries included: its outcome and duration
 * (metrics) and a client span under its request's span (traces). It is the innermost middleware
 * of the finalizeRequest step, right after `awsQuotaMiddleware`: it runs once per attempt, after
 * the retry, signing, in-flight and quota middleware, so an attempt the quota gate refuses (never
 * sent) is not counted, and the duration is the time on the wire plus parsing the answer — what
 * `/__emulator/calls` and AWS see, one for one.
 *
 * `operations` are the service's operations in AWS's model: any other command name is reported as
 * `other`, so the `operation` label is a fixed set.
 */
export function upstreamTelemetryPlugin<Input extends object, Output extends MetadataBearer>(
  service: AwsService,
  operations: readonly string[],
  metrics: GatewayMetrics | undefined,
  tracing: Tracing | undefined,
): Pluggable<Input, Output> {
  const known: ReadonlySet<string> = new Set(operations);
  // The outer function runs when a command class's handler is resolved (once, with the clients'
  // `cacheMiddleware`): the operation and its label are worked out there, not per attempt.
  const middleware: FinalizeRequestMiddleware<Input, Output> = (next, context) => {
    const operation = operationName(context.commandName ?? 'Unknown');
    const label = known.has(operation) ? operation : OTHER_LABEL;
    return (args) => {
      const attempt = attemptOf(args.request);
      const span = tracing?.startAttempt(
        callContextOf(args.input)?.flow,
        service,
        operation,
        attempt,
      );
      const started = performance.now();
      return next(args).then(
        (result) => {
          metrics?.upstreamAttempt(service, label, 'ok', seconds(started), attempt);
          span?.succeeded(result.output.$metadata);
          return result;
        },
        (error: unknown) => {
          metrics?.upstreamAttempt(
            service,
            label,
            upstreamOutcomeOf(error),
            seconds(started),
            attempt,
          );
          span?.failed(error);
          throw error;
        },
      );
    };
  };
  return {
    applyToStack(stack) {
      stack.addRelativeTo(middleware, {
        relation: 'after',
        toMiddleware: 'awsQuotaMiddleware',
        name: 'upstreamTelemetryMiddleware',
        override: true,
      });
    },
  };
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

function attemptOf(request: unknown): number {
  const header = (request as { headers?: Record<string, string | undefined> }).headers?.[
    ATTEMPT_HEADER
  ];
  const match = header === undefined ? null : ATTEMPT_NUMBER.exec(header);
  return match === null ? 1 : Number(match[1]);
}
