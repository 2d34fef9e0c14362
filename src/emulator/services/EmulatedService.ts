import type { PageTokens } from '../pagination/PageTokens';
import type { Protocol } from '../protocol/Protocol';
import { protocolFor } from '../protocol/protocolFor';
import { RegionalState } from '../state/RegionalState';
import type { ServiceModel } from '../smithy/ServiceModel';
import type {
  EmulatorSettings,
  Handler,
  HandlerContext,
  ServiceDefinition,
  ServiceName,
} from './ServiceDefinition';

/** A service definition bound to its protocol and per-region state: what the dispatcher drives. */
export interface EmulatedService {
  readonly name: ServiceName;
  readonly model: ServiceModel;
  readonly protocol: Protocol;
  invoke(
    operation: string,
    input: Record<string, unknown>,
    region: string,
  ): Readonly<Record<string, unknown>>;
  reset(): void;
  /**
   * Requests still outstanding after their call was answered, per `<Service>.<Operation>`
   * (summed over regions): in progress now, and the peak since the last restart or reset.
   */
  outstanding(): Record<string, { current: number; peak: number }>;
  /** Restarts the peaks of `outstanding` from what is in progress now. */
  restartOutstanding(): void;
}

export function emulatedService<Store>(
  definition: ServiceDefinition<Store>,
  settings: EmulatorSettings,
  tokens: PageTokens,
): EmulatedService {
  for (const operation of definition.model.operations.keys()) {
    if (!definition.handlers[operation]) {
      throw new Error(`${definition.name}.${operation} is in the model but has no handler`);
    }
  }
  const state = new RegionalState((region) => definition.createStore(region, settings));
  return {
    name: definition.name,
    model: definition.model,
    protocol: protocolFor(definition.model),
    invoke(operation, input, region) {
      const handler = definition.handlers[operation] as (
        input: Record<string, unknown>,
        context: HandlerContext<Store>,
      ) => ReturnType<Handler<Store>>;
      const context: HandlerContext<Store> = {
        store: state.get(region),
        region,
        settings,
        tokens,
        now: Date.now(),
      };
      return (handler(input, context) ?? {}) as Readonly<Record<string, unknown>>;
    },
    reset() {
      state.reset();
    },
    outstanding() {
      const now = Date.now();
      const counts: Record<string, { current: number; peak: number }> = {};
      for (const [operation, counter] of Object.entries(definition.outstanding ?? {})) {
        let current = 0;
        let peak = 0;
        // Quotas are per region, so are peaks: the largest is what any region saw.
        for (const store of state.all()) {
          const count = counter.count(store, now);
          current += count.current;
          peak = Math.max(peak, count.peak);
        }
        counts[`${definition.name}.${operation}`] = { current, peak };
      }
      return counts;
    },
    restartOutstanding() {
      const now = Date.now();
      for (const counter of Object.values(definition.outstanding ?? {})) {
        for (const store of state.all()) counter.restart(store, now);
      }
    },
  };
}
