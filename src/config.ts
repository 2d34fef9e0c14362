import { randomBytes } from 'node:crypto';

/** Where the gateway sends AWS requests. */
export type Backend = 'emulator' | 'aws';
export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Settings shared by the three AWS clients. */
export interface UpstreamConfig {
  /** `undefined` in aws mode lets the SDK resolve it (AWS_REGION, profile). */
  region: string | undefined;
  /** Per-service cap on concurrent AWS requests, shared by the whole process. */
  maxInFlight: number;
  /** Milliseconds one HTTP attempt may take before it is aborted (and retried). */
  requestTimeoutMs: number;
  /** Milliseconds to establish a TCP/TLS connection. */
  connectTimeoutMs: number;
  /** Attempts per AWS call, first included (the SDK's standard retry strategy). */
  maxAttempts: number;
}

/** Per-operation limits that keep one query from fanning out into an unbounded number of AWS calls. */
export interface QueryLimitsConfig {
  /** Deepest field nesting allowed (introspection excluded). */
  maxDepth: number;
  /** Aliases allowed per operation; each alias can be a separate AWS call. */
  maxAliases: number;
  /** Static cost ceiling (objects 2, scalars 1, scaled by depth). */
  maxCost: number;
  /** Lexer tokens allowed in a document (checked while parsing). */
  maxTokens: number;
}

export interface Config {
  nodeEnv: NodeEnv;
  port: number;
  host: string | undefined;
  backend: Backend;
  emulatorPort: number;
  upstream: UpstreamConfig;
  /** HMAC-SHA256 key for pagination cursors. */
  cursorSecret: Buffer;
  /** `true` when CURSOR_SECRET was not set and a random per-process key is in use. */
  cursorSecretGenerated: boolean;
  /** Origins allowed to call the gateway from a browser (exact match). */
  corsOrigins: string[];
  queryLimits: QueryLimitsConfig;
  logLevel: LogLevel;
}

/** Thrown by `loadConfig`; its message lists every invalid variable with the accepted values. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];
const BACKENDS: readonly Backend[] = ['emulator', 'aws'];
const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const MIN_SECRET_BYTES = 32;

/**
 * Reads and validates the gateway's configuration from environment variables. Collects every
 * problem before failing, so one start reports all of them.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const production = nodeEnv === 'production';

  if (production && !nonEmpty(env.BACKEND)) {
    problems.push(
      'BACKEND must be set explicitly when NODE_ENV=production; accepted values: emulator, aws',
    );
  }
  const backend = read.oneOf('BACKEND', BACKENDS, 'emulator');

  const port = read.integer('PORT', 4000, 0, 65535);
  const host = nonEmpty(env.HOST) ? env.HOST.trim() : undefined;
  const emulatorPort = read.integer('EMULATOR_PORT', 4566, 0, 65535);

  let region: string | undefined = nonEmpty(env.AWS_REGION)
    ? env.AWS_REGION.trim()
    : nonEmpty(env.AWS_DEFAULT_REGION)
      ? env.AWS_DEFAULT_REGION.trim()
      : undefined;
  if (region !== undefined && !REGION_PATTERN.test(region)) {
    problems.push(`AWS_REGION must be an AWS region name such as us-east-1; got "${region}"`);
  }
  // The emulator seeds its demo data into us-east-1.
  if (backend === 'emulator' && region === undefined) region = 'us-east-1';

  const maxInFlight = read.integer('UPSTREAM_MAX_IN_FLIGHT', 50, 1, 10_000);
  const requestTimeoutMs = read.integer('UPSTREAM_TIMEOUT_MS', 5_000, 1, 600_000);
  const connectTimeoutMs = read.integer('UPSTREAM_CONNECT_TIMEOUT_MS', 1_000, 1, 600_000);
  const maxAttempts = read.integer('UPSTREAM_MAX_ATTEMPTS', 3, 1, 10);

  let cursorSecret: Buffer;
  let cursorSecretGenerated = false;
  if (nonEmpty(env.CURSOR_SECRET)) {
    cursorSecret = Buffer.from(env.CURSOR_SECRET, 'utf8');
    if (cursorSecret.length < MIN_SECRET_BYTES) {
      problems.push(
        `CURSOR_SECRET must be at least ${MIN_SECRET_BYTES} bytes (e.g. \`openssl rand -base64 48\`); got ${cursorSecret.length}`,
      );
    }
  } else {
    if (production) {
      problems.push(
        `CURSOR_SECRET is required when NODE_ENV=production: at least ${MIN_SECRET_BYTES} bytes, the same on every replica`,
      );
    }
    cursorSecret = randomBytes(MIN_SECRET_BYTES);
    cursorSecretGenerated = true;
  }

  const corsOrigins = parseOrigins(
    env.CORS_ORIGINS ?? (production ? '' : 'https://studio.apollographql.com'),
    problems,
  );
  const queryLimits: QueryLimitsConfig = {
    maxDepth: read.integer('QUERY_MAX_DEPTH', 8, 1, 100),
    maxAliases: read.integer('QUERY_MAX_ALIASES', 30, 0, 1_000),
    maxCost: read.integer('QUERY_MAX_COST', 5_000, 1, 1_000_000),
    maxTokens: read.integer('QUERY_MAX_TOKENS', 2_000, 1, 1_000_000),
  };
  const logLevel = read.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info');

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv,
    port,
    host,
    backend,
    emulatorPort,
    upstream: { region, maxInFlight, requestTimeoutMs, connectTimeoutMs, maxAttempts },
    cursorSecret,
    cursorSecretGenerated,
    corsOrigins,
    queryLimits,
    logLevel,
  };
}

function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

function parseOrigins(raw: string, problems: string[]): string[] {
  const origins: string[] = [];
  for (const entry of raw.split(',').map((s) => s.trim())) {
    if (entry === '') continue;
    let origin: string | undefined;
    try {
      const url = new URL(entry);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry) {
        origin = url.origin;
      }
    } catch {
      // reported below
    }
    if (origin === undefined) {
      problems.push(
        `CORS_ORIGINS must be a comma-separated list of origins such as https://app.example.com (scheme, host and optional port, no path or trailing slash); got "${entry}"`,
      );
    } else {
      origins.push(origin);
    }
  }
  return origins;
}

/** Typed accessors that record a problem (naming the variable and the accepted values) instead of throwing. */
class EnvReader {
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly problems: string[],
  ) {}

  oneOf<T extends string>(name: string, accepted: readonly T[], fallback: T): T {
    const raw = this.env[name];
    if (!nonEmpty(raw)) return fallback;
    const value = raw.trim();
    if ((accepted as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name} must be one of ${accepted.join(', ')}; got "${raw}"`);
    return fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (!nonEmpty(raw)) return fallback;
    const value = Number(raw.trim());
    if (/^\d+$/.test(raw.trim()) && Number.isSafeInteger(value) && value >= min && value <= max) {
      return value;
    }
    this.problems.push(`${name} must be an integer from ${min} to ${max}; got "${raw}"`);
    return fallback;
  }
}
