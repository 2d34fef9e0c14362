import { connect } from 'node:net';
import { tmpdir } from 'node:os';

import { freePort } from '../../bench/processes/freePort';
import { spawnTracked, SpawnError } from './trackedChild';
import type { ChildExit, TrackedChild } from './trackedChild';

export interface RedisOptions {
  /** TCP port on 127.0.0.1; default a free port. */
  port?: number;
  /** The server binary; default `redis-server` from PATH (the Debian package `redis-server`). */
  command?: string;
  /** Append the server's log to this file instead of keeping its tail in memory. */
  logFile?: string;
  /** Run in its own process group (see `TrackedChildSpec.detached`); default false. */
  detached?: boolean;
  /** How long to wait for the server to answer; default 10 s. */
  readyTimeoutMs?: number;
}

/** A `redis-server` child process without persistence: it starts empty every time. */
export interface RunningRedis {
  /** `redis://127.0.0.1:<port>`, for REDIS_URL or `new Redis(url)`. */
  readonly url: string;
  readonly port: number;
  /** The current server process (a new one after {@link restart}). */
  readonly pid: number;
  /** Settles when the current server process exits. */
  readonly exited: Promise<ChildExit>;
  outputTail(maxChars?: number): string;
  /** Shuts the server down cleanly (SIGTERM) and waits until it has exited. */
  stop(): Promise<void>;
  /** SIGKILLs the server, as an outage would, and waits until it has exited: clients get ECONNREFUSED. */
  kill(): Promise<void>;
  /** Starts the server again on the same port (stopping it first if it runs), empty, and waits until it answers. */
  restart(): Promise<void>;
}

const REDIS_SERVER = 'redis-server';
const INSTALL_HINT =
  'install it with `apt-get install -y redis-server` (the Debian package, as root)';

/**
 * Starts a real `redis-server` on 127.0.0.1 with no persistence (`--save ''`, `--appendonly no`) and
 * waits until it answers. Every call returns a `stop()`; a server still running when this
 * process exits is killed.
 */
export async function startRedis(options: RedisOptions = {}): Promise<RunningRedis> {
  const command = options.command ?? REDIS_SERVER;
  // A free port can be taken by someone else before the server binds it; only then is another tried.
  const attempts = options.port === undefined ? 3 : 1;
  let server: TrackedChild | undefined;
  let port = 0;
  for (let attempt = 1; server === undefined; attempt++) {
    port = options.port ?? (await freePort());
    try {
      server = await spawnRedis(command, port, options);
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt >= attempts) throw error;
    }
  }

  let current: TrackedChild = server;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get pid() {
      return current.pid;
    },
    get exited() {
      return current.exited;
    },
    outputTail: (maxChars) => current.outputTail(maxChars),
    stop: async () => {
      await current.stop();
    },
    kill: async () => {
      current.signal('SIGKILL');
      await current.exited;
    },
    restart: async () => {
      await current.stop();
      current = await spawnRedis(command, port, options);
    },
  };
}

/** The port was taken between choosing it and binding it. */
class PortTakenError extends Error {}

async function spawnRedis(
  command: string,
  port: number,
  options: RedisOptions,
): Promise<TrackedChild> {
  let server: TrackedChild;
  try {
    server = await spawnTracked({
      name: 'redis-server',
      command,
      args: [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'no',
        // Nothing is written with persistence off, but never into the caller's working directory.
        '--dir',
        tmpdir(),
        '--logfile',
        '',
      ],
      env: { PATH: process.env.PATH },
      ...(options.logFile === undefined ? {} : { logFile: options.logFile }),
      detached: options.detached ?? false,
    });
  } catch (error) {
    if (error instanceof SpawnError && error.code === 'ENOENT') {
      throw new Error(`${command} is not on PATH: ${INSTALL_HINT}`);
    }
    throw error;
  }
  try {
    await waitForServer(
      port,
      server.pid,
      options.readyTimeoutMs ?? 10_000,
      () => !server.hasExited(),
    );
  } catch (error) {
    await server.stop();
    const output = server.outputTail();
    if (/Address already in use/i.test(output)) {
      throw new PortTakenError(`port ${port} is already in use`);
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `redis-server on port ${port} did not start: ${reason}\n--- output ---\n${output}`,
    );
  }
  return server;
}

/**
 * Asks for `INFO server` until the answer names this process's pid: a PONG alone could come from
 * another server already on the port while this one fails to bind it. `-LOADING` means not yet.
 */
async function waitForServer(
  port: number,
  pid: number,
  timeoutMs: number,
  isAlive: () => boolean,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no attempt made';
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the process ended before answering (last attempt: ${last})`);
    try {
      const reply = await infoServer(port);
      const answeredBy = /^process_id:(\d+)\r?$/m.exec(reply)?.[1];
      if (answeredBy === String(pid)) return;
      last =
        answeredBy === undefined
          ? `answered ${JSON.stringify(reply.split('\r\n')[0])}`
          : `another server (pid ${answeredBy}) answered on port ${port}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no answer within ${timeoutMs} ms (last attempt: ${last})`);
}

/** One `INFO server` over a fresh connection; resolves with the whole reply (RESP bulk string or error). */
function infoServer(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    let reply = '';
    const finish = (): void => {
      socket.destroy();
      resolve(reply);
    };
    socket.once('connect', () => socket.write('INFO server\r\n'));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('utf8');
      const header = /^\$(\d+)\r\n/.exec(reply);
      if (header) {
        if (Buffer.byteLength(reply) >= header[0].length + Number(header[1]) + 2) finish();
      } else if (reply.includes('\r\n')) {
        finish(); // an error or another single-line reply
      }
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error('timed out'));
    });
    socket.once('error', (error) => {
      socket.destroy();
      reject(error);
    });
    socket.once('close', () =>
      reject(new Error(`connection closed after ${JSON.stringify(reply)}`)),
    );
  });
}
