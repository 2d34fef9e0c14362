import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { ensureGatewayBuild } from '../../bench/build/ensureGatewayBuild';

/** The repository root: `dist/main.js` below it is what gateway replicas run. */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/** A lock older than this belongs to a build that cannot still be running. */
const STALE_LOCK_MS = 10 * 60_000;

let built: Promise<void> | undefined;

/**
 * Makes `dist/` current with `src/` (`npm run build` only when a source is newer), once per process:
 * every replica this process starts then runs the same build. Jest runs test files in parallel
 * processes, so the build holds a lock that other processes wait for; a second compile writing the
 * files another process is loading would break it.
 */
export function ensureFreshBuild(log: (line: string) => void = () => undefined): Promise<void> {
  built ??= withBuildLock(() => ensureGatewayBuild(REPO_ROOT, false, log));
  return built;
}

async function withBuildLock(build: () => void): Promise<void> {
  const key = createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 16);
  const lock = join(tmpdir(), `account-graph-build-${key}.lock`);
  const owner = join(lock, 'pid');
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(owner, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const state = lockState(lock, owner);
      if (state === 'stale') rmSync(lock, { recursive: true, force: true });
      if (state === 'held') await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * `gone`: released meanwhile (try again at once). `stale`: its owner died, or it has been held longer
 * than any build takes. `held`: wait.
 */
function lockState(lock: string, owner: string): 'gone' | 'stale' | 'held' {
  let lockedAt: number;
  try {
    lockedAt = statSync(lock).mtimeMs;
  } catch {
    return 'gone';
  }
  if (Date.now() - lockedAt > STALE_LOCK_MS) return 'stale';
  let pid: number;
  try {
    pid = Number(readFileSync(owner, 'utf8'));
  } catch {
    return 'held'; // its owner is about to write the file, or has just released the lock
  }
  if (!Number.isInteger(pid) || pid <= 0) return 'held';
  try {
    process.kill(pid, 0);
    return 'held';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? 'stale' : 'held';
  }
}
