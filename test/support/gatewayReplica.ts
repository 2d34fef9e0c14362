import { join } from 'node:path';

import { freePort } from '../../bench/processes/freePort';
import { waitForHttp } from '../../bench/processes/waitForHttp';
import { ensureFreshBuild, REPO_ROOT } from './ensureFreshBuild';
import { describeExit, spawnTracked } from './trackedChild';
import type { ChildExit, TrackedChild } from './trackedChild';

export interface GatewayReplicaOptions {
  /**
   * The replica's environment, as given: nothing is inherited from this process except PATH (so a
   * developer's AWS_PROFILE never leaks in). PORT and HOST (127.0.0.1) are set by the helper.
   * {@link emulatorBackendEnv} gives the variables for an emulator backend.
   */
  env: NodeJS.ProcessEnv;
  /** Default a free port. */
  port?: number;
  /** For messages and logs; default `gateway`. */
  name?: string;
  /** Append the replica's log to this file instead of keeping its tail in memory. */
  logFile?: string;
  /** Run in its own process group (see `TrackedChildSpec.detached`); default false. */
  detached?: boolean;
  /** How long to wait for `/readyz`; default 30 s. */
  readyTimeoutMs?: number;
}

/** `node dist/main.js` as a child process, ready to serve. */
export interface GatewayReplica {
  /** `http://127.0.0.1:<port>` (`/healthz`, `/readyz`). */
  readonly url: string;
  /** `<url>/graphql`. */
  readonly graphqlUrl: string;
  readonly port: number;
  readonly pid: number;
  /** Settles when the process exits. */
  readonly exited: Promise<ChildExit>;
  outputTail(maxChars?: number): string;
  /** SIGTERM (the gateway drains and exits), SIGKILL after 15 s; resolves with how it ended. */
  stop(): Promise<ChildExit>;
}

/** The gateway's own port problem, printed before it exits 1 (see src/shared/listenFailure.ts). */
const PORT_TAKEN = /port \d+ is already in use/;

/**
 * Starts one gateway replica, `node dist/main.js`, and waits until `/readyz` answers 200. `dist/` is
 * brought up to date first (`npm run build` when a source is newer, once per process), so a test
 * never runs yesterday's build. The caller stops it; one still running when this process exits is
 * killed.
 */
export async function startGatewayReplica(options: GatewayReplicaOptions): Promise<GatewayReplica> {
  await ensureFreshBuild();
  const name = options.name ?? 'gateway';
  // A free port can be taken by someone else before the gateway binds it; only then is another tried.
  const attempts = options.port === undefined ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    const child = await spawnTracked({
      name,
      command: process.execPath,
      args: [join(REPO_ROOT, 'dist', 'main.js')],
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
      ...(options.logFile === undefined ? {} : { logFile: options.logFile }),
      detached: options.detached ?? false,
    });
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitForHttp(`${url}/readyz`, {
        timeoutMs: options.readyTimeoutMs ?? 30_000,
        intervalMs: 50,
        isAlive: () => !child.hasExited(),
      });
    } catch (error) {
      const exit = await stopChild(child);
      const output = child.outputTail();
      if (attempt < attempts && PORT_TAKEN.test(output)) continue;
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `${name} on port ${port} did not become ready (${describeExit(exit)}): ${reason}\n--- output ---\n${output}`,
      );
    }
    return {
      url,
      graphqlUrl: `${url}/graphql`,
      port,
      pid: child.pid,
      exited: child.exited,
      outputTail: (maxChars) => child.outputTail(maxChars),
      stop: () => stopChild(child),
    };
  }
}

/** The gateway's own shutdown is bounded by its settings; 15 s covers the defaults with a margin. */
function stopChild(child: TrackedChild): Promise<ChildExit> {
  return child.stop(15_000);
}

/**
 * The variables that point a replica at an emulator as its AWS backend (`BACKEND=aws`), as the
 * benchmark does: dummy credentials (the emulator checks the SigV4 shape, not the signer) and no
 * instance-metadata lookups.
 */
export function emulatorBackendEnv(emulatorEndpoint: string): NodeJS.ProcessEnv {
  return {
    BACKEND: 'aws',
    AWS_ENDPOINT_URL: emulatorEndpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}
