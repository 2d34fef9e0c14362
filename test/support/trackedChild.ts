import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

/** How a child process ended: its exit code, or the signal that ended it. */
export interface ChildExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface TrackedChildSpec {
  /** Short name for messages, e.g. `redis` or `replica-2`. */
  name: string;
  command: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /**
   * Append the child's stdout and stderr to this file. Without it the output goes through a pipe and
   * only its last {@link OUTPUT_TAIL_CHARS} characters are kept, for error messages.
   */
  logFile?: string;
  /**
   * Run the child in its own process group, so a Ctrl-C in the terminal reaches only the parent,
   * which then stops its children in order. Default false: a Ctrl-C stops the children too.
   */
  detached?: boolean;
}

/** A started child process, stopped by {@link TrackedChild.stop} or, at the latest, when this process exits. */
export interface TrackedChild {
  readonly name: string;
  readonly pid: number;
  /** Settles when the process has exited, however it ended. */
  readonly exited: Promise<ChildExit>;
  hasExited(): boolean;
  /** The last characters the process wrote to stdout and stderr. */
  outputTail(maxChars?: number): string;
  /** Sends `signal` unless the process has already exited. */
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL once `graceMs` (default 10 s) have passed; resolves when it has exited. */
  stop(graceMs?: number): Promise<ChildExit>;
}

/** A child could not be spawned at all (its command is missing or not executable). */
export class SpawnError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const OUTPUT_TAIL_CHARS = 16_000;
const DEFAULT_GRACE_MS = 10_000;

/**
 * Every child still running. If this process exits without stopping them (a failed test, an uncaught
 * error), the `exit` hook kills them synchronously: no server outlives the process that started it.
 */
const running = new Map<ChildProcess, TrackedChild>();
let exitHookInstalled = false;

function killRunningChildren(): void {
  for (const child of running.keys()) child.kill('SIGKILL');
}

/** The children this process started that are still running, ready or not, in start order. */
export function runningChildren(): TrackedChild[] {
  return [...running.values()];
}

/** Spawns `spec.command` directly (no shell, so the pid is the server's own) and tracks it. */
export async function spawnTracked(spec: TrackedChildSpec): Promise<TrackedChild> {
  if (!exitHookInstalled) {
    process.on('exit', killRunningChildren);
    exitHookInstalled = true;
  }
  const logFd = spec.logFile === undefined ? undefined : openSync(spec.logFile, 'a');
  const child = spawn(spec.command, spec.args, {
    env: spec.env,
    ...(spec.cwd === undefined ? {} : { cwd: spec.cwd }),
    detached: spec.detached ?? false,
    stdio: ['ignore', logFd ?? 'pipe', logFd ?? 'pipe'],
  });
  if (logFd !== undefined) closeSync(logFd);

  if (child.pid === undefined) {
    // The spawn failed (ENOENT, EACCES): Node reports it as an `error` event on the next tick.
    const error = await new Promise<NodeJS.ErrnoException>((resolve) =>
      child.once('error', resolve),
    );
    throw new SpawnError(
      `could not start ${spec.name} (${spec.command}): ${error.message}`,
      error.code,
    );
  }
  const pid = child.pid;

  let tail = '';
  const keep = (chunk: Buffer): void => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  let done = false;
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('exit', (code, signal) => {
      done = true;
      running.delete(child);
      resolve({ code, signal });
    });
  });

  const outputTail = (maxChars = 4_000): string => {
    if (spec.logFile === undefined) return tail.slice(-maxChars);
    try {
      return readFileSync(spec.logFile, 'utf8').slice(-maxChars);
    } catch {
      return '';
    }
  };
  const signal = (name: NodeJS.Signals): void => {
    if (!done) child.kill(name);
  };
  const stop = async (graceMs = DEFAULT_GRACE_MS): Promise<ChildExit> => {
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), graceMs);
    const result = await exited;
    clearTimeout(timer);
    return result;
  };
  const tracked: TrackedChild = {
    name: spec.name,
    pid,
    exited,
    hasExited: () => done,
    outputTail,
    signal,
    stop,
  };
  if (!done) running.set(child, tracked);
  return tracked;
}

/** `exited with code 1`, `was killed by SIGKILL`: for messages about a child that ended. */
export function describeExit(exit: ChildExit): string {
  return exit.signal === null
    ? `exited with code ${String(exit.code)}`
    : `was killed by ${exit.signal}`;
}
