import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Logger } from 'pino';

import { createAuthenticator } from './auth/authenticate';
import { authenticateRequests, principalOf } from './auth/http';
import type { Principal } from './auth/principal';
import type { AwsClients } from './aws/clients';
import type { Config } from './config';
import { contextFactory, type GraphQLContext } from './context';
import { CursorCodec } from './graphql/cursor';
import { createResolvers } from './graphql/resolvers';
import { loadTypeDefs } from './graphql/typeDefs';
import { corsPolicy } from './http/corsPolicy';
import { graphqlFastLane, handedOverError } from './http/graphqlFastLane';
import { createLimitedHttpServer } from './http/httpServerLimits';
import { trustedDocuments } from './http/trustedDocuments';
import { httpErrorHandler, notFoundHandler } from './httpErrors';
import type { Observability } from './observability/observability';
import { RequestScope } from './domains/requestScope';
import { RateLimiter } from './limits/rateLimiter';
import { acceptableResponsePlugin } from './plugins/acceptableResponse';
import { awsCallBudgetPlugin } from './plugins/awsCallBudget';
import { createSharedState, type SharedState } from './sharedState';
import { errorMasking } from './plugins/errorMasking';
import { queryLimits } from './plugins/queryLimits';
import { requestIdFrom, requestIdHeaderPlugin } from './plugins/requestIdHeader';
import { requestLoggingPlugin } from './plugins/requestLogging';

export const GRAPHQL_PATH = '/graphql';
const CUT_OFF_WATCHED = Symbol('cutOffWatched');
/** How long `stop()` waits for the responses the drain cut off to report it. */
const RESPONSES_CLOSED_WAIT_MS = 1_000;
/** `express.json()`'s limit for a GraphQL request body (1 MB). */
const GRAPHQL_BODY_LIMIT_BYTES = 1024 * 1024;

export interface ServerDependencies {
  clients: AwsClients;
  logger: Logger;
  /**
   * How long `stop()` lets in-flight requests finish before closing their connections. Default
   * SHUTDOWN_GRACE_MS, which covers the request deadline.
   */
  stopGracePeriodMs?: number;
  /** The JWT issuer when the configuration names `emulator` (the embedded emulator's dev issuer). */
  jwtIssuer?: string;
  /**
   * Cache, quota gate and rate-limit store shared across requests; built from the configuration
   * (and closed by `stop()`) when not given.
   */
  shared?: SharedState;
  /** Metrics and traces: it observes each request and watches the cache and quota gate. */
  observability?: Observability;
}

/** The gateway, built but not listening: `httpServer.listen(...)` it, `stop()` it. */
export interface Gateway {
  readonly app: Express;
  readonly httpServer: Server;
  readonly apollo: ApolloServer<GraphQLContext>;
  /** `false` once draining began: `/readyz` answers 503 so load balancers stop routing here. */
  readonly ready: boolean;
  /** Requests whose connection was closed unanswered once draining began (cut off by the grace period). */
  readonly cutOffRequests: number;
  /**
   * Starts draining: `/readyz` answers 503 while the listener stays open and requests are still
   * served, so load balancers notice before the listener closes.
   */
  drain(): void;
  /**
   * Graceful stop: stops accepting connections, lets in-flight requests finish (up to the grace
   * period), then closes the rest. Does not touch the AWS clients, which the caller owns.
   */
  stop(): Promise<void>;
}

/**
 * Builds the HTTP server: Apollo Server 5 on `/graphql` (Express 5 integration) plus `/healthz`
 * and `/readyz`. Sandbox and introspection are on outside production and off in production.
 */
export async function createServer(config: Config, deps: ServerDependencies): Promise<Gateway> {
  const production = config.nodeEnv === 'production';
  const logger = deps.logger;
  const app = express();
  app.disable('x-powered-by');
  // Answers are per-caller AWS data that no cache keeps or revalidates (and POST answers never
  // are): no ETag, which Express would compute as a SHA-1 of every response body.
  app.disable('etag');
  // The request listener: Express, until the GraphQL fast lane in front of it is built below.
  let listener: (req: IncomingMessage, res: ServerResponse) => void = app;
  // Slow clients are cut off (408) and connections capped; keep-alive outlives load balancers'.
  const httpServer = createLimitedHttpServer(
    (req, res) => listener(req, res),
    config.httpLimits,
    logger,
  );

  const ownsShared = deps.shared === undefined;
  const shared = deps.shared ?? createSharedState(config, logger);
  deps.observability?.observeShared(shared);
  const cursors = new CursorCodec(config.cursorSecret);
  const limits = queryLimits(config.queryLimits);
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers: createResolvers(),
    introspection: !production,
    csrfPrevention: true,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // The process entry owns SIGTERM/SIGINT (it also stops the AWS clients and the emulator);
    // Apollo's own handler would stop the server and re-raise the signal under our feet.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    formatError: errorMasking({ includeStacktrace: config.nodeEnv === 'development' }),
    logger: logger.child({ component: 'apollo' }),
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: deps.stopGracePeriodMs ?? config.shutdownGraceMs,
      }),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      // Without introspection, "Did you mean …?" hints would still leak the schema.
      ...(production ? [ApolloServerPluginDisableSuggestions()] : []),
      // Responses are per-user AWS data, never HTTP-cacheable; the cache-control plugin would
      // still wrap every field resolution to compute a policy nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      awsCallBudgetPlugin(
        new RateLimiter(config.rateLimit, shared.rateLimitStore),
        config.queryLimits.maxAwsCalls,
        shared.operationGate,
      ),
      requestIdHeaderPlugin(),
      requestLoggingPlugin({ logger, observer: deps.observability?.requestObserver }),
      acceptableResponsePlugin(),
    ],
  });
  await apollo.start();

  const createContext = contextFactory({ clients: deps.clients, shared, cursors, logger });
  // Starts the request's deadline; a client that goes away before its answer cancels what is left.
  const requestScope = (res: ServerResponse): RequestScope => {
    const scope = new RequestScope({
      maxAwsCalls: config.queryLimits.maxAwsCalls,
      deadlineMs: config.requestDeadlineMs,
    });
    res.once('close', () => {
      if (!res.writableFinished) scope.cancel('the client disconnected');
      scope.finish();
    });
    return scope;
  };
  const authenticator = createAuthenticator(config.auth, deps.jwtIssuer);
  if (config.auth.mode === 'anonymous') {
    logger.warn(
      'no authentication configured: every caller acts with every scope (set AUTH_JWT_ISSUER/AUTH_JWT_AUDIENCE or AUTH_API_KEYS_FILE; NODE_ENV=production refuses to start like this)',
    );
  }
  const graphqlContext = (
    req: IncomingMessage,
    res: ServerResponse,
    principal: Principal,
    clientAddress: string | undefined,
  ): Promise<GraphQLContext> =>
    Promise.resolve(
      createContext(
        requestIdFrom(req.headers['x-request-id']),
        principal,
        requestScope(res),
        clientAddress,
      ),
    );
  let ready = true;
  let cutOffRequests = 0;
  // Counts requests that lose their connection unanswered while draining: the grace period was too
  // short for them, and the exit code says so. Once per response, whichever lane sees it first.
  const unclosed = new Set<ServerResponse>();
  const countIfCutOff = (res: ServerResponse & { [CUT_OFF_WATCHED]?: true }): void => {
    if (res[CUT_OFF_WATCHED]) return;
    res[CUT_OFF_WATCHED] = true;
    unclosed.add(res);
    res.once('close', () => {
      unclosed.delete(res);
      if (!ready && !res.writableFinished) cutOffRequests++;
    });
  };
  // The connections the drain closes report their responses' 'close' a few event-loop turns
  // later (a socket's close callback runs after the turn's immediates): `stop()` waits for them,
  // so that `cutOffRequests` is complete when it resolves.
  const responsesClosed = async (): Promise<void> => {
    const deadline = Date.now() + RESPONSES_CLOSED_WAIT_MS;
    while (unclosed.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  app.use((req, res, next) => {
    countIfCutOff(res);
    // A request the GraphQL fast lane handed over with an error is answered by the error handlers.
    next(handedOverError(req));
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'stopping' });
  });
  if (!production) {
    app.get('/', (_req, res) => {
      res.redirect(GRAPHQL_PATH);
    });
  }
  // CORS_ORIGINS; outside production also any loopback origin (a frontend's dev server) and Studio.
  const cors = corsPolicy({ origins: config.corsOrigins, development: !production });
  app.use(
    GRAPHQL_PATH,
    cors.middleware,
    // Before the body is read: a request without valid credentials costs nothing more.
    authenticateRequests(authenticator, logger),
    express.json({ limit: GRAPHQL_BODY_LIMIT_BYTES }),
    trustedDocuments(config.trustedDocuments),
    expressMiddleware(apollo, {
      context: ({ req, res }) => graphqlContext(req, res, principalOf(res), req.ip),
    }),
  );

  app.use(notFoundHandler());
  app.use(httpErrorHandler(logger));

  // The chain above, without Express, for `POST /graphql` with a JSON body (see graphqlFastLane).
  listener = graphqlFastLane({
    apollo,
    authenticator,
    cors,
    trustedDocuments: config.trustedDocuments.mode,
    bodyLimitBytes: GRAPHQL_BODY_LIMIT_BYTES,
    path: GRAPHQL_PATH,
    // `req.ip` is the socket's address while Express's `trust proxy` is off, as it is here.
    context: (req, res, principal) => graphqlContext(req, res, principal, req.socket.remoteAddress),
    onResponse: countIfCutOff,
    express: app,
  });

  let stopping: Promise<void> | undefined;
  return {
    app,
    httpServer,
    apollo,
    get ready() {
      return ready;
    },
    get cutOffRequests() {
      return cutOffRequests;
    },
    drain() {
      ready = false;
    },
    stop() {
      ready = false;
      stopping ??= apollo
        .stop()
        .then(() => (ownsShared ? shared.close() : undefined))
        .then(responsesClosed);
      return stopping;
    },
  };
}
