import { parseArgs } from 'node:util';
import { DEFAULT_EMULATOR_PORT, EnvReader, type Env } from '../../shared/env';
import {
  DEFAULT_AUDIENCE,
  DEFAULT_EXPIRES_IN,
  DEFAULT_SUBJECT,
  DEV_SCOPES,
  MAX_EXPIRES_IN,
} from './parseTokenRequest';

export const TOKEN_USAGE = `Usage: npm run --silent token -- [options]

Prints an access token from the running emulator's development OIDC issuer
(POST <endpoint>/__emulator/oidc/token). For local development only.

Options:
  --scope "<scopes>"    space-separated scopes (default: all of ${DEV_SCOPES.join(', ')})
  --sub <subject>       the token's subject (default: ${DEFAULT_SUBJECT})
  --aud <audience>      the audience; repeat for several (default: ${DEFAULT_AUDIENCE})
  --expires-in <s>      lifetime in seconds, negative for an expired token (default: ${DEFAULT_EXPIRES_IN})
  --claim key=value     an extra claim; the value is read as JSON when it parses, else as a string,
                        e.g. --claim 'connector_destination_ids=["xi911mqb7r5snv963i8p7o96"]'
                        (repeatable; claims override the standard ones, iss and exp included)
  --endpoint <url>      the emulator (default: http://127.0.0.1:$EMULATOR_PORT, port ${DEFAULT_EMULATOR_PORT})
  --help                this text

Example:
  TOKEN=$(npm run --silent token -- --scope "associations:read")
  curl -H "authorization: Bearer $TOKEN" ...
`;

/** Arguments that cannot be used; the message names the option and what it accepts. */
export class TokenArgsError extends Error {}

export type TokenCommand =
  | { readonly kind: 'help' }
  | {
      readonly kind: 'mint';
      /** The emulator's base URL, without a trailing slash. */
      readonly endpoint: string;
      /** The body for `POST /__emulator/oidc/token`: only what was given, the issuer defaults the rest. */
      readonly body: Record<string, unknown>;
    };

function claimValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Plain words (`tenant=acme`) are far more common than JSON strings; no quoting needed.
    return text;
  }
}

function endpointFrom(given: string | undefined, env: Env): string {
  if (given === undefined) {
    const read = new EnvReader(env);
    // Port 0 means "any free port" to the emulator, so it cannot tell the client where to go.
    const port = read.integer('EMULATOR_PORT', { min: 1, max: 65535 }, DEFAULT_EMULATOR_PORT);
    if (read.problems.length > 0) {
      throw new TokenArgsError(`${read.problems[0]} (or pass --endpoint)`);
    }
    return `http://127.0.0.1:${port}`;
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new TokenArgsError(
      `--endpoint must be a URL such as http://127.0.0.1:${DEFAULT_EMULATOR_PORT}, got ${JSON.stringify(given)}`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TokenArgsError(
      `--endpoint must be an http or https URL, got ${JSON.stringify(given)}`,
    );
  }
  return given.replace(/\/+$/, '');
}

/**
 * `--expires-in -60` as `--expires-in=-60`: parseArgs refuses a value that looks like an option,
 * but a negative lifetime is what an expired-token test asks for.
 */
function joinNegativeLifetime(argv: readonly string[]): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--expires-in' && /^-\d+$/.test(argv[i + 1] ?? '')) {
      args.push(`--expires-in=${argv[i + 1]}`);
      i++;
    } else {
      args.push(argv[i]);
    }
  }
  return args;
}

/** Reads the token command's arguments (after `--`) and the environment for EMULATOR_PORT. */
export function parseTokenArgs(argv: readonly string[], env: Env): TokenCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: joinNegativeLifetime(argv),
      strict: true,
      allowPositionals: false,
      options: {
        scope: { type: 'string' },
        sub: { type: 'string' },
        aud: { type: 'string', multiple: true },
        'expires-in': { type: 'string' },
        claim: { type: 'string', multiple: true },
        endpoint: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // parseArgs explains over several lines; the first one names the problem.
    const message = error instanceof Error ? error.message : String(error);
    throw new TokenArgsError(message.split('\n')[0]);
  }
  if (values.help) return { kind: 'help' };

  const body: Record<string, unknown> = {};
  if (values.scope !== undefined) body.scope = values.scope;
  if (values.sub !== undefined) body.sub = values.sub;
  if (values.aud !== undefined) body.aud = values.aud.length === 1 ? values.aud[0] : values.aud;
  const expiresIn = values['expires-in'];
  if (expiresIn !== undefined) {
    const seconds = Number(expiresIn);
    if (!/^-?\d+$/.test(expiresIn) || Math.abs(seconds) > MAX_EXPIRES_IN) {
      throw new TokenArgsError(
        `--expires-in must be a whole number of seconds from -${MAX_EXPIRES_IN} to ${MAX_EXPIRES_IN}, got ${JSON.stringify(expiresIn)}`,
      );
    }
    body.expiresIn = seconds;
  }
  if (values.claim !== undefined) {
    const claims: Record<string, unknown> = {};
    for (const claim of values.claim) {
      const equals = claim.indexOf('=');
      if (equals <= 0) {
        throw new TokenArgsError(`--claim must be key=value, got ${JSON.stringify(claim)}`);
      }
      claims[claim.slice(0, equals)] = claimValue(claim.slice(equals + 1));
    }
    body.claims = claims;
  }
  return { kind: 'mint', endpoint: endpointFrom(values.endpoint, env), body };
}
