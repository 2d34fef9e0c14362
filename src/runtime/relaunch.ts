import { spawn } from 'node:child_process';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

import {
  containerMemoryLimit,
  heapFlags,
  heapFlagsGiven,
  heapSizing,
  type HeapSizing,
} from './heapSizing';

/**
 * Applies src/runtime/heapSizing.ts to the gateway's process. V8 fixes its heap limits when the
 * process starts (`v8.setFlagsFromString` afterwards changes nothing), so `node dist/main.js`
 * re-executes itself once with `--max-semi-space-size` and `--max-old-space-size`, before the
 * gateway's code is loaded, and stays as a small launcher:
 *
 * - signals (SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2) are passed on to the gateway, which
 *   runs in its own process group so that a terminal's Ctrl-C reaches it once, through the launcher;
 * - the launcher exits with the gateway's exit code, or dies of the signal that ended it;
 * - the gateway stops (as on SIGTERM) if the launcher disappears, so it never outlives it.
 *
 * Nothing is re-executed when the operator chose: heap flags on the command line or in
 * NODE_OPTIONS, or HEAP_SIZING=off (Node's own sizing). Nor on Windows, which has no such signals.
 */

/**
 * `auto` (default): size the heap for the container's memory limit, or the gateway default without
 * one; a number of MB: size it for that much memory, as for a container limited to it; `off`:
 * leave Node's own sizing.
 */
export const HEAP_SIZING_VARIABLE = 'HEAP_SIZING';
/** Below this, Node itself leaves no room for a heap. */
const MIN_HEAP_SIZING_MB = 96;
/** In the re-executed process: `<launcher pid>;<old MB>;<semi MB>;<basis>`. */
const SIZED_VARIABLE = 'ACCOUNT_GRAPH_HEAP_SIZED';
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = [
  'SIGTERM',
  'SIGINT',
  'SIGHUP',
  'SIGQUIT',
  'SIGUSR1',
  'SIGUSR2',
];

/** Why this process runs with the heap limits it has, for the gateway's start-up log line. */
export interface HeapReport {
  /** What V8 allows the heap to grow to, young and old generations together. */
  heapLimitMb: number;
  maxOldSpaceMb?: number;
  maxSemiSpaceMb?: number;
  basis: string;
}

/**
 * Re-executes the process with sized heap limits unless it should not (see above). Returns `true`
 * when this process became the launcher: the caller must then load and run nothing else.
 */
export function relaunchWithSizedHeap(): boolean {
  if (sizedBy() !== undefined) {
    watchLauncher();
    return false;
  }
  const setting = process.env[HEAP_SIZING_VARIABLE] ?? 'auto';
  const budgetMb = /^\d{1,7}$/.test(setting) ? Number(setting) : undefined;
  if (
    setting !== 'auto' &&
    setting !== 'off' &&
    (budgetMb === undefined || budgetMb < MIN_HEAP_SIZING_MB)
  ) {
    process.stderr.write(
      `${HEAP_SIZING_VARIABLE} must be auto, off or a memory size in MB of at least ${MIN_HEAP_SIZING_MB}; got "${setting}"\n`,
    );
    process.exit(1);
  }
  if (setting === 'off' || process.platform === 'win32') return false;
  if (heapFlagsGiven(process.execArgv, process.env.NODE_OPTIONS)) return false;

  const sizing =
    budgetMb === undefined
      ? heapSizing(containerMemoryLimit(totalmem()))
      : {
          ...heapSizing(budgetMb * 1024 * 1024),
          basis: `${HEAP_SIZING_VARIABLE}=${budgetMb} MB`,
        };
  const child = spawn(
    process.execPath,
    [...heapFlags(sizing), ...process.execArgv, ...process.argv.slice(1)],
    {
      env: {
        ...process.env,
        [SIZED_VARIABLE]: [
          process.pid,
          sizing.maxOldSpaceMb,
          sizing.maxSemiSpaceMb,
          sizing.basis,
        ].join(';'),
      },
      // Its own process group: a signal sent to the launcher's group reaches the gateway once,
      // passed on below, not a second time directly. The IPC channel closes if the launcher dies.
      detached: true,
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    },
  );
  const forward = (signal: NodeJS.Signals) => {
    child.kill(signal);
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  child.once('error', (error) => {
    process.stderr.write(`account-graph: could not start the gateway process: ${error.message}\n`);
    process.exit(1);
  });
  child.once('exit', (code, signal) => {
    if (signal === null) {
      process.exit(code ?? 1);
    }
    // Ended by a signal: end the same way, so whoever started the launcher sees what happened.
    for (const forwarded of FORWARDED_SIGNALS) process.off(forwarded, forward);
    process.kill(process.pid, signal);
  });
  return true;
}

/** The heap limits of this process and where they come from. */
export function heapReport(): HeapReport {
  const heapLimitMb = Math.round(getHeapStatistics().heap_size_limit / (1024 * 1024));
  const sized = sizedBy();
  if (sized !== undefined) return { heapLimitMb, ...sized };
  if (heapFlagsGiven(process.execArgv, process.env.NODE_OPTIONS)) {
    return { heapLimitMb, basis: 'heap flags given on the command line or in NODE_OPTIONS' };
  }
  return {
    heapLimitMb,
    basis:
      process.env[HEAP_SIZING_VARIABLE] === 'off'
        ? `Node's own sizing (${HEAP_SIZING_VARIABLE}=off)`
        : "Node's own sizing",
  };
}

/** The sizing the launcher applied, when this process is the one it started. */
function sizedBy(): HeapSizing | undefined {
  const [launcher, old, semi, ...basis] = (process.env[SIZED_VARIABLE] ?? '').split(';');
  // The launcher's pid, not mere presence: a process started by the gateway inherits the variable.
  if (launcher !== String(process.ppid)) return undefined;
  return { maxOldSpaceMb: Number(old), maxSemiSpaceMb: Number(semi), basis: basis.join(';') };
}

/** Stops the gateway, as SIGTERM does, when its launcher goes away without passing a signal on. */
function watchLauncher(): void {
  if (!process.channel) return;
  process.channel.unref();
  process.once('disconnect', () => {
    process.kill(process.pid, 'SIGTERM');
  });
}
