import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ReplayedResponse } from './recordingServer';

/** The request the client must send, as recorded from the wire. */
export interface ExpectedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** `null` when the request carries no body (and so no content type). */
  contentType: string | null;
  body: Record<string, unknown> | null;
}

/** A recorded error response and what the client must turn it into. */
export interface ErrorCase {
  response: ReplayedResponse & { status: number; headers: Record<string, string> };
  expected: {
    name: string;
    fault: 'client' | 'server';
    status: number;
    requestId: string;
    message: string;
    /** Modeled members the exception must carry (the SDK moves Message into `message`). */
    fields: Record<string, string>;
  };
}

/** One operation's golden wire fixture (the req / res / res-err snapshots of aws-sdk-js-v3). */
export interface WireFixture {
  operation: string;
  input: Record<string, unknown>;
  request: ExpectedRequest;
  response: ReplayedResponse & { status: number; headers: Record<string, string> };
  output: Record<string, unknown>;
  errors: ErrorCase[];
}

const fixtureDir = join(__dirname, '..', '..', '..', 'fixtures', 'iot-managed-integrations');

/** Every fixture in test/fixtures/iot-managed-integrations, keyed by operation name. */
export function loadWireFixtures(): Map<string, WireFixture> {
  const fixtures = new Map<string, WireFixture>();
  for (const file of readdirSync(fixtureDir).filter((name) => name.endsWith('.json'))) {
    const fixture = JSON.parse(readFileSync(join(fixtureDir, file), 'utf8')) as WireFixture;
    fixtures.set(fixture.operation, fixture);
  }
  return fixtures;
}
