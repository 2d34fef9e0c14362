import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { Request, RequestHandler, Response } from 'express';

import { EnvReader } from '../shared/env';

/**
 * Trusted documents (persisted-query safelisting) as an Express middleware in front of Apollo
 * Server. The manifest is the JSON object graphql-codegen's client preset writes with
 * `persistedDocuments: true` (`persisted-documents.json`): document id → document text.
 *
 * - `off`: every request passes untouched; Apollo's automatic persisted queries work as usual.
 * - `allow`: a request naming a listed document (`extensions.persistedQuery.sha256Hash` or
 *   `documentId`) gets its `query` filled in from the manifest; anything else passes to Apollo,
 *   so full-text queries and APQ registration keep working. Only requests that could never run
 *   are answered here: a malformed APQ extension, a query that contradicts its hash or id, an
 *   unknown `documentId` alone.
 * - `require`: only listed documents reach Apollo, always with their text from the manifest; any
 *   other document is answered `PERSISTED_QUERY_NOT_IN_LIST` here and never executes.
 */
export type TrustedDocumentsMode = 'off' | 'allow' | 'require';

export interface TrustedDocumentsConfig {
  mode: TrustedDocumentsMode;
  /** sha256 of the document (64 lowercase hex digits, no `sha256:` prefix) → document text. */
  documents: ReadonlyMap<string, string>;
}

/** The error code of a refused document, the one Apollo Router and GraphOS use for their safelists. */
export const PERSISTED_QUERY_NOT_IN_LIST = 'PERSISTED_QUERY_NOT_IN_LIST';

/** Manifests beyond these are more likely a wrong file than an app's operations. */
export const TRUSTED_DOCUMENTS_MAX_BYTES = 10 * 1024 * 1024;
export const TRUSTED_DOCUMENTS_MAX_COUNT = 10_000;

const MODES: readonly TrustedDocumentsMode[] = ['off', 'allow', 'require'];
// Longer than any real id (a prefixed sha256 is 71 characters, Hive's app~version~hash ids a few
// dozen more); a longer one is not an id, and it is not worth hashing or echoing.
const MAX_DOCUMENT_ID_LENGTH = 256;
// A manifest with thousands of bad entries would otherwise bury the other variables' problems.
const MAX_ENTRY_PROBLEMS = 5;
const SHA256_HEX = /^[0-9a-f]{64}$/;
// codegen's client preset (v6 here) writes `sha256:<hex>` keys and ids, other tools bare hex;
// clients send either.
const SHA256_ID = /^(?:sha256:)?([0-9a-f]{64})$/;
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * Reads `TRUSTED_DOCUMENTS` and `TRUSTED_DOCUMENTS_FILE` and loads the manifest. Returns the
 * configuration when `problems` is empty; otherwise `problems` holds one sentence per mistake,
 * each naming its variable, for the caller's ConfigError list.
 */
export function loadTrustedDocuments(env: NodeJS.ProcessEnv): {
  config?: TrustedDocumentsConfig;
  problems: string[];
} {
  const read = new EnvReader(env);
  const modeGiven = read.optional('TRUSTED_DOCUMENTS') !== undefined;
  // Undefined when unset, or when invalid (its problem is then recorded).
  const mode = read.oneOf('TRUSTED_DOCUMENTS', MODES);
  const file = read.optional('TRUSTED_DOCUMENTS_FILE');

  if (!modeGiven && file !== undefined) {
    // Someone who set the file most likely believes the safelist is on; off must be said explicitly.
    read.problem(
      'TRUSTED_DOCUMENTS_FILE is set but TRUSTED_DOCUMENTS is not: set TRUSTED_DOCUMENTS=allow or TRUSTED_DOCUMENTS=require to use the file, or TRUSTED_DOCUMENTS=off to leave it unused',
    );
  }
  if ((mode === 'allow' || mode === 'require') && file === undefined) {
    read.problem(
      `TRUSTED_DOCUMENTS_FILE is required when TRUSTED_DOCUMENTS=${mode}: the path of a JSON object mapping each document's sha256 to its text (graphql-codegen's persisted-documents.json)`,
    );
  }

  let documents = new Map<string, string>();
  // An explicit off never reads the file, so a broken manifest cannot block switching the safelist
  // off in an emergency. Otherwise the file is checked even when the mode is wrong, so one start
  // reports every problem.
  if (file !== undefined && mode !== 'off') {
    const before = read.problems.length;
    documents = readManifest(file, read);
    if (mode === 'require' && documents.size === 0 && read.problems.length === before) {
      read.problem(
        `TRUSTED_DOCUMENTS_FILE lists no documents (${file}), so TRUSTED_DOCUMENTS=require would refuse every request`,
      );
    }
  }

  if (read.problems.length > 0) return { problems: [...read.problems] };
  return { config: { mode: mode ?? 'off', documents }, problems: [] };
}

function readManifest(path: string, read: EnvReader): Map<string, string> {
  const documents = new Map<string, string>();
  let text: string;
  try {
    // Size first: reading an arbitrarily large file only to refuse it would stall the start.
    const stat = statSync(path);
    if (!stat.isFile()) {
      read.problem(`TRUSTED_DOCUMENTS_FILE must name a regular file; ${path} is not one`);
      return documents;
    }
    if (stat.size > TRUSTED_DOCUMENTS_MAX_BYTES) {
      read.problem(
        `TRUSTED_DOCUMENTS_FILE is ${stat.size} bytes; at most ${TRUSTED_DOCUMENTS_MAX_BYTES} (10 MB) are accepted (${path})`,
      );
      return documents;
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    read.problem(`TRUSTED_DOCUMENTS_FILE cannot be read: ${describeFileError(error)} (${path})`);
    return documents;
  }
  // Some editors prepend a byte-order mark, which JSON.parse refuses.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    read.problem(`TRUSTED_DOCUMENTS_FILE is not valid JSON: ${(error as Error).message} (${path})`);
    return documents;
  }
  if (!isRecord(manifest)) {
    read.problem(
      `TRUSTED_DOCUMENTS_FILE must contain a JSON object mapping each document's sha256 to its text; got ${describeJson(manifest)} (${path})`,
    );
    return documents;
  }
  const entries = Object.entries(manifest);
  if (entries.length > TRUSTED_DOCUMENTS_MAX_COUNT) {
    read.problem(
      `TRUSTED_DOCUMENTS_FILE lists ${entries.length} documents; at most ${TRUSTED_DOCUMENTS_MAX_COUNT} are accepted (${path})`,
    );
    return documents;
  }

  let invalid = 0;
  for (const [key, value] of entries) {
    const checked = checkEntry(key, value);
    if (typeof checked === 'object') {
      documents.set(checked.hash, checked.text);
      continue;
    }
    invalid += 1;
    if (invalid <= MAX_ENTRY_PROBLEMS) {
      read.problem(`TRUSTED_DOCUMENTS_FILE entry ${quote(key)} ${checked}`);
    }
  }
  if (invalid > MAX_ENTRY_PROBLEMS) {
    read.problem(
      `TRUSTED_DOCUMENTS_FILE has ${invalid - MAX_ENTRY_PROBLEMS} more invalid entries (${invalid} in all)`,
    );
  }
  return documents;
}

/** A valid entry, or what is wrong with it (a sentence fragment following the entry's name). */
function checkEntry(key: string, value: unknown): { hash: string; text: string } | string {
  const hash = SHA256_ID.exec(key)?.[1];
  if (hash === undefined) {
    if (/^(?:sha1:)?[0-9a-f]{40}$/i.test(key)) {
      return "is a sha1 hash; the gateway checks sha256 (generate the manifest with persistedDocuments: { hashAlgorithm: 'sha256' })";
    }
    if (/^(?:sha256:)?[0-9a-f]{64}$/i.test(key)) {
      return 'must use lowercase hex digits, as sha256 ids are compared exactly';
    }
    return 'is not a sha256 document id: keys must be 64 lowercase hex digits, optionally prefixed with "sha256:"';
  }
  if (typeof value !== 'string') {
    return `must map to the document's text as a string; got ${describeJson(value)}`;
  }
  const actual = sha256(value);
  if (actual !== hash) {
    return `does not match its document: the document's sha256 is ${actual}`;
  }
  return { hash, text: value };
}

/** What the middleware decided for one GraphQL request. */
type Verdict =
  | { kind: 'pass' }
  | { kind: 'run'; text: string }
  | { kind: 'refuse'; code: string; message: string };

const PASS: Verdict = { kind: 'pass' };

/** The fields of one GraphQL request that can name a document, as the client sent them. */
interface DocumentFields {
  query: unknown;
  extensions: unknown;
  documentId: unknown;
}

/**
 * The middleware. Mount it after `express.json()` and before Apollo's `expressMiddleware`.
 *
 * Refusals answer HTTP 400 with a GraphQL-shaped body, for these reasons:
 * - Apollo Server already answers 400 for documents that cannot run (parse and validation
 *   failures), so every client used with this gateway handles "400 with errors[]"; a refused
 *   document is the same kind of failure, raised before execution.
 * - GraphQL over HTTP asks for 4xx on request errors with application/graphql-response+json; the
 *   answer is in that media type when the client prefers it, as Apollo does, so clients following
 *   the spec surface `extensions.code` as a GraphQL error (urql does so for either media type).
 * - A 4xx shows up as a client error in load-balancer and HTTP metrics, where a deploy that
 *   forgot to publish its documents is noticed; a 200 would hide it among successes.
 * The cost of 400 over the legacy 200: Apollo Client's persisted-queries link by default takes a
 * 400 as "no persisted queries here", resends once with the full text (refused again unless that
 * text is listed) and sends full text from then on, which require mode still runs for listed
 * documents. Refusals are `no-store`: some CDNs cache 4xx answers to GET for a while, and the
 * list may have changed by the next request.
 */
export function trustedDocuments(config: TrustedDocumentsConfig): RequestHandler {
  if (config.mode === 'off') {
    return (_req, _res, next) => {
      next();
    };
  }
  const judge = (fields: DocumentFields): Verdict => judgeDocument(fields, config);

  return (req, res, next) => {
    let verdict: Verdict;
    switch (req.method) {
      case 'POST':
        verdict = judgePost(req, judge);
        break;
      case 'GET':
        verdict = judgeGet(req, judge, config.mode === 'require');
        break;
      default:
        // Apollo executes only GET and POST; it answers 405 with an Allow header for the rest.
        verdict = PASS;
    }
    if (verdict.kind === 'refuse') {
      refuse(req, res, verdict.code, verdict.message);
      return;
    }
    next();
  };
}

/** Judges a POST body, filling in listed texts in place. Apollo reads nothing else of a POST. */
function judgePost(req: Request, judge: (fields: DocumentFields) => Verdict): Verdict {
  const body: unknown = req.body;
  if (Array.isArray(body)) {
    // A batch is judged element by element, so it can never carry an unlisted document past the
    // list: today Apollo refuses batches outright, and if batching is turned on the elements that
    // reach it are exactly the listed ones.
    const elements = body as unknown[];
    const verdicts: Verdict[] = [];
    for (const element of elements) {
      const verdict = isRecord(element) ? judge(fieldsOf(element)) : PASS;
      if (verdict.kind === 'refuse') return verdict;
      verdicts.push(verdict);
    }
    verdicts.forEach((verdict, index) => {
      if (verdict.kind === 'run') (elements[index] as Record<string, unknown>).query = verdict.text;
    });
    return PASS;
  }
  // Without a JSON object body (no body, another content type) Apollo has no document to run and
  // answers 400 itself, with a better message than a safelist could give.
  if (!isRecord(body)) return PASS;
  const verdict = judge(fieldsOf(body));
  if (verdict.kind === 'run') body.query = verdict.text;
  return verdict;
}

function fieldsOf(body: Record<string, unknown>): DocumentFields {
  return { query: body.query, extensions: body.extensions, documentId: body.documentId };
}

/**
 * Judges a GET request's search parameters, read the way Apollo reads them (from the raw URL, not
 * Express's `req.query`). A listed document is written back into the URL, rebuilt from the
 * parameters judged here, so Apollo parses exactly what was checked.
 */
function judgeGet(
  req: Request,
  judge: (fields: DocumentFields) => Verdict,
  strict: boolean,
): Verdict {
  const hashAt = req.url.indexOf('#');
  const url = hashAt === -1 ? req.url : req.url.slice(0, hashAt);
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1));

  for (const name of ['query', 'extensions', 'documentId']) {
    if (params.getAll(name).length > 1) {
      return strict
        ? badRequest(`The '${name}' search parameter may only be specified once`)
        : PASS;
    }
  }
  let extensions: unknown;
  const rawExtensions = params.get('extensions');
  if (rawExtensions !== null) {
    try {
      extensions = JSON.parse(rawExtensions);
    } catch {
      return strict ? badRequest('The extensions search parameter contains invalid JSON') : PASS;
    }
  }
  const verdict = judge({
    query: params.get('query') ?? undefined,
    extensions,
    documentId: params.get('documentId') ?? undefined,
  });
  if (verdict.kind === 'run') {
    params.set('query', verdict.text);
    req.url = `${path}?${params.toString()}`;
  }
  return verdict;
}

/**
 * The decision for one request, from the fields that can name a document:
 * the APQ hash (`extensions.persistedQuery.sha256Hash`), `documentId` and the `query` text.
 */
function judgeDocument(fields: DocumentFields, config: TrustedDocumentsConfig): Verdict {
  const strict = config.mode === 'require';
  // Outside require mode Apollo gives these malformed requests its own 400 BAD_REQUEST, so they
  // pass to it.
  const malformed = (message: string): Verdict => (strict ? badRequest(message) : PASS);

  const { query, extensions, documentId } = fields;
  if (query !== undefined && query !== null && typeof query !== 'string') {
    return malformed('query must be a string');
  }
  const text = typeof query === 'string' ? query : undefined;

  let hash: string | undefined;
  if (extensions !== undefined && extensions !== null) {
    if (!isRecord(extensions)) return malformed('extensions must be a JSON object');
    const persistedQuery = extensions.persistedQuery;
    // A malformed APQ extension is refused in allow mode too. It can never run, and Apollo's
    // answers for it mislead: a non-hex hash gets PERSISTED_QUERY_NOT_FOUND (inviting the client to
    // register it), a wrong version a 400 without a code, which error masking turns into
    // INTERNAL_SERVER_ERROR.
    if (persistedQuery !== undefined && persistedQuery !== null) {
      if (!isRecord(persistedQuery)) {
        return badRequest('extensions.persistedQuery must be an object { version: 1, sha256Hash }');
      }
      if (persistedQuery.version !== 1) {
        return badRequest('extensions.persistedQuery.version must be 1');
      }
      const sha256Hash = persistedQuery.sha256Hash;
      if (typeof sha256Hash !== 'string' || !SHA256_HEX.test(sha256Hash)) {
        return badRequest(
          'extensions.persistedQuery.sha256Hash must be a sha256 hash: 64 lowercase hex digits',
        );
      }
      hash = sha256Hash;
    }
  }

  let idGiven = false;
  let idHash: string | undefined;
  if (documentId !== undefined && documentId !== null) {
    if (typeof documentId !== 'string' || documentId.length > MAX_DOCUMENT_ID_LENGTH) {
      return malformed(
        `documentId must be a string of at most ${MAX_DOCUMENT_ID_LENGTH} characters`,
      );
    }
    idGiven = true;
    // Ids in other schemes (e.g. Hive's app~version~hash) name nothing in a sha256 manifest.
    idHash = SHA256_ID.exec(documentId)?.[1];
  }

  // A request naming two different documents is refused in every mode rather than running either:
  // Apollo would silently prefer one of them (the text over documentId, which it ignores).
  if (hash !== undefined && idHash !== undefined && hash !== idHash) {
    return badRequest(
      'documentId and extensions.persistedQuery.sha256Hash name different documents',
    );
  }
  if (text !== undefined && (hash !== undefined || idHash !== undefined)) {
    const textHash = sha256(text);
    if (hash !== undefined && textHash !== hash) {
      return badRequest('the query does not match its sha256Hash');
    }
    if (idHash !== undefined && textHash !== idHash) {
      return badRequest('the query does not match its documentId');
    }
  }

  const id = hash ?? idHash ?? (text !== undefined ? sha256(text) : undefined);
  const listed = id === undefined ? undefined : config.documents.get(id);
  // Even when the client sent the text itself, the manifest's copy is what runs.
  if (listed !== undefined) return { kind: 'run', text: listed };

  if (strict) {
    // Nothing names a document: Apollo cannot execute anything, and answers 400 (or serves its
    // landing page to a browser's GET).
    if (id === undefined && !idGiven) return PASS;
    return notInList(hash ?? idHash);
  }
  // allow: a documentId alone has no fallback in Apollo, which ignores the field and would answer
  // a misleading "must contain a query"; say what is actually wrong. Unlisted text and APQ
  // hashes (registration, cache hits) go to Apollo as they would without a safelist.
  if (idGiven && text === undefined && hash === undefined) return notInList(idHash);
  return PASS;
}

function notInList(id: string | undefined): Verdict {
  return {
    kind: 'refuse',
    code: PERSISTED_QUERY_NOT_IN_LIST,
    message:
      id === undefined
        ? 'Refused: this document is not in the trusted documents list'
        : `Refused: this document is not in the trusted documents list (no document with sha256 ${id})`,
  };
}

function badRequest(message: string): Verdict {
  return { kind: 'refuse', code: ApolloServerErrorCode.BAD_REQUEST, message };
}

function refuse(req: Request, res: Response, code: string, message: string): void {
  // The media type Apollo would have chosen for the same Accept header.
  const mediaType =
    req.accepts(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON
      ? GRAPHQL_RESPONSE_JSON
      : 'application/json';
  // res.json keeps a content type already set.
  res
    .status(400)
    .set('cache-control', 'no-store')
    .type(`${mediaType}; charset=utf-8`)
    .json({ errors: [{ message, extensions: { code } }] });
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function describeFileError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default: {
      // Not `instanceof Error`: errors from node:fs may come from another realm (e.g. under test
      // runners that sandbox modules).
      const message = (error as { message?: unknown }).message;
      return typeof message === 'string' ? message : String(error);
    }
  }
}

/** A manifest key for a message: JSON-quoted, long keys cut short. */
function quote(key: string): string {
  return JSON.stringify(key.length > 80 ? `${key.slice(0, 77)}...` : key);
}
