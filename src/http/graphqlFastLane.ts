import type { IncomingMessage, ServerResponse } from 'node:http';

import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';

import { PENDING_AUTHENTICATION } from '../auth/http';
import type { Authenticator } from '../auth/authenticate';
import { ANONYMOUS, type Principal } from '../auth/principal';
import type { CorsPolicy } from './corsPolicy';
import type { TrustedDocumentsMode } from './trustedDocuments';

/**
 * The GraphQL endpoint's hot path, served on Node's own request and response objects.
 *
 * `server.ts` mounts `/graphql` on Express as a chain: CORS, authentication, the JSON body parser,
 * trusted documents, then Apollo. Routing a request through Express and that chain costs more CPU
 * than a small query's whole execution (Express's dispatch, the middleware chain,
 * body-parser's content negotiation and charset decoding, `res.send`). The fast lane takes the
 * request almost every client sends — `POST /graphql` with a JSON body of known length — and runs
 * the same steps with the same outcome directly; every other request, and every request at the
 * moment something goes wrong, is handed to Express untouched, so an error answer is always the
 * one the chain gives:
 *
 * - a request the lane does not take (another method, path, media type, charset, content
 *   encoding, no `Content-Length`, trusted documents on) goes to Express before anything happens;
 * - refused credentials go to Express with the authentication's outcome attached, so
 *   `authenticateRequests` answers and logs as usual without verifying twice;
 * - a body that is not what `express.json()` accepts goes to Express as the error body-parser
 *   raises, so `httpErrorHandler` answers and logs it;
 * - an exception goes to Express as the error it is (Express 5 does the same with a rejected
 *   middleware).
 *
 * A change to the Express chain for `/graphql` is a change to this lane too;
 * `test/http/graphqlFastLane.test.ts` sends each request both ways and compares the answers.
 */
export interface GraphQLFastLaneOptions<TContext extends object> {
  apollo: ApolloServer<TContext>;
  authenticator: Authenticator;
  /** The CORS policy whose middleware heads the chain. */
  cors: CorsPolicy;
  trustedDocuments: TrustedDocumentsMode;
  /** `express.json({ limit })` of the chain, in bytes. */
  bodyLimitBytes: number;
  /** The path the chain is mounted on (`/graphql`). */
  path: string;
  /** The request context, as the chain's `expressMiddleware` builds it. */
  context: (req: IncomingMessage, res: ServerResponse, principal: Principal) => Promise<TContext>;
  /** Called once per response the lane takes, as the app's first middleware is for Express's. */
  onResponse: (res: ServerResponse) => void;
  /** The Express app: requests the lane does not take and errors (see `handOver`). */
  express: (req: IncomingMessage, res: ServerResponse) => void;
}

/** An error the lane met, for Express's error handlers (see `handedOverError`). */
const HANDED_OVER_ERROR = Symbol('graphqlFastLane.error');
type WithHandedOverError = IncomingMessage & { [HANDED_OVER_ERROR]?: unknown };

/**
 * The error the fast lane handed a request over with, taken once; the app's first middleware
 * passes it to `next`, so Express's error handlers answer it as if the chain had raised it.
 */
export function handedOverError(req: IncomingMessage): unknown {
  if (!(HANDED_OVER_ERROR in req)) return undefined;
  const error = (req as WithHandedOverError)[HANDED_OVER_ERROR];
  delete (req as WithHandedOverError)[HANDED_OVER_ERROR];
  return error;
}

// `express.json()` accepts `application/json` in any letter case, with or without parameters; the
// lane takes it without parameters or with a UTF-8 charset, the two forms clients send.
const JSON_MEDIA_TYPE = /^application\/json(?: *; *charset *= *(?:utf-8|"utf-8") *)?$/i;
const DECIMAL = /^[0-9]{1,9}$/;
const BYTE_ORDER_MARK = 0xfeff;
/** Space, tab, line feed and carriage return: the blanks JSON allows around a value. */
const JSON_BLANKS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Returns the request listener: the lane for the requests it takes, `express` for the rest. */
export function graphqlFastLane<TContext extends object>(
  options: GraphQLFastLaneOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, authenticator, cors, express } = options;

  const takes = (req: IncomingMessage): boolean => {
    if (req.method !== 'POST' || req.url !== options.path) return false;
    if (options.trustedDocuments !== 'off') return false;
    const headers = req.headers;
    const type = headers['content-type'];
    if (type === undefined || !JSON_MEDIA_TYPE.test(type)) return false;
    const encoding = headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
    const length = headers['content-length'];
    if (length === undefined || headers['transfer-encoding'] !== undefined) return false;
    if (!DECIMAL.test(length)) return false;
    const bytes = Number(length);
    return bytes > 0 && bytes <= options.bodyLimitBytes;
  };

  const handOver = (req: IncomingMessage, res: ServerResponse, error: unknown): void => {
    if (res.headersSent) {
      // Express's final handler closes the connection in this case; so does the lane.
      res.destroy();
      return;
    }
    (req as WithHandedOverError)[HANDED_OVER_ERROR] = error;
    express(req, res);
  };

  const respond = async (req: IncomingMessage, res: ServerResponse, principal: Principal) => {
    const body = await readJsonBody(req);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => options.context(req, res, principal),
    });
    write(res, answer);
  };

  return (req, res) => {
    if (!takes(req)) {
      express(req, res);
      return;
    }
    options.onResponse(res);
    // The CORS middleware on an actual (non-preflight) request.
    cors.actualRequest(req, res);

    if (!authenticator.enforced) {
      respond(req, res, ANONYMOUS).catch((error: unknown) => handOver(req, res, error));
      return;
    }
    const authentication = authenticator.authenticate({
      authorization: joined(req.headers.authorization),
      apiKey: joined(req.headers['x-api-key']),
    });
    authentication.then(
      (principal) => {
        respond(req, res, principal).catch((error: unknown) => handOver(req, res, error));
      },
      () => {
        // `authenticateRequests` answers refused credentials (and logs them): it takes this
        // outcome instead of verifying again.
        (req as IncomingMessage & { [PENDING_AUTHENTICATION]?: Promise<Principal> })[
          PENDING_AUTHENTICATION
        ] = authentication;
        express(req, res);
      },
    );
  };
}

function joined(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The body as `express.json()` parses it (strict: an object or an array; a leading byte-order mark
 * dropped), or the error body-parser raises for it: `entity.parse.failed` (400), `request.aborted`
 * (400) or `request.size.invalid` (400).
 */
function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const expected = Number(req.headers['content-length']);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onAborted);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      if (received !== expected) {
        reject(
          clientError(400, 'request size did not match content length', 'request.size.invalid'),
        );
        return;
      }
      let text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received)).toString(
        'utf8',
      );
      if (text.charCodeAt(0) === BYTE_ORDER_MARK) text = text.slice(1);
      try {
        resolve(parseStrictJson(text));
      } catch (error) {
        reject(
          Object.assign(clientError(400, (error as Error).message, 'entity.parse.failed'), {
            body: text,
          }),
        );
      }
    };
    const onAborted = () => {
      cleanup();
      reject(clientError(400, 'request aborted', 'request.aborted'));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('aborted', onAborted);
    req.on('error', onError);
  });
}

/** body-parser's `json` parser with `strict: true`: an object or an array, after JSON's blanks. */
function parseStrictJson(text: string): unknown {
  if (text.length === 0) return {};
  let at = 0;
  while (at < text.length && JSON_BLANKS.has(text.charCodeAt(at))) at++;
  const first = text.charAt(at);
  if (first !== '{' && first !== '[') {
    throw new SyntaxError(`Unexpected token ${first} in JSON at position ${at}`);
  }
  return JSON.parse(text) as unknown;
}

/** An error shaped as body-parser's (http-errors'): what `httpErrorHandler` reads of it. */
function clientError(status: number, message: string, type: string): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true, type });
}

/**
 * Writes Apollo's answer as `expressMiddleware` does through Express's `res.send`: Apollo's headers
 * and status, then `Content-Length` for a complete body (no `ETag`, as Express is configured).
 */
function write(res: ServerResponse, answer: HTTPGraphQLResponse): void {
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    const body = answer.body.string;
    const length = Buffer.byteLength(body, 'utf8');
    res.setHeader('Content-Length', length);
    // A string, not a Buffer: Node sends it with the headers in one write.
    res.end(body, 'utf8');
    return;
  }
  const chunks = answer.body.asyncIterator;
  void (async () => {
    for await (const chunk of chunks) res.write(chunk);
    res.end();
  })().catch(() => res.destroy());
}
