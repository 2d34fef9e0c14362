import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { DescribeAccountAssignmentCreationStatusCommand } from '@aws-sdk/client-sso-admin';
import type { FinalizeRequestMiddleware } from '@smithy/types';
import type { GraphQLError } from 'graphql';

import { callContextOf, sendWithContext, type CallContext } from '../../src/aws/callContext';
import { createAwsClients, type AwsClients } from '../../src/aws/clients';
import { loadConfig } from '../../src/config';
import { RequestScope } from '../../src/domains/requestScope';
import { createUpstream } from '../../src/domains/upstream';

const credentials = { accessKeyId: 'AKIATEST', secretAccessKey: 'secret' };
const describe1 = (requestId = '00000000-0000-4000-8000-000000000000') =>
  new DescribeAccountAssignmentCreationStatusCommand({
    InstanceArn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef',
    AccountAssignmentCreationRequestId: requestId,
  });

/**
 * A fake SSO Admin endpoint answering each request after `delayMs` (never when `null`), echoing
 * the request id it was asked for; it records the order of answers and the requests whose
 * connection the client closed before an answer.
 */
async function fakeSsoAdmin(delayMs: number | null) {
  const answered: string[] = [];
  let closedEarly = 0;
  let received = 0;
  const server: Server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received++;
      const requestId = (JSON.parse(body) as { AccountAssignmentCreationRequestId: string })
        .AccountAssignmentCreationRequestId;
      if (delayMs === null) return;
      setTimeout(() => {
        answered.push(requestId);
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(
          JSON.stringify({
            AccountAssignmentCreationStatus: { Status: 'SUCCEEDED', RequestId: requestId },
          }),
        );
      }, delayMs);
    });
    res.on('close', () => {
      if (!res.writableFinished) closedEarly++;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answered,
    received: () => received,
    closedEarly: () => closedEarly,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the request behind each AWS call (src/aws/callContext.ts)', () => {
  let clients: AwsClients | undefined;
  let upstream: Awaited<ReturnType<typeof fakeSsoAdmin>> | undefined;
  afterEach(async () => {
    clients?.destroy();
    await upstream?.close();
    clients = upstream = undefined;
  });

  async function start(delayMs: number | null, env: NodeJS.ProcessEnv = {}) {
    upstream = await fakeSsoAdmin(delayMs);
    clients = createAwsClients(loadConfig({ UPSTREAM_MAX_ATTEMPTS: '1', ...env }).upstream, {
      endpoint: upstream.endpoint,
      credentials,
    });
    return { upstream, clients };
  }

  const scope = () => new RequestScope({ maxAwsCalls: 50, deadlineMs: 10_000 });

  test("cancelling the request closes its attempt's connection and fails the call at once", async () => {
    const { upstream, clients } = await start(null);
    const request = scope();
    const call = createUpstream(clients, 'ssoAdmin', request).send(describe1());
    while (upstream.received() === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const started = performance.now();
    request.cancel('the client went away');
    const error = (await call.then(
      () => undefined,
      (e: unknown) => e,
    )) as GraphQLError;
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error.extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toBe(
      'SSOAdmin.DescribeAccountAssignmentCreationStatus did not complete: the client went away',
    );
    for (let waited = 0; upstream.closedEarly() === 0 && waited < 2_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(upstream.closedEarly()).toBe(1);
    request.finish();
  });

  test('each call queues in the in-flight limiter as its own request', async () => {
    // One slot on the wire, two calls admitted into the SDK: request A's five calls arrive first
    // (a0 on the wire, a1 admitted and waiting), then request B's one. B has the shortest queue,
    // so its call takes the first freed admission, ahead of A's remaining three.
    const { upstream, clients } = await start(40, { UPSTREAM_MAX_IN_FLIGHT: '1' });
    const a = scope();
    const b = scope();
    const calls = Array.from({ length: 5 }, (_, i) =>
      createUpstream(clients, 'ssoAdmin', a).send(describe1(`a${i}`)),
    );
    await new Promise((resolve) => setImmediate(resolve));
    calls.push(createUpstream(clients, 'ssoAdmin', b).send(describe1('b0')));
    await Promise.all(calls);
    expect(upstream.answered).toEqual(['a0', 'a1', 'b0', 'a2', 'a3', 'a4']);
    a.finish();
    b.finish();
  });

  test('a burst of calls enters the SDK two per in-flight slot at a time', async () => {
    const { upstream, clients } = await start(20, { UPSTREAM_MAX_IN_FLIGHT: '2' });
    let inside = 0;
    let peakInside = 0;
    const count: FinalizeRequestMiddleware<object, object> = (next) => async (args) => {
      peakInside = Math.max(peakInside, ++inside);
      try {
        return await next(args);
      } finally {
        inside--;
      }
    };
    // Outermost, before serializing: a call counts from the moment the SDK starts building it.
    clients.ssoAdmin.middlewareStack.add(count as never, {
      step: 'initialize',
      priority: 'high',
      name: 'countCallsInside',
    });
    const request = scope();
    const outputs = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createUpstream(clients, 'ssoAdmin', request).send(describe1(`c${i}`)),
      ),
    );
    expect(outputs).toHaveLength(12);
    expect(upstream.answered).toHaveLength(12);
    expect(peakInside).toBe(4);
    expect(clients.limiters.ssoAdmin.active).toBe(0);
    request.finish();
  });

  test('the middleware sees each call’s own context, even for one command sent twice at once', async () => {
    const { clients } = await start(20);
    const seen: unknown[] = [];
    const record: FinalizeRequestMiddleware<object, object> = (next) => (args) => {
      seen.push((callContextOf(args.input)?.flow as { name?: string } | undefined)?.name);
      return next(args);
    };
    clients.ssoAdmin.middlewareStack.add(record as never, {
      step: 'finalizeRequest',
      priority: 'low',
      name: 'recordCallContext',
    });
    const command = describe1();
    const contextNamed = (name: string): CallContext => ({ flow: { name } as never });
    const send = (c: typeof command) => clients.ssoAdmin.send(c);
    const outputs = await Promise.all([
      sendWithContext(command, contextNamed('first'), send),
      sendWithContext(command, contextNamed('second'), send),
    ]);
    expect(outputs.map((o) => o.AccountAssignmentCreationStatus?.Status)).toEqual([
      'SUCCEEDED',
      'SUCCEEDED',
    ]);
    expect([...seen].sort()).toEqual(['first', 'second']);
    expect(callContextOf(command.input)).toBeUndefined();
    // Nothing was added to the command's own stack, which would make the SDK resolve it per call.
    expect(command.middlewareStack.identify()).toEqual([]);
  });
});
