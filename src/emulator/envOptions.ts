import { DEFAULT_EMULATOR_PORT, EnvReader, REGION_PATTERN } from '../shared/env';
import type { EmulatorOptions } from './startEmulator';

/** Bad environment variables; the message names each one and says what is accepted, one per line. */
export class EnvOptionError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

const DELAY_RANGE = { min: 0, max: 3_600_000 };
const QUOTA_MODES = ['aws', 'off'] as const;

/**
 * Emulator options from the environment of `npm run emulator`: EMULATOR_PORT (default 4610),
 * EMULATOR_HOST, EMULATOR_ACCOUNT_ID, EMULATOR_REGION, EMULATOR_SEED (true|false),
 * EMULATOR_ASSOCIATION_DELAY_MS, EMULATOR_ASSIGNMENT_DELAY_MS and EMULATOR_QUOTAS (aws|off: AWS's
 * request-rate quotas, the default, or none). Unset ones are left to
 * startEmulator's defaults; every invalid one is reported in a single EnvOptionError.
 */
export function emulatorOptionsFromEnv(env: NodeJS.ProcessEnv): EmulatorOptions {
  const read = new EnvReader(env);
  const options: EmulatorOptions = {
    port: read.integer('EMULATOR_PORT', { min: 0, max: 65535 }, DEFAULT_EMULATOR_PORT),
    host: read.matching(
      'EMULATOR_HOST',
      /^[A-Za-z0-9.:-]+$/,
      'a host name or IP address (e.g. 127.0.0.1)',
    ),
    accountId: read.matching('EMULATOR_ACCOUNT_ID', /^\d{12}$/, 'a 12-digit AWS account id'),
    defaultRegion: read.matching(
      'EMULATOR_REGION',
      REGION_PATTERN,
      'an AWS region name such as us-east-1',
    ),
    seed: read.boolean('EMULATOR_SEED'),
    associationDelayMs: read.integer('EMULATOR_ASSOCIATION_DELAY_MS', DELAY_RANGE),
    assignmentDelayMs: read.integer('EMULATOR_ASSIGNMENT_DELAY_MS', DELAY_RANGE),
    quotas: read.oneOf('EMULATOR_QUOTAS', QUOTA_MODES),
  };
  if (read.problems.length > 0) throw new EnvOptionError(read.problems);
  return options;
}
