import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startStack, type Stack } from './integration/gatewayStack';

// The README's "Errors" section quotes what clients receive: its sample error and its table of
// refusals must be what the gateway really answers.

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const errorsSection = readme.slice(
  readme.indexOf('\n## Errors\n'),
  readme.indexOf('\n## ', readme.indexOf('\n## Errors\n') + 1),
);

interface Row {
  request: string;
  status: number;
  code: string;
  /** The quoted message; `prefix` when the README shortens it with "…". */
  message: string;
  prefix: boolean;
}

/** The refusals table: the one whose header names `message`. */
function refusalRows(): Row[] {
  const lines = errorsSection.split('\n');
  const header = lines.findIndex((line) =>
    /^\| request +\| HTTP +\| `extensions.code` +\| `message`/.test(line),
  );
  if (header === -1)
    throw new Error('README "Errors" has no request | HTTP | code | message table');
  const rows: Row[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(/ \| /).map((cell) => cell.replace(/^\| ?|\s*\|?$/g, '').trim());
    const quoted = /``\s?(.+?)\s?``|`([^`]+)`/.exec(cells[3]);
    if (quoted === null) throw new Error(`no quoted message in README row: ${line}`);
    let message = quoted[1] ?? quoted[2];
    const prefix = message.endsWith('…');
    if (prefix) message = message.slice(0, -1).trimEnd();
    rows.push({
      request: cells[0],
      status: Number(cells[1]),
      code: cells[2].replace(/`/g, ''),
      message,
      prefix,
    });
  }
  return rows;
}

interface Answer {
  status: number;
  code: unknown;
  message: string;
}

async function send(stack: Stack, init: RequestInit, search = ''): Promise<Answer> {
  const response = await fetch(`${stack.graphqlUrl}${search}`, init);
  const body = (await response.json()) as {
    errors?: { message: string; extensions?: { code?: unknown } }[];
  };
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors!;
  return { status: response.status, code: error.extensions?.code, message: error.message };
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const UNSEEN_HASH = sha256('query NeverSent { __typename }');

/** Requests a client gets wrong, each answered by one row of the table (matched by its message). */
const MISTAKES: { name: string; init: RequestInit; search?: string; trusted?: true }[] = [
  {
    name: 'a GET without a preflight header',
    init: { method: 'GET' },
    search: '?query=%7B__typename%7D',
  },
  {
    name: 'a text/plain POST',
    init: {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ __typename }"}',
    },
  },
  { name: 'a batch', init: json([{ query: '{ __typename }' }, { query: '{ __typename }' }]) },
  { name: 'invalid JSON', init: json('{"query":') },
  { name: 'a JSON string', init: json('"{ __typename }"') },
  { name: 'a body without query', init: json({ variables: {} }) },
  { name: 'an unknown field', init: json({ query: '{ xyz }' }) },
  {
    name: 'an unseen APQ hash',
    init: json({ extensions: { persistedQuery: { version: 1, sha256Hash: UNSEEN_HASH } } }),
  },
  {
    name: 'a query not matching its hash',
    init: json({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: UNSEEN_HASH } },
    }),
  },
  { name: 'an unlisted document', init: json({ query: '{ __typename }' }), trusted: true },
];

describe('README "Errors"', () => {
  let stack: Stack;
  let trusted: Stack;
  let manifestDir: string;
  beforeAll(async () => {
    manifestDir = mkdtempSync(join(tmpdir(), 'readme-errors-'));
    const listed = 'query Listed { __typename }';
    const manifest = join(manifestDir, 'persisted-documents.json');
    writeFileSync(manifest, JSON.stringify({ [`sha256:${sha256(listed)}`]: listed }));
    stack = await startStack({ env: { LOG_LEVEL: 'silent' } });
    trusted = await startStack({
      env: { LOG_LEVEL: 'silent', TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_FILE: manifest },
    });
  });
  afterAll(async () => {
    await Promise.all([stack.stop(), trusted.stop()]);
    rmSync(manifestDir, { recursive: true, force: true });
  });

  test('the sample NOT_FOUND error is the one the gateway sends', async () => {
    const sample = /```json\n(\{\n {2}"data": \{ "accountAssociation": null \}[\s\S]*?)```/.exec(
      errorsSection,
    );
    expect(sample).not.toBeNull();
    const printed = JSON.parse(sample![1]) as {
      data: unknown;
      errors: { message: string; path: unknown; extensions: Record<string, unknown> }[];
    };
    const id = /Account\w* (\w+) not found/.exec(printed.errors[0].message)?.[1];
    const { body } = await stack.graphql(
      `{ accountAssociation(accountAssociationId: "${id}") { name } }`,
    );
    expect(body.data).toEqual(printed.data);
    expect(body.errors).toHaveLength(1);
    const [real] = body.errors!;
    expect(real.message).toBe(printed.errors[0].message);
    expect(real.path).toEqual(printed.errors[0].path);
    expect(Object.keys(real.extensions!).sort()).toEqual(
      Object.keys(printed.errors[0].extensions).sort(),
    );
    for (const key of ['code', 'service', 'operation']) {
      expect(real.extensions![key]).toBe(printed.errors[0].extensions[key]);
    }
  });

  const matched = new Set<string>();
  test.each(MISTAKES.map((mistake) => [mistake.name, mistake]))(
    'the README row for %s is what the gateway answers',
    async (_name, mistake) => {
      const answer = await send(mistake.trusted ? trusted : stack, mistake.init, mistake.search);
      const row = refusalRows().find((candidate) =>
        candidate.prefix
          ? answer.message.startsWith(candidate.message)
          : answer.message === candidate.message,
      );
      if (row === undefined) {
        throw new Error(
          `no README row quotes "${answer.message}" (${answer.status} ${String(answer.code)})`,
        );
      }
      expect({ status: answer.status, code: answer.code }).toEqual({
        status: row.status,
        code: row.code,
      });
      matched.add(row.message);
    },
  );

  test('every row of the table is one of those answers', () => {
    const rows = refusalRows();
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.filter((row) => !matched.has(row.message)).map((row) => row.request)).toEqual([]);
  });
});
