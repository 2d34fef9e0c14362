// Wire-level behaviour seen by any HTTP client: headers, error encodings, auth and routing.
import { Agent, request } from 'node:http';
import { EMULATOR_SEED, startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { calls } from './support';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

const authorization = (service: string, region = 'us-east-1') =>
  `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/${region}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000`;

function awsJson(
  prefix: string,
  operation: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const version = prefix === 'SWBExternalService' ? '1.1' : '1.0';
  return fetch(`${emulator.endpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': `application/x-amz-json-${version}`,
      'x-amz-target': `${prefix}.${operation}`,
      authorization: authorization(prefix === 'SWBExternalService' ? 'sso' : 'proton'),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('awsJson (SSO Admin 1.1, Proton 1.0)', () => {
  it('answers with the protocol content type, a request id and epoch-second timestamps', async () => {
    const response = await awsJson('SWBExternalService', 'ListInstances', {});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as { Instances: Array<{ CreatedDate: unknown }> };
    expect(body.Instances[0].CreatedDate).toBe(Date.UTC(2025, 5, 2, 9, 30) / 1000);
  });

  it('encodes errors as {"__type", message member} with the model status', async () => {
    const sso = await awsJson('SWBExternalService', 'DescribePermissionSet', {
      InstanceArn: EMULATOR_SEED.ssoAdmin.instanceArn,
      PermissionSetArn: EMULATOR_SEED.ssoAdmin.deletedPermissionSetArn,
    });
    expect(sso.status).toBe(404);
    expect(sso.headers.get('x-amzn-requestid')).toEqual(expect.any(String));
    expect(await sso.json()).toEqual({
      __type: 'ResourceNotFoundException',
      Message: `Could not find PermissionSet with PermissionSetArn ${EMULATOR_SEED.ssoAdmin.deletedPermissionSetArn}.`,
    });
    const proton = await awsJson('AwsProton20200720', 'GetEnvironmentAccountConnection', {});
    expect(proton.status).toBe(400);
    expect(proton.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(await proton.json()).toEqual({
      __type: 'ValidationException',
      message:
        "1 validation error detected: Value null at 'id' failed to satisfy constraint: Member must not be null",
    });
  });

  it('answers SerializationException for malformed JSON and wrong member types', async () => {
    const malformed = await awsJson('SWBExternalService', 'ListInstances', '{"MaxResults": ');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { __type: string }).__type).toBe('SerializationException');
    const wrongType = await awsJson('SWBExternalService', 'ListInstances', { MaxResults: 'ten' });
    expect(wrongType.status).toBe(400);
    expect(await wrongType.json()).toEqual({
      __type: 'SerializationException',
      message: "Expected an integer at 'maxResults' but found string",
    });
  });

  it('answers UnknownOperationException for an operation the service does not have', async () => {
    const response = await awsJson('AwsProton20200720', 'DeleteEverything', {});
    expect(response.status).toBe(400);
    expect(((await response.json()) as { __type: string }).__type).toBe(
      'UnknownOperationException',
    );
    expect(await calls(emulator)).toEqual({});
  });
});

describe('restJson1 (IoT managed integrations)', () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${emulator.endpoint}${path}`, {
      headers: { authorization: authorization('iotmanagedintegrations'), ...headers },
    });

  it('binds labels and query parameters and names errors in X-Amzn-ErrorType', async () => {
    const response = await get('/account-associations/unknown1');
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(await response.json()).toEqual({
      Message: 'AccountAssociation unknown1 not found',
      ResourceId: 'unknown1',
      ResourceType: 'AccountAssociation',
    });
    const badQuery = await get('/account-associations?MaxResults=lots');
    expect(badQuery.status).toBe(400);
    expect(badQuery.headers.get('x-amzn-errortype')).toBe('SerializationException');
    const page = await get('/account-associations?MaxResults=2');
    expect(((await page.json()) as { Items: unknown[] }).Items).toHaveLength(2);
  });

  it('answers 404 for paths no operation serves, without counting them', async () => {
    const response = await get('/managed-things');
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    expect(await calls(emulator)).toEqual({});
  });
});

describe('SigV4 presence check', () => {
  it('rejects a missing Authorization header with MissingAuthenticationTokenException (403)', async () => {
    const rest = await fetch(`${emulator.endpoint}/account-associations`);
    expect(rest.status).toBe(403);
    expect(rest.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(await rest.json()).toEqual({ message: 'Missing Authentication Token' });
    const json = await awsJson('SWBExternalService', 'ListInstances', {}, { authorization: '' });
    expect(json.status).toBe(403);
    expect(await json.json()).toEqual({
      __type: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
    });
  });

  it('rejects a credential scoped to another service with InvalidSignatureException (403)', async () => {
    const response = await awsJson(
      'AwsProton20200720',
      'GetEnvironmentAccountConnection',
      {},
      {
        authorization: authorization('sso'),
      },
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      __type: 'InvalidSignatureException',
      message: "Credential should be scoped to correct service: 'proton'. ",
    });
  });

  it('rejects an incomplete header with IncompleteSignatureException (400)', async () => {
    const response = await awsJson(
      'SWBExternalService',
      'ListInstances',
      {},
      { authorization: 'Bearer abc' },
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { __type: string }).__type).toBe(
      'IncompleteSignatureException',
    );
    const noSignature = await awsJson(
      'SWBExternalService',
      'ListInstances',
      {},
      {
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/sso/aws4_request, SignedHeaders=host',
      },
    );
    expect(((await noSignature.json()) as { message: string }).message).toContain(
      "Authorization header requires 'Signature' parameter.",
    );
  });

  it('counts rejected requests as calls of the operation they were routed to', async () => {
    await fetch(`${emulator.endpoint}/account-associations`);
    expect(await calls(emulator)).toEqual({ 'IoTManagedIntegrations.ListAccountAssociations': 1 });
  });
});

describe('stop()', () => {
  it('closes idle keep-alive connections and resolves promptly', async () => {
    const own = await startEmulator({ seed: false });
    const agent = new Agent({ keepAlive: true });
    try {
      await new Promise<void>((resolve, reject) => {
        const req = request(`${own.endpoint}/__emulator/calls`, { agent }, (res) => {
          res.resume();
          res.on('end', resolve);
        });
        req.on('error', reject);
        req.end();
      });
      const closed = new Promise<void>((resolve) => {
        const socket = Object.values(agent.freeSockets).flat()[0];
        expect(socket).toBeDefined();
        socket!.once('close', () => resolve());
      });
      const started = Date.now();
      await own.stop();
      await closed;
      expect(Date.now() - started).toBeLessThan(1000);
      await own.stop(); // idempotent
    } finally {
      agent.destroy();
    }
  });

  it('cancels pending injected latency', async () => {
    const own = await startEmulator({ seed: false });
    await fetch(`${own.endpoint}/__emulator/faults`, {
      method: 'PUT',
      body: JSON.stringify({ rules: [{ operation: '*', latencyMs: 60_000 }] }),
    });
    const pending = fetch(`${own.endpoint}/account-associations`, {
      headers: { authorization: authorization('iotmanagedintegrations') },
    }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await own.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBeDefined();
  });
});
