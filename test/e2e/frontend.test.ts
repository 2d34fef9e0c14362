import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';

import { freePort } from '../../bench/processes/freePort';
import type { Data } from '../integration/gatewayStack';
import { startGatewayReplica, type GatewayReplica } from '../support/gatewayReplica';
import {
  buildExample,
  generateExampleCode,
  installExample,
  PERSISTED_DOCUMENTS,
  readmeTrustedDocumentsEnv,
  startPreview,
  type Preview,
} from './exampleApp';

// A frontend team's path, in a real browser: the example app (examples/web) served by
// `vite preview` on one origin calls the gateway (`node dist/main.js`, as `npm start` runs it, with
// the embedded emulator) on another, with a bearer token and trusted documents. Each test is one
// step of that path and relies on the ones before it.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TOKEN_STORAGE_KEY = 'account-graph-token';
const AUDIENCE = 'account-graph';

/** `chromium --version`, for the run's title; the browser's own answer is checked once launched. */
function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .replace(/ built on .*$/, '');
  } catch {
    return `Chromium (not found at ${CHROMIUM}: install the Debian package chromium)`;
  }
}

interface Run {
  workDir: string;
  screenshotDir: string;
  gateway?: GatewayReplica;
  emulatorUrl?: string;
  gatewayPort?: number;
  token?: string;
  preview?: Preview;
  browser?: Browser;
  page?: Page;
  /** What the page logged as errors, and its uncaught exceptions. */
  pageErrors: string[];
  /** The first step that failed: the later ones are skipped. */
  failed?: string;
  /** Hash (bare hex) of each persisted document, by operation name. */
  hashes: Map<string, string>;
  /** Operation names of the GraphQL requests the page sent, in order. */
  operations: string[];
  created?: { name: string; accountAssociationId: string; id: string; clientToken: string };
  associationsBefore?: string[];
}

const state: Run = {
  workDir: mkdtempSync(join(tmpdir(), 'account-graph-e2e-')),
  screenshotDir: '',
  pageErrors: [],
  hashes: new Map(),
  operations: [],
};
state.screenshotDir = state.workDir;

let stepNumber = 0;

/**
 * One step of the path, as a test. A failing step leaves a screenshot of the page (its path is in
 * the failure message); the steps after it fail at once, naming it.
 */
function step(name: string, fn: () => Promise<void>, timeoutMs?: number): void {
  const number = ++stepNumber;
  test(
    name,
    async () => {
      if (state.failed !== undefined) throw new Error(`skipped: step "${state.failed}" failed`);
      try {
        await fn();
      } catch (error) {
        state.failed = name;
        const notes: string[] = [];
        if (state.page !== undefined) {
          const path = join(state.screenshotDir, `step-${number}.png`);
          try {
            await state.page.screenshot({ path, fullPage: true });
            notes.push(`Screenshot of the page: ${path}`);
          } catch (screenshotError) {
            notes.push(
              `No screenshot (${String(screenshotError)}); artifacts in ${state.screenshotDir}`,
            );
          }
        }
        if (state.pageErrors.length > 0)
          notes.push(`Page errors:\n  ${state.pageErrors.join('\n  ')}`);
        if (state.gateway !== undefined) {
          notes.push(`Gateway output (end):\n${state.gateway.outputTail(3_000)}`);
        }
        if (error instanceof Error && notes.length > 0) {
          const original = error.message;
          error.message = `${original}\n\n${notes.join('\n\n')}`;
          error.stack = error.stack?.replace(original, error.message);
        }
        throw error;
      }
    },
    timeoutMs,
  );
}

function page(): Page {
  if (state.page === undefined) throw new Error('no page: an earlier step did not open it');
  return state.page;
}

/** A GraphQL request from Node, by the hash of one of the example's documents (trusted documents). */
async function persisted(
  operationName: string,
  variables: Record<string, unknown>,
): Promise<{ data?: Data; errors?: unknown[] }> {
  const sha256Hash = state.hashes.get(operationName);
  if (sha256Hash === undefined) throw new Error(`no persisted document named ${operationName}`);
  const response = await fetch(`http://127.0.0.1:${state.gatewayPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${state.token}` },
    body: JSON.stringify({
      operationName,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    }),
  });
  return (await response.json()) as { data?: Data; errors?: unknown[] };
}

/** Every association as the list shows it (name, else id), walked from Node 100 at a time. */
async function associationsOverHttp(): Promise<string[]> {
  const labels: string[] = [];
  let after: string | null = null;
  for (;;) {
    const body = await persisted('AssociationList', { first: 100, after });
    expect(body.errors).toBeUndefined();
    const connection = body.data!.accountAssociations as {
      edges: { node: { name: string | null; accountAssociationId: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    for (const { node } of connection.edges) labels.push(node.name ?? node.accountAssociationId);
    if (!connection.pageInfo.hasNextPage) return labels;
    after = connection.pageInfo.endCursor;
  }
}

/** Clicks "Load more" until the list has no more pages; returns the labels shown. */
async function loadEveryAssociation(): Promise<string[]> {
  const rows = page().getByTestId('association');
  await rows.first().waitFor();
  const loadMore = page().getByRole('button', { name: 'Load more' });
  for (;;) {
    const shown = await rows.count();
    if (!(await loadMore.isVisible())) break;
    await loadMore.click();
    await rows.nth(shown).waitFor();
  }
  return rows.locator('button').allTextContents();
}

async function setFaults(rules: unknown[]): Promise<void> {
  const response = await fetch(`${state.emulatorUrl}/__emulator/faults`, {
    method: rules.length > 0 ? 'PUT' : 'DELETE',
    headers: { 'content-type': 'application/json' },
    body: rules.length > 0 ? JSON.stringify({ rules }) : undefined,
  });
  expect(response.ok).toBe(true);
}

describe(`examples/web in ${chromiumVersion()} against the gateway`, () => {
  afterAll(async () => {
    await state.browser?.close();
    await state.preview?.stop();
    await state.gateway?.stop();
    // Screenshots of a failure stay; a passing run leaves nothing behind.
    if (state.failed === undefined) rmSync(state.workDir, { recursive: true, force: true });
  });

  step(
    'installs examples/web (npm ci, when its lock file is newer than its node_modules)',
    async () => {
      await installExample();
    },
    600_000,
  );

  step(
    'generates its typed documents and persisted-documents.json (npm run codegen)',
    async () => {
      await generateExampleCode();
      const manifest = JSON.parse(readFileSync(PERSISTED_DOCUMENTS, 'utf8')) as Record<
        string,
        string
      >;
      for (const [id, text] of Object.entries(manifest)) {
        const name = /^(?:query|mutation) (\w+)/.exec(text)?.[1];
        if (name !== undefined) state.hashes.set(name, id.replace(/^sha256:/, ''));
      }
      expect([...state.hashes.keys()]).toEqual(
        expect.arrayContaining([
          'AssociationList',
          'CreateAssociation',
          'NodeById',
          'AssignmentStatus',
        ]),
      );
    },
    120_000,
  );

  step(
    'starts the gateway as npm start does (node dist/main.js, embedded emulator, CORS defaults), with JWT auth and the README’s TRUSTED_DOCUMENTS=require',
    async () => {
      const emulatorPort = await freePort();
      state.gatewayPort = await freePort();
      state.gateway = await startGatewayReplica({
        port: state.gatewayPort,
        env: {
          EMULATOR_PORT: String(emulatorPort),
          AUTH_JWT_ISSUER: 'emulator',
          AUTH_JWT_AUDIENCE: AUDIENCE,
          LOG_LEVEL: 'warn',
          ...readmeTrustedDocumentsEnv(),
        },
      });
      state.emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
      const minted = await fetch(`${state.emulatorUrl}/__emulator/oidc/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sub: 'frontend-e2e', aud: AUDIENCE }),
      });
      expect(minted.status).toBe(200);
      state.token = ((await minted.json()) as { access_token: string }).access_token;
      // Only listed documents run: anything else is refused before execution.
      const refused = await fetch(`${state.gateway.graphqlUrl}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${state.token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('PERSISTED_QUERY_NOT_IN_LIST');
    },
    120_000,
  );

  step(
    'builds the example for that gateway (npm run build: codegen, tsc, vite build) and serves it with vite preview on another origin',
    async () => {
      const outDir = join(state.workDir, 'web');
      await buildExample(outDir, `http://127.0.0.1:${state.gatewayPort}/graphql`);
      state.preview = await startPreview(outDir);
      expect(new URL(state.preview.url).origin).not.toBe(new URL(state.gateway!.url).origin);
    },
    180_000,
  );

  step('launches Chromium headless', async () => {
    state.browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // Root cannot use Chromium's sandbox; the machine has no network beyond loopback and no GPU.
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    expect(chromiumVersion()).toContain(state.browser.version());
    const context = await state.browser.newContext();
    // The signed-in user's token, where the example keeps it (TokenSettings).
    await context.addInitScript({
      content: `sessionStorage.setItem(${JSON.stringify(TOKEN_STORAGE_KEY)}, ${JSON.stringify(state.token)});`,
    });
    state.page = await context.newPage();
    page().on('pageerror', (error) => state.pageErrors.push(`uncaught: ${error.message}`));
    page().on('console', (message) => {
      if (message.type() === 'error') state.pageErrors.push(message.text());
    });
    page().on('request', (request) => {
      if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
      const body = request.postDataJSON() as { operationName?: string } | null;
      if (body?.operationName) state.operations.push(body.operationName);
    });
  });

  step(
    'opens the page: cross-origin requests with the bearer token, documents sent by hash only',
    async () => {
      const firstRequest = page().waitForRequest(
        (request) => request.method() === 'POST' && request.url().endsWith('/graphql'),
      );
      await page().goto(state.preview!.url);
      const request = await firstRequest;
      expect(request.headers().authorization).toBe(`Bearer ${state.token}`);
      const body = request.postDataJSON() as {
        query?: string;
        extensions?: { persistedQuery?: unknown };
      };
      expect(body.query).toBeUndefined();
      expect(body.extensions?.persistedQuery).toMatchObject({ version: 1 });
      await page().getByTestId('association').nth(49).waitFor();
      expect(await page().getByTestId('association').count()).toBe(50);
      expect(await page().getByTestId('error-code').count()).toBe(0);
    },
  );

  step(
    'pages through every association with "Load more" (relayStylePagination on edges)',
    async () => {
      state.associationsBefore = await associationsOverHttp();
      expect(state.associationsBefore.length).toBeGreaterThan(200);
      const shown = await loadEveryAssociation();
      expect(shown).toEqual(state.associationsBefore);
      await page().getByText(`${shown.length} shown`).waitFor();
    },
  );

  step(
    'creates an association: an AWS failure shows UPSTREAM_UNAVAILABLE and a retry button',
    async () => {
      await setFaults([
        {
          operation: 'IoTManagedIntegrations.CreateAccountAssociation',
          errorRate: 1,
          error: 'InternalServerException',
        },
      ]);
      const name = `Browser test ${Date.now()}`;
      await page().getByLabel('Name', { exact: true }).fill(name);
      await page().getByRole('button', { name: 'Create' }).click();
      await page().getByTestId('error-code').filter({ hasText: 'UPSTREAM_UNAVAILABLE' }).waitFor();
      const clientToken = await page().getByTestId('client-token').textContent();
      expect(clientToken).toMatch(/^[0-9a-f]{32}$/);
      state.created = { name, clientToken: clientToken!, accountAssociationId: '', id: '' };
      await setFaults([]);
    },
  );

  step('retries with the same clientToken: the association is created', async () => {
    await page().getByRole('button', { name: 'Retry with the same client token' }).click();
    await page().getByTestId('answers').filter({ hasText: '1 answer, 1 association' }).waitFor();
    expect(await page().getByTestId('client-token').textContent()).toBe(state.created!.clientToken);
    state.created!.accountAssociationId = (await page().getByTestId('created-id').textContent())!;
    expect(state.created!.accountAssociationId).toMatch(/^[A-Za-z0-9]+$/);
  });

  step(
    'retries again: the same association, no duplicate (in the answer, over HTTP, and in the list after a reload)',
    async () => {
      await page().getByRole('button', { name: 'Retry with the same client token' }).click();
      await page().getByTestId('answers').filter({ hasText: '2 answers, 1 association' }).waitFor();
      expect(await page().getByTestId('created-id').textContent()).toBe(
        state.created!.accountAssociationId,
      );
      // The create refetched the new association by its global id (node(id:)).
      await page().getByTestId('node-name').filter({ hasText: state.created!.name }).waitFor();
      state.created!.id = (await page().getByTestId('node-id').textContent())!;

      const after = await associationsOverHttp();
      expect(after.length).toBe(state.associationsBefore!.length + 1);
      expect(after.filter((label) => label === state.created!.name)).toHaveLength(1);

      await page().reload();
      const shown = await loadEveryAssociation();
      expect(shown).toEqual(after);
    },
  );

  step(
    'refetches the association by its global id (node(id:)); a bad id shows its error code',
    async () => {
      const lookup = page().getByLabel('Global id', { exact: true });
      await lookup.fill(state.created!.id);
      const answer = page().waitForResponse(
        (response) =>
          response.request().method() === 'POST' &&
          (response.request().postDataJSON() as { operationName?: string }).operationName ===
            'NodeById',
      );
      await page().getByRole('button', { name: 'Refetch' }).click();
      expect((await answer).status()).toBe(200);
      expect(await page().getByTestId('node-type').textContent()).toBe('AccountAssociation');
      expect(await page().getByTestId('node-name').textContent()).toBe(state.created!.name);

      await lookup.fill('not-a-global-id');
      await page().getByRole('button', { name: 'Refetch' }).click();
      await page().getByTestId('error-code').filter({ hasText: 'BAD_USER_INPUT' }).waitFor();
    },
  );

  step('polls a new account assignment’s status until it is terminal, then stops', async () => {
    const assign = page().getByRole('button', { name: 'Assign again' });
    await assign.waitFor();
    await assign.click();
    const status = page().getByTestId('assignment-status');
    await status.filter({ hasText: /^(SUCCEEDED|FAILED)$/ }).waitFor({ timeout: 20_000 });
    expect(await status.textContent()).toBe('SUCCEEDED');
    const polls = state.operations.filter((name) => name === 'AssignmentStatus').length;
    // IAM Identity Center (the emulator) takes 2 s: the status was asked for more than once.
    expect(polls).toBeGreaterThan(1);
    await page().waitForTimeout(2_500);
    expect(state.operations.filter((name) => name === 'AssignmentStatus').length).toBe(polls);
  });

  step('shows the x-request-id of the last response, read by page code', async () => {
    const lookup = page().getByLabel('Global id', { exact: true });
    await lookup.fill(state.created!.id);
    const answer = page().waitForResponse((response) => response.url().endsWith('/graphql'));
    await page().getByRole('button', { name: 'Refetch' }).click();
    const requestId = (await answer).headers()['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await page().getByTestId('request-id').filter({ hasText: requestId }).waitFor();
    // Page code reads the header itself: the gateway exposes it to allowed origins.
    const read = await page().evaluate(
      async ({ url, token, sha256Hash }) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            variables: { first: 1 },
            extensions: { persistedQuery: { version: 1, sha256Hash } },
          }),
        });
        return response.headers.get('x-request-id');
      },
      {
        url: state.gateway!.graphqlUrl,
        token: state.token!,
        sha256Hash: state.hashes.get('AssociationList')!,
      },
    );
    expect(read).toMatch(/^[0-9a-f-]{36}$/);
    expect(state.pageErrors.filter((text) => /CORS|blocked/i.test(text))).toEqual([]);
  });
});
