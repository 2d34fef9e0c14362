import { readFileSync } from 'node:fs';

/**
 * V8 heap limits for the gateway process, from the container's memory limit.
 *
 * Node sizes V8's heap from the machine's memory (up to 4 GB of old space on a large host) and a
 * young generation of up to 16 MB per semi-space, and collects lazily: a gateway with ~40 MB of
 * live objects grows to several hundred MB of RSS under load, mostly garbage waiting for a
 * collection, and a container limit below that is met with an OOM kill instead of a collection.
 * Sized limits make V8 collect before the process outgrows its memory.
 *
 * - With a container limit L (cgroup v2 `memory.max`, v1 `memory.limit_in_bytes`): semi-spaces of
 *   L/32 (1 to 16 MB), and the old space gets 60% of L, never more than L minus what Node itself
 *   needs beyond the heap (code, buffers, native state: about 64 MB), minus both semi-spaces.
 * - Without one: `DEFAULT_SIZING`.
 *
 * Each request allocates a few hundred KB per AWS call (mostly the SDK's middleware, signing and
 * parsing): small semi-spaces make scavenges frequent, and 4 MB ones cost a single-Get request
 * about 15% more CPU (bench/, scenario 1), hence semi-spaces of L/32 rather than less.
 *
 * Pure functions only; src/runtime/relaunch.ts applies the result to the process.
 */

/** Heap limits, in MB, as `--max-semi-space-size` and `--max-old-space-size` take them. */
export interface HeapSizing {
  readonly maxSemiSpaceMb: number;
  readonly maxOldSpaceMb: number;
  /** Where the limits come from, for the start-up log line. */
  readonly basis: string;
}

/** What Node needs beyond the V8 heap: code, buffers, sockets, native state. */
const NON_HEAP_MB = 64;
/** The old space's share of a container limit. */
const OLD_SPACE_SHARE = 0.6;
const MIN_OLD_SPACE_MB = 32;
const MAX_SEMI_SPACE_MB = 16;

/**
 * Without a container limit: Node's own young generation (16 MB semi-spaces) and an old space of
 * 224 MB, which also keeps V8's old generation growing by at most 1.3× its live size between full
 * collections (V8 allows up to 4× for heaps of gigabytes). Measured on scenario 3 at 64
 * connections (bench/), where the operation gate (src/limits/operationGate.ts) keeps the live heap
 * near 30 MB: about 130–145 MB of peak RSS against 215–240 MB with Node's own sizing, at 0.91–0.98×
 * its requests per second. 8 MB semi-spaces save another 16 MB for about 15% of the throughput
 * (more frequent scavenges), and letting the old generation double between collections
 * (`--heap-growing-percent=100`) gains a few percent for about 20 MB. Past the old space V8 ends
 * the process for want of memory: a deployment expecting heavier concurrency sets a container
 * limit, HEAP_SIZING or heap flags of its own.
 */
export const DEFAULT_SIZING: HeapSizing = {
  maxSemiSpaceMb: 16,
  maxOldSpaceMb: 224,
  basis: 'no container memory limit: the default for a gateway',
};

/** Heap limits for a process limited to `limitBytes` (`undefined`: no limit). */
export function heapSizing(limitBytes: number | undefined): HeapSizing {
  if (limitBytes === undefined) return DEFAULT_SIZING;
  const limitMb = Math.floor(limitBytes / (1024 * 1024));
  const maxSemiSpaceMb = Math.min(MAX_SEMI_SPACE_MB, Math.max(1, powerOfTwoAtMost(limitMb / 32)));
  const oldSpace =
    Math.min(Math.floor(limitMb * OLD_SPACE_SHARE), limitMb - NON_HEAP_MB) - 2 * maxSemiSpaceMb;
  return {
    maxSemiSpaceMb,
    maxOldSpaceMb: Math.max(MIN_OLD_SPACE_MB, oldSpace),
    basis: `container memory limit of ${limitMb} MB`,
  };
}

/** The Node options that apply `sizing`. */
export function heapFlags(sizing: HeapSizing): string[] {
  return [
    `--max-semi-space-size=${sizing.maxSemiSpaceMb}`,
    `--max-old-space-size=${sizing.maxOldSpaceMb}`,
  ];
}

// Node accepts V8 options with dashes or underscores; `--max-heap-size` sizes both generations.
const HEAP_FLAG = /^--max[-_](?:old[-_]space|semi[-_]space|heap)[-_]size(?:=|$)/;

/**
 * Whether the process was given V8 heap limits of its own, on the command line (`execArgv`) or in
 * NODE_OPTIONS: they are the operator's choice, and no sizing applies then.
 */
export function heapFlagsGiven(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): boolean {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)];
  return given.some((option) => HEAP_FLAG.test(option));
}

/** Reads a file's text, or `undefined` when it cannot be read. */
export type ReadText = (path: string) => string | undefined;

const readText: ReadText = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** Limits at or above this are cgroup v1's way of saying "none" (2^63 rounded to pages). */
const UNLIMITED_V1 = 2 ** 62;

/**
 * The memory limit of the process's cgroup and its ancestors, in bytes (the smallest one), or
 * `undefined` when there is none below `physicalBytes`: cgroup v2 (`memory.max` along the
 * process's path under /sys/fs/cgroup) or v1 (`memory.limit_in_bytes` under
 * /sys/fs/cgroup/memory). Inside a container the process's cgroup is usually the root of what it
 * sees; outside one, the path from /proc/self/cgroup is followed.
 */
export function containerMemoryLimit(
  physicalBytes: number,
  read: ReadText = readText,
): number | undefined {
  const membership = read('/proc/self/cgroup') ?? '';
  const limits: number[] = [];
  for (const line of membership.split('\n')) {
    const [, controllers, path] = /^\d+:([^:]*):(.*)$/.exec(line.trim()) ?? [];
    if (path === undefined) continue;
    if (controllers === '') {
      // cgroup v2: one unified hierarchy.
      limits.push(...alongPath('/sys/fs/cgroup', path, 'memory.max', read));
    } else if (controllers.split(',').includes('memory')) {
      limits.push(...alongPath('/sys/fs/cgroup/memory', path, 'memory.limit_in_bytes', read));
    }
  }
  const limit = Math.min(...limits);
  return Number.isFinite(limit) && limit < physicalBytes ? limit : undefined;
}

/** The limits in `file` from the cgroup at `path` up to the mount's root, where readable. */
function alongPath(mount: string, path: string, file: string, read: ReadText): number[] {
  const limits: number[] = [];
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '..');
  for (let depth = segments.length; depth >= 0; depth--) {
    const dir = [mount, ...segments.slice(0, depth)].join('/');
    const text = read(`${dir}/${file}`)?.trim();
    if (text === undefined || text === '' || text === 'max') continue;
    const bytes = Number(text);
    if (Number.isFinite(bytes) && bytes > 0 && bytes < UNLIMITED_V1) limits.push(bytes);
  }
  return limits;
}

function powerOfTwoAtMost(value: number): number {
  return value < 1 ? 0 : 2 ** Math.floor(Math.log2(value));
}
