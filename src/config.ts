import { randomBytes } from 'node:crypto';

import { loadAuthConfig, type AuthConfig } from './auth/authConfig';
import { loadHttpLimits, type HttpLimitsConfig } from './http/httpServerLimits';
import { loadTrustedDocuments, type TrustedDocumentsConfig } from './http/trustedDocuments';
import type { AwsService } from './aws/upstreamOperation';
import { loadCacheConfig } from './cache/cacheConfig';
import type { CacheConfig } from './cache/entityCache';
import { loadAwsQuotas } from './limits/awsQuota';
import { loadTelemetryConfig, type TelemetryConfig } from './observability/telemetryConfig';
import type { RateLimitConfig } from './limits/rateLimiter';
import { loadRedisConfig, type RedisConfig } from './redis/redisConfig';
import { DEFAULT_EMULATOR_PORT, EnvReader, REGION_PATTERN } from './shared/env';

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
  /** AWS's request-rate quota per service, requests per second, for the whole fleet. */
  quotasTps: Record<AwsService, number>;
  /**
   * IAM Identity Center's quota of outstanding (in progress) CreateAccountAssignment requests;
   * the gateway keeps at most this many at once (per process).
   */
  outstandingAssignments: number;
  /**
   * AWS calls the operations executing at once may have planned, for the whole process: later
   * operations wait, in arrival order, before they execute (src/limits/operationGate.ts).
   */
  maxPlannedCalls: number;
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
  /** AWS calls one request may plan and make (QUERY_MAX_AWS_CALLS). */
  maxAwsCalls: number;
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
  /**
   * CORS_ORIGINS: origins allowed to call the gateway from a browser (exact match). Outside
   * production any loopback origin and Apollo Studio are allowed too (src/http/corsPolicy.ts).
   */
  corsOrigins: string[];
  queryLimits: QueryLimitsConfig;
  /** Timeouts for receiving a request, and the connection cap. */
  httpLimits: HttpLimitsConfig;
  logLevel: LogLevel;
  /** Who may call the gateway (DESIGN.md, "Identity and access"). */
  auth: AuthConfig;
  /** Trusted documents (persisted-query safelisting). */
  trustedDocuments: TrustedDocumentsConfig;
  /** Per-principal budget of planned AWS calls. */
  rateLimit: RateLimitConfig;
  /** The Redis the replicas share (cache, quotas, rate limits); `undefined`: per process. */
  redis: RedisConfig | undefined;
  /** The cross-request entity cache. */
  cache: CacheConfig;
  /** Milliseconds a whole request may take, queueing and AWS retries included. */
  requestDeadlineMs: number;
  /** On SIGTERM: milliseconds `/readyz` answers 503 with the listener still open, before it closes. */
  shutdownDelayMs: number;
  /** Then: milliseconds in-flight requests may take to finish before their connections are closed. */
  shutdownGraceMs: number;
  /** `off`: AWS Proton (end of support 2026-10-07) is never called; its fields answer an error. */
  proton: 'on' | 'off';
  /** Prometheus metrics (METRICS_PORT) and OpenTelemetry traces (OTEL_*). */
  telemetry: TelemetryConfig;
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
const MIN_SECRET_BYTES = 32;
/** UPSTREAM_MAX_PLANNED_CALLS's default, per UPSTREAM_MAX_IN_FLIGHT slot. */
const PLANNED_CALLS_PER_SLOT = 4;
const PORT_RANGE = { min: 0, max: 65535 };

/**
 * Reads and validates the gateway's configuration from environment variables. Collects every
 * problem before failing, so one start reports all of them.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const read = new EnvReader(env);

  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const production = nodeEnv === 'production';

  if (production && read.optional('BACKEND') === undefined) {
    read.problem(
      'BACKEND must be set explicitly when NODE_ENV=production; accepted values: emulator, aws',
    );
  }
  const backend = read.oneOf('BACKEND', BACKENDS, 'emulator');

  const port = read.integer('PORT', PORT_RANGE, 4000);
  const host = read.optional('HOST');
  const emulatorPort = read.integer('EMULATOR_PORT', PORT_RANGE, DEFAULT_EMULATOR_PORT);

  // Same precedence as the SDK; a bad value is reported under the variable it came from.
  const regionVariable =
    read.optional('AWS_REGION') !== undefined ? 'AWS_REGION' : 'AWS_DEFAULT_REGION';
  let region = read.matching(
    regionVariable,
    REGION_PATTERN,
    'an AWS region name such as us-east-1',
  );
  // The emulator seeds its demo data into us-east-1.
  if (backend === 'emulator' && region === undefined) region = 'us-east-1';

  const maxInFlight = read.integer('UPSTREAM_MAX_IN_FLIGHT', { min: 1, max: 10_000 }, 50);
  const requestTimeoutMs = read.integer('UPSTREAM_TIMEOUT_MS', { min: 1, max: 600_000 }, 5_000);
  const connectTimeoutMs = read.integer(
    'UPSTREAM_CONNECT_TIMEOUT_MS',
    { min: 1, max: 600_000 },
    1_000,
  );
  const maxAttempts = read.integer('UPSTREAM_MAX_ATTEMPTS', { min: 1, max: 10 }, 3);
  // Four times the calls on the wire: enough planned work to keep every slot busy.
  const maxPlannedCalls = read.integer(
    'UPSTREAM_MAX_PLANNED_CALLS',
    { min: 1, max: 1_000_000 },
    PLANNED_CALLS_PER_SLOT * maxInFlight,
  );

  let cursorSecret: Buffer;
  let cursorSecretGenerated = false;
  // Not trimmed: every byte of the secret is part of the key.
  const secret = read.optional('CURSOR_SECRET', { trim: false });
  if (secret !== undefined) {
    cursorSecret = Buffer.from(secret, 'utf8');
    if (cursorSecret.length < MIN_SECRET_BYTES) {
      read.problem(
        `CURSOR_SECRET must be at least ${MIN_SECRET_BYTES} bytes (e.g. \`openssl rand -base64 48\`); got ${cursorSecret.length}`,
      );
    }
  } else {
    if (production) {
      read.problem(
        `CURSOR_SECRET is required when NODE_ENV=production: at least ${MIN_SECRET_BYTES} bytes, the same on every replica`,
      );
    }
    cursorSecret = randomBytes(MIN_SECRET_BYTES);
    cursorSecretGenerated = true;
  }

  const corsOrigins = parseOrigins(env.CORS_ORIGINS ?? '', read);
  const queryLimits: QueryLimitsConfig = {
    maxDepth: read.integer('QUERY_MAX_DEPTH', { min: 1, max: 100 }, 8),
    maxAliases: read.integer('QUERY_MAX_ALIASES', { min: 0, max: 1_000 }, 30),
    maxCost: read.integer('QUERY_MAX_COST', { min: 1, max: 1_000_000 }, 5_000),
    maxAwsCalls: read.integer('QUERY_MAX_AWS_CALLS', { min: 1, max: 100_000 }, 300),
    maxTokens: read.integer('QUERY_MAX_TOKENS', { min: 1, max: 1_000_000 }, 2_000),
  };
  const httpLimits = loadHttpLimits(read);
  const logLevel = read.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info');
  const requestDeadlineMs = read.integer('REQUEST_DEADLINE_MS', { min: 100, max: 600_000 }, 10_000);
  const auth = loadAuthConfig(read, { production, backend });
  const trusted = loadTrustedDocuments(env);
  for (const problem of trusted.problems) read.problem(problem);
  const callsPerMinute = read.integer(
    'RATE_LIMIT_AWS_CALLS_PER_MINUTE',
    { min: 1, max: 10_000_000 },
    600,
  );
  const rateLimit: RateLimitConfig = {
    callsPerMinute,
    burst: read.integer('RATE_LIMIT_BURST', { min: 1, max: 10_000_000 }, callsPerMinute),
  };

  const redis = loadRedisConfig(read);
  const cache = loadCacheConfig(read, redis !== undefined, requestDeadlineMs);
  const quotasTps = loadAwsQuotas(read);
  const outstandingAssignments = read.integer(
    'AWS_QUOTA_SSO_ADMIN_OUTSTANDING',
    { min: 1, max: 10_000 },
    15,
  );
  const proton = read.oneOf('PROTON', ['on', 'off'] as const, 'on');
  const telemetry = loadTelemetryConfig(read, { port, host });

  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return {
    nodeEnv,
    port,
    host,
    backend,
    emulatorPort,
    upstream: {
      region,
      maxInFlight,
      requestTimeoutMs,
      connectTimeoutMs,
      maxAttempts,
      quotasTps,
      outstandingAssignments,
      maxPlannedCalls,
    },
    cursorSecret,
    cursorSecretGenerated,
    corsOrigins,
    queryLimits,
    httpLimits,
    logLevel,
    auth,
    trustedDocuments: trusted.config ?? { mode: 'off', documents: new Map() },
    rateLimit,
    redis,
    cache,
    requestDeadlineMs,
    shutdownDelayMs: read.integer('SHUTDOWN_DELAY_MS', { min: 0, max: 600_000 }, 0),
    // By default the grace period covers a whole request deadline, plus time to write the answer.
    shutdownGraceMs: read.integer(
      'SHUTDOWN_GRACE_MS',
      { min: 0, max: 1_200_000 },
      requestDeadlineMs + 2_000,
    ),
    proton,
    telemetry,
  };
}

function parseOrigins(raw: string, read: EnvReader): string[] {
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
      read.problem(
        `CORS_ORIGINS must be a comma-separated list of origins such as https://app.example.com (scheme, host and optional port, no path or trailing slash); got "${entry}"`,
      );
    } else {
      origins.push(origin);
    }
  }
  return origins;
}
