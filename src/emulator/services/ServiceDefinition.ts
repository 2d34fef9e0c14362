import type { PageTokens } from '../pagination/PageTokens';
import type { ServiceModel } from '../smithy/ServiceModel';

/** The service names used in `/__emulator/calls` keys and fault rules (`SSOAdmin.ListInstances`). */
export type ServiceName = 'IoTManagedIntegrations' | 'SSOAdmin' | 'Proton';

export interface EmulatorSettings {
  readonly accountId: string;
  readonly defaultRegion: string;
  readonly seed: boolean;
  /** How long a new account association stays `ASSOCIATION_IN_PROGRESS` (and a deletion `ASSOCIATION_DELETING`). */
  readonly associationDelayMs: number;
  /** How long an account assignment creation request stays `IN_PROGRESS`. */
  readonly assignmentDelayMs: number;
}

/** What a handler may use besides its input: never the HTTP request. */
export interface HandlerContext<Store> {
  readonly store: Store;
  readonly region: string;
  readonly settings: EmulatorSettings;
  readonly tokens: PageTokens;
  /** Current time in epoch milliseconds. */
  readonly now: number;
}

/**
 * A handler takes the validated input structure (members named as in the model) and returns the
 * output structure, or throws a `ServiceError`. `never` lets each handler declare its own input type.
 */
export type Handler<Store> = (input: never, context: HandlerContext<Store>) => object | void;

export interface ServiceDefinition<Store> {
  readonly name: ServiceName;
  readonly model: ServiceModel;
  /** Keyed by AWS operation name; every operation the trimmed model lists has one. */
  readonly handlers: Readonly<Record<string, Handler<Store>>>;
  /** A region's store, seeded when it is the default region and seeding is on. */
  createStore(region: string, settings: EmulatorSettings): Store;
  /**
   * Operations whose requests stay outstanding after they are answered (IAM Identity Center's
   * CreateAccountAssignment), keyed by operation name: requests in progress at `now` and the peak.
   */
  readonly outstanding?: Readonly<
    Record<
      string,
      {
        count(store: Store, now: number): { current: number; peak: number };
        restart(store: Store, now: number): void;
      }
    >
  >;
}
