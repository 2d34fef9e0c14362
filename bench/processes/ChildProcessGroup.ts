import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serverProcess } from './serverProcess';
import { waitForHttp } from './waitForHttp';

/** What to run, and how to know it is ready. */
export interface ChildServerSpec {
  /** Short name used in log file names and error messages. */
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** GET this URL until it answers 2xx. */
  readyUrl: string;
  readyHeaders?: Record<string, string>;
  readyTimeoutMs?: number;
}

/** A started child process. */
export interface ChildServer {
  readonly name: string;
  /** The started process's pid (the command is run directly, never through a shell or npm). */
  readonly pid: number;
  /**
   * The process serving requests, whose memory is the server's: `pid`, or the process it
   * re-executed itself as once it was ready (see serverProcess).
   */
  readonly serverPid: number;
  /** The last lines the process wrote to stdout/stderr, for error messages. */
  outputTail(maxChars?: number): string;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the process has exited. */
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 5_000;

/**
 * Starts child processes and guarantees they are stopped: `stopAll()` in a `finally`, and a synchronous
 * SIGKILL from the `exit` hook if the runner dies without reaching it. Output goes to a log file per
 * child rather than a pipe, so a chatty server never blocks on a full pipe or costs the load process
 * CPU for reading it.
 */
export class ChildProcessGroup {
  private readonly running = new Set<ChildProcess>();
  private readonly logDir = mkdtempSync(join(tmpdir(), 'account-graph-bench-'));
  private readonly onExit = (): void => {
    for (const child of this.running) child.kill('SIGKILL');
  };

  constructor() {
    process.on('exit', this.onExit);
  }

  async start(spec: ChildServerSpec): Promise<ChildServer> {
    const logPath = join(this.logDir, `${spec.name}-${Date.now()}.log`);
    const logFd = openSync(logPath, 'a');
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', logFd, logFd],
    });
    closeSync(logFd);
    if (child.pid === undefined) {
      throw new Error(`could not start ${spec.name}: ${spec.command} ${spec.args.join(' ')}`);
    }
    this.running.add(child);
    let exited = false;
    const exitPromise = new Promise<void>((resolve) => {
      child.once('exit', () => {
        exited = true;
        this.running.delete(child);
        resolve();
      });
    });

    const outputTail = (maxChars = 4_000): string => {
      try {
        const text = readFileSync(logPath, 'utf8');
        return text.slice(-maxChars);
      } catch {
        return '';
      }
    };
    const stop = async (): Promise<void> => {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exitPromise;
      clearTimeout(timer);
    };

    try {
      await waitForHttp(spec.readyUrl, {
        timeoutMs: spec.readyTimeoutMs ?? 60_000,
        isAlive: () => !exited,
        ...(spec.readyHeaders ? { headers: spec.readyHeaders } : {}),
      });
    } catch (error) {
      await stop();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `${spec.name} did not become ready: ${reason}\n--- output ---\n${outputTail()}`,
      );
    }
    return {
      name: spec.name,
      pid: child.pid,
      serverPid: serverProcess(child.pid),
      outputTail,
      stop,
    };
  }

  /** Stops every child still running, in parallel. */
  async stopAll(): Promise<void> {
    const children = [...this.running];
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) {
              resolve();
              return;
            }
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS).unref();
          }),
      ),
    );
    process.off('exit', this.onExit);
  }
}
