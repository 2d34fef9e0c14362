import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { isCompleteRun, parseOptions, USAGE, UsageError } from '../../bench/options';

const ROOT = join(__dirname, '..', '..');

/** Runs the benchmark runner as `npm run bench -- <args>` does, and collects what it prints. */
async function runBench(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'bench/run.ts', ...args],
    { cwd: ROOT, env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  return { code, stdout, stderr };
}

describe('npm run bench arguments', () => {
  test.each([['--help'], ['-h']])(
    '%s prints the usage on stdout and exits 0 without running anything',
    async (flag) => {
      expect(await runBench([flag])).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
    },
    20_000,
  );

  test('an unknown argument exits 2 naming it, with the usage and no stack trace', async () => {
    expect(await runBench(['--verbose'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `unknown argument "--verbose"\n${USAGE}\n`,
    });
  }, 20_000);

  test('the usage lists every flag the parser accepts', () => {
    const flags = [...USAGE.matchAll(/^ {2}(--[a-z-]+)/gm)].map((match) => match[1]);
    expect(flags).toEqual([
      '--quick',
      '--scenarios',
      '--contenders',
      '--rounds',
      '--build',
      '--skip-memory',
      '--node-options',
      '--help',
    ]);
    for (const flag of flags) {
      const arg =
        flag === '--scenarios'
          ? `${flag}=1`
          : flag === '--contenders'
            ? `${flag}=floor`
            : flag === '--rounds'
              ? `${flag}=5`
              : flag;
      expect(() => parseOptions([arg])).not.toThrow(UsageError);
    }
  });

  test('--rounds sets the interleaved rounds of every throughput and memory comparison', () => {
    const { profile } = parseOptions(['--quick', '--rounds=9']);
    expect(profile).toMatchObject({ mode: 'quick', throughputRounds: 9, memoryRounds: 9 });
    expect(parseOptions([]).profile.throughputRounds).toBeGreaterThanOrEqual(5);
    expect(parseOptions(['--quick']).profile.throughputRounds).toBeGreaterThanOrEqual(5);
    for (const bad of ['--rounds=2', '--rounds=x', '--rounds', '--rounds=51']) {
      expect(() => parseOptions([bad])).toThrow(UsageError);
    }
  });

  test('flags take their value after = or as the next argument', () => {
    expect(parseOptions(['--scenarios', '8']).scenarios).toEqual([8]);
    expect(parseOptions(['--scenarios', '1,3', '--skip-memory']).scenarios).toEqual([1, 3]);
    expect(parseOptions(['--contenders', 'gateway,floor']).contenders).toEqual([
      'gateway',
      'floor',
    ]);
    expect(parseOptions(['--rounds', '9']).profile.throughputRounds).toBe(9);
    expect(parseOptions(['--node-options', '--max-old-space-size=96']).nodeOptions).toBe(
      '--max-old-space-size=96',
    );
    // A missing value is still refused, not taken from the next flag.
    expect(() => parseOptions(['--scenarios', '--quick'])).toThrow(UsageError);
    expect(() => parseOptions(['--rounds'])).toThrow(UsageError);
  });

  test('only a complete run replaces bench/results/latest.*', () => {
    expect(isCompleteRun(parseOptions([]))).toBe(true);
    expect(isCompleteRun(parseOptions(['--rounds=9', '--build']))).toBe(true);
    for (const partial of [
      ['--quick'],
      ['--scenarios=8'],
      ['--contenders=gateway'],
      ['--skip-memory'],
      ['--node-options=--max-old-space-size=96'],
    ]) {
      expect(isCompleteRun(parseOptions(partial))).toBe(false);
    }
  });

  test('scenarios 6 and 7 are the cached ones, 8 the last', () => {
    expect(parseOptions(['--scenarios=6,7,8']).scenarios).toEqual([6, 7, 8]);
    expect(() => parseOptions(['--scenarios=9'])).toThrow(UsageError);
  });
});
