/**
 * `npm run token`: prints one access token from the running emulator's development OIDC issuer, for
 * Apollo Sandbox's Authorization header or a curl call. Usage in oidc/tokenArgs.ts (`--help`).
 */
import { OIDC_PATH } from './oidc/DevIssuer';
import { parseTokenArgs, TOKEN_USAGE, TokenArgsError } from './oidc/tokenArgs';

/** The issuer answers in well under a second once its key exists; anything slower is not the emulator. */
const TIMEOUT_MS = 10_000;

/** Failures the user fixes by starting the emulator or changing an argument: one line, no stack. */
function fail(message: string, exitCode: number): never {
  process.stderr.write(`token: ${message}\n`);
  process.exit(exitCode);
}

/**
 * What went wrong beneath fetch's generic "fetch failed": the socket errors (one per address tried,
 * as for `localhost`) or fetch's own reason, such as a port it refuses to use.
 */
function causes(error: unknown): Error[] {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof AggregateError) {
    return cause.errors.filter((e: unknown): e is Error => e instanceof Error);
  }
  return cause instanceof Error ? [cause] : [];
}

function unreachable(error: unknown, endpoint: string): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `${endpoint} did not answer within ${TIMEOUT_MS / 1000} s; is it the emulator?`;
  }
  const reasons = causes(error).map(
    (cause) => (cause as NodeJS.ErrnoException).code ?? cause.message,
  );
  if (reasons.length > 0 && reasons.every((reason) => reason === 'ECONNREFUSED')) {
    return `no emulator at ${endpoint}: start it with npm start or npm run emulator`;
  }
  const reason = reasons[0] ?? (error instanceof Error ? error.message : String(error));
  return `cannot reach ${endpoint} (${reason})`;
}

async function main(): Promise<void> {
  let command;
  try {
    command = parseTokenArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof TokenArgsError) fail(`${error.message} (see --help)`, 2);
    throw error;
  }
  if (command.kind === 'help') {
    process.stdout.write(TOKEN_USAGE);
    return;
  }

  const url = `${command.endpoint}${OIDC_PATH}/token`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(command.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    fail(unreachable(error, command.endpoint), 1);
  }
  const text = await response.text();
  let body: { access_token?: unknown; message?: unknown } | undefined;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = undefined;
  }
  if (response.status === 400 && typeof body?.message === 'string') {
    fail(`the issuer refused the request: ${body.message}`, 1);
  }
  if (!response.ok || typeof body?.access_token !== 'string') {
    fail(
      `${url} answered HTTP ${response.status} without a token; is ${command.endpoint} the emulator?`,
      1,
    );
  }
  // The token alone on stdout, so `TOKEN=$(npm run --silent token -- …)` captures exactly it.
  process.stdout.write(`${body.access_token}\n`);
}

main().catch((error: unknown) => {
  console.error('token: unexpected failure', error);
  process.exit(1);
});
