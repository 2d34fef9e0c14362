import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

import { newestMtime } from './newestMtime';

/**
 * Runs `npm run build` unless dist/ is newer than every source it is built from, so a repeated run
 * does not pay for an unchanged compile. `force` always builds.
 */
export function ensureGatewayBuild(
  repoRoot: string,
  force: boolean,
  log: (line: string) => void,
): void {
  const entry = join(repoRoot, 'dist', 'main.js');
  let builtAt = 0;
  try {
    builtAt = statSync(entry).mtimeMs;
  } catch {
    builtAt = 0;
  }
  const sourcesAt = newestMtime(
    ['src', 'schema', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((p) =>
      join(repoRoot, p),
    ),
  );
  if (!force && builtAt > sourcesAt) {
    log('dist/ is up to date with src/: skipping npm run build');
    return;
  }
  log('npm run build');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    throw new Error(`npm run build failed with exit code ${String(result.status)}`);
  }
}
