import type { Server } from 'node:http';

import type pino from 'pino';

import type * as AwsClientsModule from './aws/clients';
import type { AwsClientTarget } from './aws/clients';
import type * as ConfigModule from './config';
import type { Config } from './config';
import type * as Emulator from './emulator';
import type { RunningEmulator } from './emulator';
import type * as ObservabilityModule from './observability/observability';
import { heapReport, relaunchWithSizedHeap } from './runtime/relaunch';
import type * as ServerModule from './server';
import type { Gateway } from './server';
import { portProblem } from './shared/listenFailure';

/** Fixed credentials for the emulator: it checks that requests are SigV4-signed, not who signed them. */
const EMULATOR_CREDENTIALS = { accessKeyId: 'AKIAEMULATOR', secretAccessKey: 'emulator-secret' };
/** Hard limit on shutdown beyond the configured delay and grace period. */
const SHUTDOWN_MARGIN_MS = 5_000;

/** A start-up failure the user fixes by changing a setting: its message is the whole report. */
class StartFailure extends Error {}

/** `error`, or a StartFailure naming `variable` when the port was the problem. */
function explainListenError(error: unknown, variable: string, port: number): unknown {
  const problem = portProblem(error, variable, port);
  return problem === undefined ? error : new StartFailure(problem);
}

/** Process entry: config → emulator (BACKEND=emulator) → AWS clients → server → listen; signals. */
async function main(): Promise<void> {
  // Unless heap flags were given (or HEAP_SIZING=off), this process re-executes itself with V8
  // heap limits sized for its container and only relays signals and the exit status
  // (src/runtime/relaunch.ts). Hence the gateway's modules are required below, not imported at
  // the top: the launcher loads none of them.
  if (relaunchWithSizedHeap()) return;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const createLogger = require('pino') as typeof pino;
  const { createAwsClients } = require('./aws/clients') as typeof AwsClientsModule;
  const { ConfigError, loadConfig } = require('./config') as typeof ConfigModule;
  const { createObservability } =
    require('./observability/observability') as typeof ObservabilityModule;
  const { createServer, GRAPHQL_PATH } = require('./server') as typeof ServerModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, base: { service: 'account-graph' } });
  warnAboutNodeVersion(logger);
  logger.info(heapReport(), 'V8 heap limits');
  if (config.cursorSecretGenerated) {
    logger.warn(
      'CURSOR_SECRET is not set: using a random per-process key, so cursors stop working after a restart',
    );
  }

  let emulator: RunningEmulator | undefined;
  let target: AwsClientTarget = {};
  if (config.backend === 'emulator') {
    // Loaded on demand: with BACKEND=aws the emulator's code and models (about 10 MB of heap) are
    // never needed. A synchronous require keeps this CommonJS build free of ESM resolution rules.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startEmulator } = require('./emulator') as typeof Emulator;
    try {
      emulator = await startEmulator({
        port: config.emulatorPort,
        defaultRegion: config.upstream.region,
      });
    } catch (error) {
      throw explainListenError(error, 'EMULATOR_PORT', config.emulatorPort);
    }
    target = { endpoint: emulator.endpoint, credentials: EMULATOR_CREDENTIALS };
    logger.info(
      { endpoint: emulator.endpoint },
      'embedded AWS emulator started (seeded demo data)',
    );
  }
  const observability = createObservability(config.telemetry, logger);
  const clients = createAwsClients(config.upstream, target, observability);
  let gateway: Gateway;
  try {
    gateway = await createServer(config, {
      clients,
      logger,
      observability,
      // AUTH_JWT_ISSUER=emulator: the embedded emulator's development issuer (`npm run token`).
      ...(config.auth.jwt?.issuer === 'emulator' && emulator
        ? { jwtIssuer: emulator.oidcIssuer }
        : {}),
    });
    try {
      await observability.start();
    } catch (error) {
      throw explainListenError(error, 'METRICS_PORT', config.telemetry.metrics?.port ?? 0);
    }
    await listen(gateway.httpServer, config.port, config.host);
  } catch (error) {
    // Release what did start (the emulator's listener above all), so the process ends on its own.
    clients.destroy();
    await observability.stop();
    await emulator?.stop();
    throw explainListenError(error, 'PORT', config.port);
  }
  const address = gateway.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(
    { backend: config.backend, region: config.upstream.region ?? '(SDK default chain)' },
    `gateway ready at http://localhost:${port}${GRAPHQL_PATH}`,
  );

  let shuttingDown = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      logger.warn({ signal }, 'second signal: exiting immediately');
      process.exit(1);
    }
    shuttingDown = true;
    logger.info(
      { signal, delayMs: config.shutdownDelayMs, graceMs: config.shutdownGraceMs },
      'shutting down: /readyz answers 503, then new connections are refused and in-flight requests finish',
    );
    setTimeout(
      () => {
        logger.error('shutdown took too long; exiting');
        process.exit(1);
      },
      config.shutdownDelayMs + config.shutdownGraceMs + SHUTDOWN_MARGIN_MS,
    ).unref();
    void (async () => {
      gateway.drain();
      await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
      await gateway.stop();
      clients.destroy();
      // Last, so the spans of the requests that just finished are exported.
      await observability.stop();
      await emulator?.stop();
      if (gateway.cutOffRequests > 0) {
        logger.error(
          { cutOffRequests: gateway.cutOffRequests },
          'stopped, but requests were cut off unanswered: raise SHUTDOWN_GRACE_MS',
        );
        process.exitCode = 1;
        return;
      }
      // Nothing is left holding the event loop: the process exits 0 once the log line is written.
      logger.info('stopped');
    })().catch((error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

/**
 * Node 20 is past end of life and the AWS SDK stops supporting it in January 2027. The SDK says so
 * with a multi-line banner on stderr each time a client is built; the gateway says it once, as a
 * structured log line like its others, and turns the banner off (unless the operator chose).
 */
function warnAboutNodeVersion(logger: pino.Logger): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return;
  logger.warn(
    { node: process.versions.node },
    'Node.js 20 is past end of life and the AWS SDK drops it in January 2027: run on Node 22 or 24',
  );
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

main().catch((error: unknown) => {
  if (error instanceof StartFailure) {
    process.stderr.write(`account-graph: ${error.message}\n`);
    // Everything that started has been stopped, so the process ends by itself; the timer only
    // bounds a leak (a listener left behind shows up as a late exit, not a hang).
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 15_000).unref();
    return;
  }
  process.stderr.write(
    `account-graph failed to start: ${String(error instanceof Error ? error.stack : error)}\n`,
  );
  process.exit(1);
});
