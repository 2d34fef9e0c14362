import {
  GetEnvironmentAccountConnectionCommand,
  ListEnvironmentAccountConnectionsCommand,
} from '@aws-sdk/client-proton';
import {
  DescribeAccountAssignmentCreationStatusCommand,
  ListAccountAssignmentCreationStatusCommand,
} from '@aws-sdk/client-sso-admin';
import { GetAccountAssociationCommand } from '../../src/aws/iot-managed-integrations';
import { EMULATOR_SEED, startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { calls, iotClient, protonClient, ssoAdminClient } from './support';

const TOTAL = 2000;

let emulator: RunningEmulator;

beforeAll(async () => {
  // This measures the emulator's own capacity, far beyond AWS's request-rate quotas
  // (test/emulator/quotas.test.ts covers those).
  emulator = await startEmulator({ quotas: 'off' });
});
afterAll(() => emulator.stop());

it(`serves ${TOTAL} concurrent SDK requests with none failed or lost`, async () => {
  const options = { maxSockets: 500 };
  const sso = ssoAdminClient(emulator, options);
  const proton = protonClient(emulator, options);
  const iot = iotClient(emulator, options);
  const { instanceArn, assignmentRequests } = EMULATOR_SEED.ssoAdmin;
  const connections = EMULATOR_SEED.proton.connections;
  const associations = EMULATOR_SEED.iotManagedIntegrations.accountAssociations;
  try {
    const requests = Array.from({ length: TOTAL }, (_, i): Promise<unknown> => {
      switch (i % 5) {
        case 0:
          return sso.send(
            new DescribeAccountAssignmentCreationStatusCommand({
              InstanceArn: instanceArn,
              AccountAssignmentCreationRequestId:
                assignmentRequests[i % assignmentRequests.length].requestId,
            }),
          );
        case 1:
          return sso.send(
            new ListAccountAssignmentCreationStatusCommand({
              InstanceArn: instanceArn,
              MaxResults: 10,
            }),
          );
        case 2:
          return proton.send(
            new GetEnvironmentAccountConnectionCommand({
              id: connections[i % connections.length].id,
            }),
          );
        case 3:
          return proton.send(
            new ListEnvironmentAccountConnectionsCommand({
              requestedBy: 'MANAGEMENT_ACCOUNT',
              maxResults: 10,
            }),
          );
        default:
          return iot.send(
            new GetAccountAssociationCommand({
              AccountAssociationId: associations[i % associations.length].id,
            }),
          );
      }
    });
    const started = performance.now();
    const results = await Promise.allSettled(requests);
    const wallMs = performance.now() - started;

    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failures.map((f) => String(f.reason))).toEqual([]);
    expect(await calls(emulator)).toEqual({
      'IoTManagedIntegrations.GetAccountAssociation': TOTAL / 5,
      'Proton.GetEnvironmentAccountConnection': TOTAL / 5,
      'Proton.ListEnvironmentAccountConnections': TOTAL / 5,
      'SSOAdmin.DescribeAccountAssignmentCreationStatus': TOTAL / 5,
      'SSOAdmin.ListAccountAssignmentCreationStatus': TOTAL / 5,
    });
    console.log(
      `${TOTAL} concurrent requests through the SDK clients: ${wallMs.toFixed(0)} ms wall time`,
    );
  } finally {
    sso.destroy();
    proton.destroy();
    iot.destroy();
  }
});
