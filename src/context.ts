import type { Logger } from 'pino';

import type { Principal } from './auth/principal';
import type { AwsClients } from './aws/clients';
import type { DomainModule } from './domains/module';
import type { RequestScope } from './domains/requestScope';
import { createUpstream, type SharedUpstreamState } from './domains/upstream';
import {
  DOMAINS,
  type DomainLoaders,
  type DomainName,
  type DomainServices,
} from './domains/registry';
import type { CursorCodec } from './graphql/cursor';

/** What every resolver receives as its third argument. */
export interface GraphQLContext {
  /** Correlates logs with the `x-request-id` response header. */
  readonly requestId: string;
  /** The authenticated caller (anonymous when authentication is off). */
  readonly principal: Principal;
  /** The request's deadline, cancellation and AWS-call budget. */
  readonly scope: RequestScope;
  /** Whose AWS-call budget this request spends: the principal, or the client address when anonymous. */
  readonly rateLimitKey: string;
  readonly logger: Logger;
  /** Per-request DataLoaders of every domain (reads). */
  readonly loaders: DomainLoaders;
  /** Per-request write paths of every domain (mutations). */
  readonly services: DomainServices;
  readonly cursors: CursorCodec;
}

export interface ContextDependencies {
  clients: AwsClients;
  /** The entity cache and AWS quota gate every request's calls go through. */
  shared?: SharedUpstreamState;
  cursors: CursorCodec;
  logger: Logger;
}

/** Builds request contexts: fresh loaders and services per request over the shared clients. */
export function contextFactory(
  deps: ContextDependencies,
): (
  requestId: string,
  principal: Principal,
  scope: RequestScope,
  clientAddress?: string,
) => GraphQLContext {
  const names = Object.keys(DOMAINS) as DomainName[];

  return (requestId, principal, scope, clientAddress) => {
    const loaders: Record<string, unknown> = {};
    const services: Record<string, unknown> = {};
    for (const name of names) {
      // Widened to `unknown` loaders: each module's own loaders go to its own service.
      const module: DomainModule<unknown, unknown, never> = DOMAINS[name];
      // Each request's calls carry its scope: budget, deadline, cancellation, fair queuing.
      const upstream = createUpstream(deps.clients, module.client, scope, deps.shared);
      loaders[name] = module.createLoaders(upstream, principal);
      services[name] = module.createService(upstream, loaders[name], principal);
    }
    return new RequestContext(
      requestId,
      principal,
      scope,
      principal.kind === 'anonymous' ? `anonymous:${clientAddress ?? 'unknown'}` : principal.id,
      new LazyLogger(() => deps.logger.child({ requestId, principal: principal.id })),
      deps.cursors,
      loaders as DomainLoaders,
      services as DomainServices,
    );
  };
}

/** A request's child logger, made when something first logs through it. */
class LazyLogger {
  #logger: Logger | undefined;
  constructor(private readonly make: () => Logger) {}
  get(): Logger {
    return (this.#logger ??= this.make());
  }
}

/**
 * One request's context. A class, so that `logger` is a getter on its prototype: Apollo Server
 * hands resolvers a copy of the context (`Object.assign` onto an object with the same prototype),
 * which would otherwise call the getter, and make the child logger, for every request. Most
 * requests log nothing of their own (a fast, successful one is logged at debug level).
 */
class RequestContext implements GraphQLContext {
  constructor(
    readonly requestId: string,
    readonly principal: Principal,
    readonly scope: RequestScope,
    readonly rateLimitKey: string,
    private readonly lazyLogger: LazyLogger,
    readonly cursors: CursorCodec,
    readonly loaders: DomainLoaders,
    readonly services: DomainServices,
  ) {}

  get logger(): Logger {
    return this.lazyLogger.get();
  }
}
