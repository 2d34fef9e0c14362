import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { emulatorOptionsFromEnv } from '../../src/emulator/envOptions';

describe('emulatorOptionsFromEnv', () => {
  it('defaults to port 4610 and leaves other options to startEmulator', () => {
    expect(emulatorOptionsFromEnv({})).toEqual({ port: 4610 });
  });

  it('reads every variable', () => {
    expect(
      emulatorOptionsFromEnv({
        EMULATOR_PORT: '0',
        EMULATOR_HOST: '0.0.0.0',
        EMULATOR_ACCOUNT_ID: '210987654321',
        EMULATOR_REGION: 'eu-central-1',
        EMULATOR_SEED: 'false',
        EMULATOR_ASSOCIATION_DELAY_MS: '50',
        EMULATOR_ASSIGNMENT_DELAY_MS: '75',
        EMULATOR_QUOTAS: 'off',
      }),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      accountId: '210987654321',
      defaultRegion: 'eu-central-1',
      seed: false,
      associationDelayMs: 50,
      assignmentDelayMs: 75,
      quotas: 'off',
    });
  });

  it.each([
    ['EMULATOR_PORT', '70000', 'EMULATOR_PORT must be an integer from 0 to 65535; got "70000"'],
    ['EMULATOR_PORT', '45a', 'EMULATOR_PORT must be an integer from 0 to 65535; got "45a"'],
    [
      'EMULATOR_ACCOUNT_ID',
      '1234',
      'EMULATOR_ACCOUNT_ID must be a 12-digit AWS account id; got "1234"',
    ],
    [
      'EMULATOR_REGION',
      'mars',
      'EMULATOR_REGION must be an AWS region name such as us-east-1; got "mars"',
    ],
    ['EMULATOR_SEED', 'yes', 'EMULATOR_SEED must be true or false; got "yes"'],
    [
      'EMULATOR_ASSIGNMENT_DELAY_MS',
      '-5',
      'EMULATOR_ASSIGNMENT_DELAY_MS must be an integer from 0 to 3600000; got "-5"',
    ],
    ['EMULATOR_QUOTAS', 'none', 'EMULATOR_QUOTAS must be one of aws, off; got "none"'],
  ])('rejects %s=%s naming the variable', (name, value, message) => {
    expect(() => emulatorOptionsFromEnv({ [name]: value })).toThrow(message);
  });

  it('reports every bad variable at once, one per line', () => {
    expect(() =>
      emulatorOptionsFromEnv({ EMULATOR_PORT: 'http', EMULATOR_SEED: 'yes', EMULATOR_HOST: 'a b' }),
    ).toThrow(
      [
        'EMULATOR_PORT must be an integer from 0 to 65535; got "http"',
        'EMULATOR_HOST must be a host name or IP address (e.g. 127.0.0.1); got "a b"',
        'EMULATOR_SEED must be true or false; got "yes"',
      ].join('\n'),
    );
  });
});

describe('npm run emulator (src/emulator/cli.ts)', () => {
  it('logs its endpoint, serves requests and stops cleanly on SIGTERM', async () => {
    const root = join(__dirname, '..', '..');
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/emulator/cli.ts'],
      {
        cwd: root,
        env: { ...process.env, EMULATOR_PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const endpoint = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) =>
        reject(new Error(`emulator exited early with ${code}: ${output}`)),
      );
    });
    const response = await fetch(`${endpoint}/__emulator/calls`);
    expect(response.status).toBe(200);
    const exitCode = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exitCode).toBe(0);
    expect(output).toContain(
      'request quotas per account and region, EMULATOR_QUOTAS=off lifts them: SSOAdmin 20/s, IoTManagedIntegrations 100/s, Proton 100/s',
    );
    expect(output).toContain('SIGTERM received, stopping');
  }, 20_000);

  it('exits with status 2 and names the variable when the environment is invalid', async () => {
    const root = join(__dirname, '..', '..');
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/emulator/cli.ts'],
      {
        cwd: root,
        env: { ...process.env, EMULATOR_PORT: 'http' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('EMULATOR_PORT must be an integer from 0 to 65535; got "http"');
  }, 20_000);

  describe('with EMULATOR_PORT already taken', () => {
    let holder: Server;
    let busyPort: number;
    beforeAll(async () => {
      holder = createServer();
      await new Promise<void>((resolve) => holder.listen(0, resolve));
      busyPort = (holder.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

    it('exits 1 with one line naming EMULATOR_PORT and no stack trace', async () => {
      const root = join(__dirname, '..', '..');
      const child = spawn(
        process.execPath,
        [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/emulator/cli.ts'],
        {
          cwd: root,
          env: { PATH: process.env.PATH, EMULATOR_PORT: String(busyPort) },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect({ code, stderr }).toEqual({
        code: 1,
        stderr: `emulator: port ${busyPort} is already in use; set EMULATOR_PORT to a free port (or 0 for any free port)\n`,
      });
    }, 20_000);
  });
});
