import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
} from 'prom-client';
import { ApolloServerErrorCode } from '@apollo/server/errors';

import type { InFlightGauges } from '../aws/inFlightLimit';
import type { AwsService } from '../aws/upstreamOperation';
import { CACHE_ENTITIES, type EntityCache } from '../cache/entityCache';
import { ErrorCode } from '../errors';
import type { AwsQuotaGate, AwsQuotaObserver } from '../limits/awsQuota';
import type { OperationGate } from '../limits/operationGate';
import {
  OPERATION_TYPES,
  REQUEST_OUTCOMES,
  type OperationType,
  type RequestOutcome,
} from './requestOutcome';
import {
  ScrapedCounter,
  ScrapedHistogram,
  type CounterSeries,
  type HistogramSeries,
} from './scrapedMetrics';
import type { UpstreamOutcome } from './upstreamOutcome';

/** The label value of anything outside a label's fixed set (an operation not in AWS's model, a code). */
export const OTHER_LABEL = 'other';

// Seconds; the last buckets cover REQUEST_DEADLINE_MS's default (10 s) and the worst AWS call.
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

// Every code a response error can carry: the error policy's and Apollo's own. Anything else (there
// should be nothing) is counted as `other`, so the `code` label stays a fixed set.
const KNOWN_ERROR_CODES: ReadonlySet<unknown> = new Set<unknown>([
  ...Object.values(ErrorCode),
  ...Object.values(ApolloServerErrorCode),
]);

type AttemptLabel = 'service' | 'operation';

/** The per-attempt series of one service and operation, bound once: the hot path only adds. */
interface AttemptSeries {
  readonly duration: HistogramSeries<AttemptLabel>;
  readonly retries: CounterSeries<AttemptLabel>;
  readonly outcomes: Readonly<Record<UpstreamOutcome, CounterSeries<AttemptLabel | 'outcome'>>>;
}

/**
 * The gateway's Prometheus metrics (DESIGN.md, "Observability"), in a registry of their own (so
 * several gateways in one process, as in the tests, do not share counters). Hooks record into it:
 * the request plugin (`requestFinished`), the AWS clients' per-attempt middleware
 * (`upstreamAttempt`), and collectors that read the in-flight limiters, the entity cache and the
 * AWS quota gate when Prometheus scrapes. Every label value comes from a fixed set.
 *
 * The series requests and AWS attempts record into are bound once per label tuple and hold plain
 * numbers, published when Prometheus scrapes (`./scrapedMetrics`): recording costs no label work.
 */
export class GatewayMetrics {
  readonly registry = new Registry();

  readonly #requests = new ScrapedCounter({
    registers: [this.registry],
    name: 'accountgraph_graphql_requests_total',
    help: 'GraphQL requests by operation type and outcome (success: no errors; partial: data and errors; error: no data).',
    labelNames: ['operation_type', 'outcome'],
  });
  readonly #requestDuration = new ScrapedHistogram({
    name: 'accountgraph_graphql_request_duration_seconds',
    help: 'Time from the start of a GraphQL request to its response, by operation type.',
    labelNames: ['operation_type'],
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly #errors = new ScrapedCounter({
    registers: [this.registry],
    name: 'accountgraph_graphql_errors_total',
    help: 'Errors in GraphQL responses by extensions.code.',
    labelNames: ['code'],
  });
  readonly #attempts = new ScrapedCounter({
    registers: [this.registry],
    name: 'accountgraph_upstream_requests_total',
    help: 'HTTP attempts sent to AWS, SDK retries included, by service, operation and outcome.',
    labelNames: ['service', 'operation', 'outcome'],
  });
  readonly #attemptDuration = new ScrapedHistogram({
    name: 'accountgraph_upstream_request_duration_seconds',
    help: 'Duration of one HTTP attempt to AWS, from sending to the parsed answer.',
    labelNames: ['service', 'operation'],
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly #retries = new ScrapedCounter({
    registers: [this.registry],
    name: 'accountgraph_upstream_retries_total',
    help: 'HTTP attempts to AWS that were SDK retries (every attempt after the first of a call).',
    labelNames: ['service', 'operation'],
  });
  readonly #quotaWaits = new Histogram({
    name: 'accountgraph_aws_quota_wait_seconds',
    help: 'Time attempts that found the AWS quota budget taken waited for it (attempts admitted at once are not observed).',
    labelNames: ['service'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
    registers: [this.registry],
  });
  readonly #quotaRefusals = this.#counter({
    name: 'accountgraph_aws_quota_refusals_total',
    help: 'AWS calls refused with THROTTLED without being sent: their budget was taken until after the request deadline.',
    labelNames: ['service'],
  });

  readonly #limiters = new Map<AwsService, InFlightGauges>();
  readonly #caches = new Set<EntityCache>();
  readonly #quotaGates = new Set<AwsQuotaGate>();
  readonly #operationGates = new Set<OperationGate>();
  readonly #series = new Map<AwsService, Map<string, AttemptSeries>>();
  // Every operation type and outcome, bound up front: a request only increments (and each series
  // is exported from the start, at 0, so `rate()` sees its first increase).
  readonly #requestSeries = Object.fromEntries(
    OPERATION_TYPES.map((type) => [
      type,
      Object.fromEntries(
        REQUEST_OUTCOMES.map((outcome) => [
          outcome,
          this.#requests.bind({ operation_type: type, outcome }),
        ]),
      ),
    ]),
  ) as Record<OperationType, Record<RequestOutcome, CounterSeries<'operation_type' | 'outcome'>>>;
  readonly #durationSeries = Object.fromEntries(
    OPERATION_TYPES.map((type) => [type, this.#requestDuration.bind({ operation_type: type })]),
  ) as Record<OperationType, HistogramSeries<'operation_type'>>;
  // By code, bound on its first error (only codes that occurred are exported).
  readonly #errorSeries = new Map<string, CounterSeries<'code'>>();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const limiters = this.#limiters;
    new Gauge({
      name: 'accountgraph_upstream_in_flight',
      help: 'AWS attempts holding an in-flight slot (on the wire, or admitted and waiting for quota budget).',
      labelNames: ['service'],
      registers: [this.registry],
      collect() {
        for (const [service, limiter] of limiters) this.set({ service }, limiter.active);
      },
    });
    new Gauge({
      name: 'accountgraph_upstream_queued',
      help: 'AWS attempts waiting for an in-flight slot (UPSTREAM_MAX_IN_FLIGHT reached).',
      labelNames: ['service'],
      registers: [this.registry],
      collect() {
        for (const [service, limiter] of limiters) this.set({ service }, limiter.queued);
      },
    });
    new Gauge({
      name: 'accountgraph_upstream_in_flight_limit',
      help: 'The in-flight cap per service (UPSTREAM_MAX_IN_FLIGHT).',
      labelNames: ['service'],
      registers: [this.registry],
      collect() {
        for (const [service, limiter] of limiters) this.set({ service }, limiter.limit);
      },
    });
    const gates = this.#quotaGates;
    new Gauge({
      name: 'accountgraph_aws_quota_tps',
      help: 'The configured AWS request-rate quota per service (AWS_QUOTA_<SERVICE>_TPS), requests per second, for the whole fleet.',
      labelNames: ['service'],
      registers: [this.registry],
      collect() {
        for (const gate of gates) {
          for (const [service, tps] of Object.entries(gate.tps)) this.set({ service }, tps);
        }
      },
    });
    const operationGates = this.#operationGates;
    const sumOver = (read: (gate: OperationGate) => number) =>
      [...operationGates].reduce((sum, gate) => sum + read(gate), 0);
    new Gauge({
      name: 'accountgraph_operations_waiting',
      help: 'GraphQL operations waiting to execute until the AWS calls planned by those executing leave room (UPSTREAM_MAX_PLANNED_CALLS).',
      registers: [this.registry],
      collect() {
        this.set(sumOver((gate) => gate.waiting));
      },
    });
    new Gauge({
      name: 'accountgraph_operations_planned_calls',
      help: 'AWS calls planned by the GraphQL operations executing now, as counted against UPSTREAM_MAX_PLANNED_CALLS.',
      registers: [this.registry],
      collect() {
        this.set(sumOver((gate) => gate.executingPlannedCalls));
      },
    });
    const caches = this.#caches;
    this.#counter({
      name: 'accountgraph_cache_lookups_total',
      help: 'Entity cache lookups by entity type and result (hit: served without an AWS call).',
      labelNames: ['type', 'result'],
      collect() {
        this.reset();
        for (const cache of caches) {
          const lookups = cache.lookups();
          for (const type of CACHE_ENTITIES) {
            this.inc({ type, result: 'hit' }, lookups[type].hit);
            this.inc({ type, result: 'miss' }, lookups[type].miss);
          }
        }
      },
    });
  }

  /** Records a finished GraphQL request. */
  requestFinished(
    operationType: OperationType,
    outcome: RequestOutcome,
    seconds: number,
    errorCodes: readonly unknown[],
  ): void {
    this.#requestSeries[operationType][outcome].inc();
    this.#durationSeries[operationType].observe(seconds);
    for (const code of errorCodes) this.#error(code);
  }

  /** Records a request refused before it had a context (not a GraphQL request, a batch, CSRF). */
  requestRefused(code: unknown): void {
    this.#requestSeries.unknown.error.inc();
    this.#error(code);
  }

  /**
   * Records one HTTP attempt to AWS. `operation` must already be a label value (a model operation
   * or `other`); `attempt` counts from 1.
   */
  upstreamAttempt(
    service: AwsService,
    operation: string,
    outcome: UpstreamOutcome,
    seconds: number,
    attempt: number,
  ): void {
    const series = this.#attemptSeries(service, operation);
    series.outcomes[outcome].inc();
    series.duration.observe(seconds);
    if (attempt > 1) series.retries.inc();
  }

  /** Reports the limiter's `active`, `queued` and `limit` as the service's in-flight gauges. */
  watchLimiter(service: AwsService, limiter: InFlightGauges): void {
    this.#limiters.set(service, limiter);
  }

  /** Reports the cache's lookups as `accountgraph_cache_lookups_total`. */
  watchCache(cache: EntityCache): void {
    this.#caches.add(cache);
  }

  /** Reports the gate's waiting operations and executing plans. */
  watchOperationGate(gate: OperationGate): void {
    this.#operationGates.add(gate);
  }

  /** Reports the gate's configured quotas; returns the observer to give it for waits and refusals. */
  watchQuotaGate(gate: AwsQuotaGate): AwsQuotaObserver {
    this.#quotaGates.add(gate);
    return {
      waited: (service, ms) => this.#quotaWaits.observe({ service }, ms / 1000),
      refused: (service) => this.#quotaRefusals.inc({ service }),
    };
  }

  /** The Prometheus text exposition of every metric. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  #error(code: unknown): void {
    const label = KNOWN_ERROR_CODES.has(code) ? String(code) : OTHER_LABEL;
    let series = this.#errorSeries.get(label);
    if (series === undefined) {
      this.#errorSeries.set(label, (series = this.#errors.bind({ code: label })));
    }
    series.inc();
  }

  #attemptSeries(service: AwsService, operation: string): AttemptSeries {
    let byOperation = this.#series.get(service);
    if (byOperation === undefined) {
      this.#series.set(service, (byOperation = new Map<string, AttemptSeries>()));
    }
    let series = byOperation.get(operation);
    if (series === undefined) {
      const outcome = (value: UpstreamOutcome) =>
        this.#attempts.bind({ service, operation, outcome: value });
      series = {
        duration: this.#attemptDuration.bind({ service, operation }),
        retries: this.#retries.bind({ service, operation }),
        outcomes: {
          ok: outcome('ok'),
          throttled: outcome('throttled'),
          client_error: outcome('client_error'),
          server_error: outcome('server_error'),
          timeout: outcome('timeout'),
        },
      };
      byOperation.set(operation, series);
    }
    return series;
  }

  #counter<T extends string>(configuration: CounterConfiguration<T>): Counter<T> {
    return new Counter({ ...configuration, registers: [this.registry] });
  }
}
