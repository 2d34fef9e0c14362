import { EMULATOR_SEED, startEmulator, type RunningEmulator } from '../../src/emulator';
import { emulatorBackendEnv, startGatewayReplica, type GatewayReplica } from './gatewayReplica';

const CURSOR_SECRET = 'replica-test-cursor-secret-0123456789abcdef';
const destination =
  EMULATOR_SEED.iotManagedIntegrations.accountAssociations[0].connectorDestinationId;

interface PageResult {
  data?: {
    accountAssociations: {
      nodes: { accountAssociationId: string }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
  errors?: unknown[];
}

async function page(replica: GatewayReplica, first: number, after?: string): Promise<PageResult> {
  const response = await fetch(replica.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query ($d: ID, $first: Int, $after: String) {
        accountAssociations(connectorDestinationId: $d, first: $first, after: $after) {
          nodes { accountAssociationId }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: { d: destination, first, after },
    }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as PageResult;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startGatewayReplica', () => {
  let emulator: RunningEmulator;
  const replicas: GatewayReplica[] = [];

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    const env = {
      ...emulatorBackendEnv(emulator.endpoint),
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      CURSOR_SECRET,
    };
    replicas.push(
      ...(await Promise.all([
        startGatewayReplica({ env, name: 'replica-1' }),
        startGatewayReplica({ env, name: 'replica-2' }),
      ])),
    );
  }, 180_000);
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await emulator?.stop();
  });

  it('starts node dist/main.js children on distinct ports, ready to serve', async () => {
    const [one, two] = replicas;
    expect(one.port).not.toBe(two.port);
    expect(one.graphqlUrl).toBe(`http://127.0.0.1:${one.port}/graphql`);
    expect(isRunning(one.pid) && isRunning(two.pid)).toBe(true);
    const ready = await fetch(`${one.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('answers GraphQL from the emulator it was pointed at, and one replica continues the other’s cursor', async () => {
    const [one, two] = replicas;
    const ids = (result: PageResult): string[] => {
      expect(result.errors).toBeUndefined();
      return result.data!.accountAssociations.nodes.map((n) => n.accountAssociationId);
    };
    const seeded = new Set(
      EMULATOR_SEED.iotManagedIntegrations.accountAssociations
        .filter((a) => a.connectorDestinationId === destination)
        .map((a) => a.id),
    );
    const whole = ids(await page(one, 6));
    expect(whole).toHaveLength(6);
    for (const id of whole) expect(seeded.has(id)).toBe(true);

    const first = await page(one, 3);
    const second = await page(two, 3, first.data!.accountAssociations.pageInfo.endCursor!);
    expect([...ids(first), ...ids(second)]).toEqual(whole);
    const calls = (await (await fetch(`${emulator.endpoint}/__emulator/calls`)).json()) as Record<
      string,
      number
    >;
    expect(calls['IoTManagedIntegrations.ListAccountAssociations']).toBe(3);
  });

  it('stop() drains and ends the process with code 0', async () => {
    const replica = replicas.pop()!;
    await expect(replica.stop()).resolves.toEqual({ code: 0, signal: null });
    expect(isRunning(replica.pid)).toBe(false);
  });

  it('reports a replica that cannot start, with its output', async () => {
    await expect(
      startGatewayReplica({
        env: { ...emulatorBackendEnv(emulator.endpoint), NODE_ENV: 'production' },
        name: 'misconfigured',
      }),
    ).rejects.toThrow(
      /misconfigured on port \d+ did not become ready \(exited with code 1\)[^]*--- output ---[^]*CURSOR_SECRET/,
    );
  });
});
