import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { EMULATOR_SEED } from '../../src/emulator';
import { LEVEL } from '../http/loggedGateway';
import {
  DASHBOARD,
  ONE_ASSOCIATION,
  startObservedStack,
  TEST_AWS_SECRET,
  type ObservedStack,
} from './observedStack';

const API_KEY = 'agk_live_observability_0123456789abcdef';
const WRONG_KEY = 'agk_live_not_a_key_of_ours_9876543210';
const BEARER = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzb21lb25lIn0.c2lnbmF0dXJl';

describe('the request log line', () => {
  let stack: ObservedStack;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'account-graph-keys-'));
    const sha256 = createHash('sha256').update(API_KEY).digest('hex');
    writeFileSync(
      join(dir, 'keys.json'),
      JSON.stringify({
        keys: [
          {
            id: 'reporting',
            sha256,
            scopes: ['associations:read', 'assignments:read', 'connections:read'],
          },
        ],
      }),
    );
    stack = await startObservedStack({ AUTH_API_KEYS_FILE: join(dir, 'keys.json') });
  });
  afterAll(async () => {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function requestLine(requestId: string | null) {
    const lines = stack.logs.filter(
      (l) => l.msg === 'graphql request' && l.requestId === requestId,
    );
    expect(lines).toHaveLength(1);
    return lines[0];
  }

  test('one line per request: operation, duration, outcome, AWS calls, principal and request id', async () => {
    const { headers, body } = await stack.graphql(DASHBOARD.query, DASHBOARD.variables, {
      'x-api-key': API_KEY,
    });
    expect(body.errors).toBeUndefined();
    const line = requestLine(headers.get('x-request-id'));
    expect(line).toMatchObject({
      level: LEVEL.debug,
      operationName: 'Dashboard',
      operationType: 'query',
      outcome: 'success',
      errors: 0,
      awsCalls: 6,
      principal: 'key:reporting',
    });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line).not.toHaveProperty('errorCodes');
  });

  test('a request with errors is logged at info with its outcome and codes', async () => {
    const missing = `${EMULATOR_SEED.iotManagedIntegrations.accountAssociations[0].id.slice(0, -4)}zzzz`;
    const { headers, body } = await stack.graphql(
      ONE_ASSOCIATION.query,
      { id: missing },
      { 'x-api-key': API_KEY },
    );
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(requestLine(headers.get('x-request-id'))).toMatchObject({
      level: LEVEL.info,
      operationName: 'OneAssociation',
      outcome: 'partial',
      errors: 1,
      errorCodes: ['NOT_FOUND'],
      awsCalls: 1,
    });
  });

  test('no log line holds an API key, a bearer token or the AWS secret key', async () => {
    await stack.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables, { 'x-api-key': API_KEY });
    await stack.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables, {
      'x-api-key': WRONG_KEY,
    });
    await stack.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables, {
      authorization: `Bearer ${BEARER}`,
    });
    // A query that fails inside the AWS client too.
    await stack.setFaults([
      {
        operation: 'IoTManagedIntegrations.GetAccountAssociation',
        errorRate: 1,
        error: 'InternalServerException',
      },
    ]);
    await stack.graphql(ONE_ASSOCIATION.query, ONE_ASSOCIATION.variables, { 'x-api-key': API_KEY });
    await stack.clearFaults();

    const raw = stack.rawLogs();
    // The refusals and the upstream failure were logged, without what the callers presented.
    expect(raw).toContain('request refused: not authenticated');
    expect(raw).toContain('InternalServerException');
    for (const secret of [API_KEY, WRONG_KEY, BEARER, TEST_AWS_SECRET]) {
      expect(raw).not.toContain(secret);
    }
    expect(raw.toLowerCase()).not.toMatch(/secretaccesskey|"authorization"|"x-api-key"/);
  });
});
