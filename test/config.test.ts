import { ConfigError, loadConfig } from '../src/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  throw new Error('expected loadConfig to fail');
}

describe('loadConfig', () => {
  test('defaults: emulator backend on port 4000, emulator on 4610, us-east-1, cap 50', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      backend: 'emulator',
      emulatorPort: 4610,
      upstream: {
        region: 'us-east-1',
        maxInFlight: 50,
        requestTimeoutMs: 5000,
        connectTimeoutMs: 1000,
        maxAttempts: 3,
        maxPlannedCalls: 200,
      },
      // Nothing beyond the development defaults (loopback origins and Studio: test/http/cors.test.ts).
      corsOrigins: [],
      queryLimits: { maxDepth: 8, maxAliases: 30, maxCost: 5000, maxTokens: 2000 },
      logLevel: 'info',
      cursorSecretGenerated: true,
    });
    expect(config.cursorSecret.length).toBeGreaterThanOrEqual(32);
  });

  test('the planned-calls budget follows the in-flight cap unless set', () => {
    expect(loadConfig({ UPSTREAM_MAX_IN_FLIGHT: '8' }).upstream.maxPlannedCalls).toBe(32);
  });

  test('reads every variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      HOST: '0.0.0.0',
      BACKEND: 'aws',
      AWS_REGION: 'eu-west-1',
      CURSOR_SECRET: 's'.repeat(40),
      UPSTREAM_MAX_IN_FLIGHT: '20',
      UPSTREAM_TIMEOUT_MS: '2500',
      UPSTREAM_CONNECT_TIMEOUT_MS: '500',
      UPSTREAM_MAX_ATTEMPTS: '4',
      UPSTREAM_MAX_PLANNED_CALLS: '300',
      CORS_ORIGINS: 'https://a.example.com, http://localhost:3000',
      QUERY_MAX_DEPTH: '10',
      QUERY_MAX_ALIASES: '5',
      QUERY_MAX_COST: '900',
      QUERY_MAX_TOKENS: '400',
      LOG_LEVEL: 'warn',
      AUTH_JWT_ISSUER: 'https://id.example.com/tenant',
      AUTH_JWT_AUDIENCE: 'account-graph',
      AUTH_JWKS_COOLDOWN_MS: '5000',
      RATE_LIMIT_AWS_CALLS_PER_MINUTE: '120',
      RATE_LIMIT_BURST: '200',
    });
    expect(config).toMatchObject({
      nodeEnv: 'production',
      port: 8080,
      host: '0.0.0.0',
      backend: 'aws',
      upstream: {
        region: 'eu-west-1',
        maxInFlight: 20,
        requestTimeoutMs: 2500,
        connectTimeoutMs: 500,
        maxAttempts: 4,
        maxPlannedCalls: 300,
      },
      corsOrigins: ['https://a.example.com', 'http://localhost:3000'],
      queryLimits: { maxDepth: 10, maxAliases: 5, maxCost: 900, maxTokens: 400 },
      logLevel: 'warn',
      cursorSecretGenerated: false,
      auth: {
        mode: 'required',
        jwt: {
          issuer: 'https://id.example.com/tenant',
          audience: 'account-graph',
          jwksCooldownMs: 5000,
        },
      },
      trustedDocuments: { mode: 'off' },
      rateLimit: { callsPerMinute: 120, burst: 200 },
    });
    expect(config.cursorSecret.toString()).toBe('s'.repeat(40));
  });

  test('aws mode without AWS_REGION leaves the region to the SDK chain', () => {
    expect(loadConfig({ BACKEND: 'aws' }).upstream.region).toBeUndefined();
    expect(
      loadConfig({ BACKEND: 'aws', AWS_DEFAULT_REGION: 'ap-southeast-2' }).upstream.region,
    ).toBe('ap-southeast-2');
  });

  test('a bad region is reported under the variable it was read from', () => {
    expect(problemsOf({ AWS_DEFAULT_REGION: 'Europe' })).toEqual([
      'AWS_DEFAULT_REGION must be an AWS region name such as us-east-1; got "Europe"',
    ]);
    // AWS_REGION wins over AWS_DEFAULT_REGION, as in the SDK.
    expect(
      loadConfig({ AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'Europe' }).upstream.region,
    ).toBe('eu-west-1');
  });

  test('production requires BACKEND and CURSOR_SECRET explicitly, and defaults CORS to none', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'BACKEND must be set explicitly when NODE_ENV=production; accepted values: emulator, aws',
      expect.stringContaining('CURSOR_SECRET is required when NODE_ENV=production'),
      expect.stringContaining('NODE_ENV=production needs authentication'),
    ]);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        BACKEND: 'aws',
        CURSOR_SECRET: 'x'.repeat(32),
        AUTH_MODE: 'none',
      }).corsOrigins,
    ).toEqual([]);
  });

  test.each([
    ['NODE_ENV', 'staging', 'NODE_ENV must be one of development, production, test; got "staging"'],
    ['BACKEND', 'localstack', 'BACKEND must be one of emulator, aws; got "localstack"'],
    ['PORT', '70000', 'PORT must be an integer from 0 to 65535; got "70000"'],
    ['PORT', 'abc', 'PORT must be an integer from 0 to 65535; got "abc"'],
    ['EMULATOR_PORT', '-1', 'EMULATOR_PORT must be an integer from 0 to 65535; got "-1"'],
    [
      'AWS_REGION',
      'Europe',
      'AWS_REGION must be an AWS region name such as us-east-1; got "Europe"',
    ],
    [
      'UPSTREAM_MAX_IN_FLIGHT',
      '0',
      'UPSTREAM_MAX_IN_FLIGHT must be an integer from 1 to 10000; got "0"',
    ],
    [
      'UPSTREAM_MAX_PLANNED_CALLS',
      '0',
      'UPSTREAM_MAX_PLANNED_CALLS must be an integer from 1 to 1000000; got "0"',
    ],
    [
      'UPSTREAM_TIMEOUT_MS',
      '1.5',
      'UPSTREAM_TIMEOUT_MS must be an integer from 1 to 600000; got "1.5"',
    ],
    [
      'UPSTREAM_MAX_ATTEMPTS',
      '11',
      'UPSTREAM_MAX_ATTEMPTS must be an integer from 1 to 10; got "11"',
    ],
    ['QUERY_MAX_DEPTH', '0', 'QUERY_MAX_DEPTH must be an integer from 1 to 100; got "0"'],
    [
      'QUERY_MAX_ALIASES',
      'many',
      'QUERY_MAX_ALIASES must be an integer from 0 to 1000; got "many"',
    ],
    [
      'LOG_LEVEL',
      'verbose',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "verbose"',
    ],
    [
      'CURSOR_SECRET',
      'short',
      'CURSOR_SECRET must be at least 32 bytes (e.g. `openssl rand -base64 48`); got 5',
    ],
  ])(
    '%s=%s is refused with a message naming it and the accepted values',
    (name, value, message) => {
      expect(problemsOf({ [name]: value })).toEqual([message]);
    },
  );

  test('CORS_ORIGINS entries must be bare origins', () => {
    expect(
      problemsOf({ CORS_ORIGINS: 'https://ok.example.com,https://bad.example.com/path,*' }),
    ).toEqual([
      expect.stringContaining('got "https://bad.example.com/path"'),
      expect.stringContaining('got "*"'),
    ]);
  });

  test('reports every problem at once', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'x', BACKEND: 'y' });
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('expected failure');
    })();
    expect(error.problems).toHaveLength(2);
    expect(error.message).toBe(
      'Invalid configuration:\n  - BACKEND must be one of emulator, aws; got "y"\n  - PORT must be an integer from 0 to 65535; got "x"',
    );
  });
});

describe('shared cache, Redis and AWS quotas', () => {
  test('defaults: memory cache with the TTL table, no Redis, AWS quotas 20/100/100', () => {
    const config = loadConfig({});
    expect(config.redis).toBeUndefined();
    expect(config.cache).toMatchObject({
      mode: 'memory',
      maxEntries: 10_000,
      ttlMs: {
        AssignmentStatusTerminal: 86_400_000,
        AssignmentStatusInProgress: 1_000,
        ConnectorDestination: 60_000,
        PermissionSet: 300_000,
        SsoInstance: 300_000,
        AccountAssociation: 5_000,
        EnvironmentAccountConnection: 15_000,
      },
    });
    expect(config.upstream.quotasTps).toEqual({
      SSOAdmin: 20,
      IoTManagedIntegrations: 100,
      Proton: 100,
    });
  });

  test('REDIS_URL makes Redis the default cache; TTLs and quotas are configurable', () => {
    const config = loadConfig({
      REDIS_URL: 'redis://cache.internal:6379/2',
      REDIS_TIMEOUT_MS: '50',
      CACHE_TTL_ACCOUNT_ASSOCIATION_MS: '0',
      CACHE_TTL_ASSIGNMENT_STATUS_TERMINAL_MS: '3600000',
      AWS_QUOTA_SSO_ADMIN_TPS: '40',
    });
    expect(config.redis).toEqual({
      url: 'redis://cache.internal:6379/2',
      commandTimeoutMs: 50,
      keyPrefix: 'accountgraph:',
    });
    expect(config.cache.mode).toBe('redis');
    expect(config.cache.ttlMs.AccountAssociation).toBe(0);
    expect(config.cache.ttlMs.AssignmentStatusTerminal).toBe(3_600_000);
    expect(config.upstream.quotasTps.SSOAdmin).toBe(40);
    expect(loadConfig({ REDIS_URL: 'redis://r:6379', CACHE: 'off' }).cache.mode).toBe('off');
  });

  test('CACHE=redis needs REDIS_URL, and a bad REDIS_URL is refused without echoing it', () => {
    expect(problemsOf({ CACHE: 'redis' })).toEqual([
      'CACHE=redis needs REDIS_URL (the Redis the replicas share)',
    ]);
    const problems = problemsOf({ REDIS_URL: 'http://user:s3cret@host:6379' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('REDIS_URL must be a URL such as redis://');
    expect(problems[0]).not.toContain('s3cret');
    expect(problemsOf({ CACHE: 'disk', AWS_QUOTA_PROTON_TPS: '0' })).toEqual([
      'CACHE must be one of off, memory, redis; got "disk"',
      'AWS_QUOTA_PROTON_TPS must be an integer from 1 to 1000000; got "0"',
    ]);
  });
});
