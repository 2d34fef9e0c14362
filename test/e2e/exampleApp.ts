import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

import { freePort } from '../../bench/processes/freePort';
import { waitForHttp } from '../../bench/processes/waitForHttp';
import { REPO_ROOT } from '../support/ensureFreshBuild';
import { spawnTracked, type ChildExit } from '../support/trackedChild';

/** The example frontend: a package of its own (Vite, React, Apollo Client, codegen's client preset). */
export const EXAMPLE_DIR = join(REPO_ROOT, 'examples', 'web');

/** Where `npm run codegen` writes the trusted-documents manifest. */
export const PERSISTED_DOCUMENTS = join(EXAMPLE_DIR, 'src', 'gql', 'persisted-documents.json');

/** Runs a command to completion; a failure carries the end of its output. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: EXAMPLE_DIR, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error === null) {
          resolve();
          return;
        }
        const output = `${stdout}\n${stderr}`.trim().slice(-8_000);
        reject(new Error(`${command} ${args.join(' ')} failed in ${EXAMPLE_DIR}:\n${output}`));
      },
    );
  });
}

/**
 * `npm ci` in the example unless its node_modules is at least as new as its lock file (npm writes
 * node_modules/.package-lock.json on every install). Returns whether it ran.
 */
export async function installExample(): Promise<boolean> {
  const installed = join(EXAMPLE_DIR, 'node_modules', '.package-lock.json');
  const lock = join(EXAMPLE_DIR, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return false;
  await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  return true;
}

/** `npm run codegen` alone: the typed documents and the trusted-documents manifest. */
export function generateExampleCode(): Promise<void> {
  return run('npm', ['run', '--silent', 'codegen']);
}

/** `npm run build` (codegen, type check, `vite build`) into `outDir`, calling `graphqlUrl`. */
export function buildExample(outDir: string, graphqlUrl: string): Promise<void> {
  return run('npm', ['run', '--silent', 'build', '--', '--outDir', outDir, '--emptyOutDir'], {
    ...process.env,
    VITE_GRAPHQL_URL: graphqlUrl,
  });
}

export interface Preview {
  /** `http://127.0.0.1:<port>`: the page's origin. */
  readonly url: string;
  stop(): Promise<ChildExit>;
}

/** `vite preview` of a build on a free port of 127.0.0.1. */
export async function startPreview(outDir: string): Promise<Preview> {
  const port = await freePort();
  const child = await spawnTracked({
    name: 'vite preview',
    command: process.execPath,
    args: [
      join(EXAMPLE_DIR, 'node_modules', 'vite', 'bin', 'vite.js'),
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    cwd: EXAMPLE_DIR,
    env: { PATH: process.env.PATH },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url, { timeoutMs: 30_000, isAlive: () => !child.hasExited() });
  } catch (error) {
    await child.stop(5_000);
    throw new Error(`${String(error)}\n--- vite preview ---\n${child.outputTail()}`);
  }
  return { url, stop: () => child.stop(5_000) };
}

/**
 * The variables of the README's trusted-documents command (`TRUSTED_DOCUMENTS=… … npm start`, run
 * from the repository root), so the test starts the gateway exactly as the README says.
 */
export function readmeTrustedDocumentsEnv(): Record<string, string> {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const line = readme
    .split('\n')
    .map((text) => text.trim())
    .find(
      (text) => /^(?:[A-Z_]+=\S+ +)+npm start$/.test(text) && text.includes('TRUSTED_DOCUMENTS='),
    );
  if (line === undefined) {
    throw new Error('README.md has no `TRUSTED_DOCUMENTS=… npm start` line');
  }
  const env: Record<string, string> = {};
  for (const [, name, value] of line.matchAll(/([A-Z_]+)=(\S+)/g)) {
    env[name] = name.endsWith('_FILE') && !isAbsolute(value) ? join(REPO_ROOT, value) : value;
  }
  return env;
}
