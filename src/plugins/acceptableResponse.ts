import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/** The media types a GraphQL answer from this gateway can take. */
const RESPONSE_TYPES = ['application/graphql-response+json', 'application/json'] as const;

/**
 * Refuses, before execution, a request whose `Accept` header admits no JSON answer. Apollo checks
 * `Accept` only once the operation has run, so such a request would make its AWS calls — and a
 * mutation would take effect — and then be answered 406, which a client takes for a failure and
 * retries. Refused here, the same 406 comes with nothing done.
 */
export function acceptableResponsePlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request }) {
          const accept = request.http?.headers.get('accept');
          // Apollo answers JSON to a request without an Accept header, or with an empty one.
          if (!accept || acceptsAny(accept, RESPONSE_TYPES)) return Promise.resolve();
          return Promise.reject(
            new GraphQLError(
              `The Accept header admits neither ${RESPONSE_TYPES.join(' nor ')}; nothing was executed`,
              { extensions: { code: ApolloServerErrorCode.BAD_REQUEST, http: { status: 406 } } },
            ),
          );
        },
      });
    },
  };
}

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

/**
 * Whether an `Accept` header (RFC 9110, section 12.5.1) admits one of `types`: each type takes
 * the quality of the most specific range matching it (`type/subtype`, then `type/*`, then `*\/*`),
 * and is acceptable when that quality is above 0. A type no range matches is not acceptable.
 */
export function acceptsAny(header: string, types: readonly string[]): boolean {
  const ranges = header
    .split(',')
    .map(parseRange)
    .filter((range): range is MediaRange => range !== undefined);
  return types.some((mediaType) => {
    const [type, subtype] = mediaType.split('/');
    let best: { specificity: number; q: number } | undefined;
    for (const range of ranges) {
      let specificity: number;
      if (range.type === type && range.subtype === subtype) specificity = 2;
      else if (range.type === type && range.subtype === '*') specificity = 1;
      else if (range.type === '*' && range.subtype === '*') specificity = 0;
      else continue;
      if (best === undefined || specificity > best.specificity) best = { specificity, q: range.q };
    }
    return best !== undefined && best.q > 0;
  });
}

function parseRange(text: string): MediaRange | undefined {
  const [essence, ...parameters] = text.split(';').map((part) => part.trim());
  const match = /^([!#$%&'*+.^_`|~0-9a-z-]+)\/([!#$%&'*+.^_`|~0-9a-z-]+)$/i.exec(essence ?? '');
  if (match === null) return undefined;
  let q = 1;
  for (const parameter of parameters) {
    const [name, value] = parameter.split('=').map((part) => part.trim());
    if (name?.toLowerCase() === 'q') {
      const parsed = Number(value);
      q = Number.isFinite(parsed) ? parsed : 0;
    }
  }
  return { type: match[1].toLowerCase(), subtype: match[2].toLowerCase(), q };
}
