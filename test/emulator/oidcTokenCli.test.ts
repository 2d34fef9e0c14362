import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { parseTokenArgs } from '../../src/emulator/oidc/tokenArgs';

const root = join(__dirname, '..', '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run token -- <args>` without npm's banner: tsx on the CLI file, as the script does. */
function runToken(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/emulator/tokenCli.ts', ...args],
    { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** A port nothing listens on: bound, then released. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('parseTokenArgs', () => {
  it('sends only what was given and defaults the endpoint to EMULATOR_PORT on loopback', () => {
    expect(parseTokenArgs([], { EMULATOR_PORT: '4599' })).toEqual({
      kind: 'mint',
      endpoint: 'http://127.0.0.1:4599',
      body: {},
    });
    expect(parseTokenArgs([], {})).toMatchObject({ endpoint: 'http://127.0.0.1:4610' });
  });

  it('reads every option, JSON claim values and a negative lifetime', () => {
    expect(
      parseTokenArgs(
        [
          '--scope',
          'associations:read connections:read',
          '--sub',
          'alice',
          '--aud',
          'a',
          '--aud',
          'b',
          '--expires-in',
          '-60',
          '--claim',
          'connector_destination_ids=["x","y"]',
          '--claim',
          'tenant=acme',
          '--claim',
          'level=3',
          '--endpoint',
          'http://localhost:5000/',
        ],
        {},
      ),
    ).toEqual({
      kind: 'mint',
      endpoint: 'http://localhost:5000',
      body: {
        scope: 'associations:read connections:read',
        sub: 'alice',
        aud: ['a', 'b'],
        expiresIn: -60,
        claims: { connector_destination_ids: ['x', 'y'], tenant: 'acme', level: 3 },
      },
    });
  });

  it.each([
    [['--expires-in', 'soon'], '--expires-in must be a whole number of seconds'],
    [['--claim', 'tenant'], '--claim must be key=value, got "tenant"'],
    [['--endpoint', 'localhost:4610'], '--endpoint must be an http or https URL'],
    [['--scopes', 'x'], "Unknown option '--scopes'"],
  ])('refuses %j', (args, message) => {
    expect(() => parseTokenArgs(args, {})).toThrow(message);
  });

  it('names EMULATOR_PORT when it cannot say where the emulator is', () => {
    expect(() => parseTokenArgs([], { EMULATOR_PORT: '0' })).toThrow(
      'EMULATOR_PORT must be an integer from 1 to 65535; got "0" (or pass --endpoint)',
    );
  });
});

describe('npm run token (src/emulator/tokenCli.ts)', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, seed: false });
  });
  afterAll(() => emulator.stop());

  const verify = (token: string) =>
    jwtVerify(token, createRemoteJWKSet(new URL(`${emulator.oidcIssuer}/jwks`)), {
      issuer: emulator.oidcIssuer,
      audience: 'account-graph',
    });

  it('prints only a token that verifies, with the requested scope, subject and claims', async () => {
    const run = await runToken(
      [
        '--scope',
        'associations:read',
        '--sub',
        'alice',
        '--expires-in',
        '120',
        '--claim',
        'connector_destination_ids=["xi911mqb7r5snv963i8p7o96"]',
      ],
      { EMULATOR_PORT: String(emulator.port) },
    );
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const { payload } = await verify(run.stdout.trim());
    expect(payload).toMatchObject({
      sub: 'alice',
      scope: 'associations:read',
      connector_destination_ids: ['xi911mqb7r5snv963i8p7o96'],
    });
    expect(payload.exp! - payload.iat!).toBe(120);
  }, 20_000);

  it('prints an expired token for a negative --expires-in', async () => {
    const run = await runToken(['--expires-in', '-60', '--endpoint', emulator.endpoint]);
    expect(run.code).toBe(0);
    await expect(verify(run.stdout.trim())).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
  }, 20_000);

  it('prints the issuer refusal in one line and exits 1', async () => {
    const run = await runToken(['--sub', '', '--endpoint', emulator.endpoint]);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'token: the issuer refused the request: sub must be a non-empty string of at most 255 characters, got ""\n',
    });
  }, 20_000);

  it('--help prints the usage and exits 0', async () => {
    const run = await runToken(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Usage: npm run --silent token -- [options]');
    expect(run.stdout).toContain('--expires-in <s>');
  }, 20_000);

  it('exits 2 naming a bad option', async () => {
    const run = await runToken(['--expires-in', 'soon']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'token: --expires-in must be a whole number of seconds from -31536000 to 31536000, got "soon" (see --help)\n',
    });
  }, 20_000);

  it('exits 1 with one line when no emulator listens at the endpoint', async () => {
    const port = await deadPort();
    const run = await runToken([], { EMULATOR_PORT: String(port) });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `token: no emulator at http://127.0.0.1:${port}: start it with npm start or npm run emulator\n`,
    });
  }, 20_000);
});
