import type { EmulatorOptions } from './startEmulator';

/** A bad environment variable; the message names it and says what is accepted. */
export class EnvOptionError extends Error {}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new EnvOptionError(
      `${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

function matching(
  env: NodeJS.ProcessEnv,
  name: string,
  pattern: RegExp,
  expected: string,
): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!pattern.test(raw))
    throw new EnvOptionError(`${name} must be ${expected}, got ${JSON.stringify(raw)}`);
  return raw;
}

/**
 * Emulator options from the environment of `npm run emulator`: EMULATOR_PORT (default 4566),
 * EMULATOR_HOST, EMULATOR_ACCOUNT_ID, EMULATOR_REGION, EMULATOR_SEED (true|false),
 * EMULATOR_ASSOCIATION_DELAY_MS and EMULATOR_ASSIGNMENT_DELAY_MS.
 */
export function emulatorOptionsFromEnv(env: NodeJS.ProcessEnv): EmulatorOptions {
  const seed = env.EMULATOR_SEED;
  if (seed !== undefined && seed !== '' && seed !== 'true' && seed !== 'false') {
    throw new EnvOptionError(`EMULATOR_SEED must be true or false, got ${JSON.stringify(seed)}`);
  }
  return {
    port: integer(env, 'EMULATOR_PORT', 0, 65535) ?? 4566,
    host: matching(
      env,
      'EMULATOR_HOST',
      /^[A-Za-z0-9.:-]+$/,
      'a host name or IP address (e.g. 127.0.0.1)',
    ),
    accountId: matching(env, 'EMULATOR_ACCOUNT_ID', /^\d{12}$/, 'a 12-digit AWS account id'),
    defaultRegion: matching(
      env,
      'EMULATOR_REGION',
      /^[a-z]{2}(-[a-z]+)+-\d+$/,
      'an AWS region name such as us-east-1',
    ),
    seed: seed === undefined || seed === '' ? undefined : seed === 'true',
    associationDelayMs: integer(env, 'EMULATOR_ASSOCIATION_DELAY_MS', 0, 3_600_000),
    assignmentDelayMs: integer(env, 'EMULATOR_ASSIGNMENT_DELAY_MS', 0, 3_600_000),
  };
}
