import {
  paginateListAccountAssociations,
  paginateListConnectorDestinations,
  type IoTManagedIntegrationsClient,
} from '../../../src/aws/iot-managed-integrations';
import { startRecordingServer, type RecordingServer } from './support/recordingServer';
import { createTestClient } from './support/testClient';

let server: RecordingServer;
let client: IoTManagedIntegrationsClient;

beforeEach(async () => {
  server = await startRecordingServer();
  client = createTestClient(server.endpoint);
});

afterEach(async () => {
  client.destroy();
  await server.stop();
});

const item = (id: string) => ({
  AccountAssociationId: id,
  AssociationState: 'ASSOCIATION_SUCCEEDED',
});

test('paginateListAccountAssociations follows NextToken across pages', async () => {
  server.reply(
    { status: 200, body: { Items: [item('aa01'), item('aa02')], NextToken: 'tok-1' } },
    { status: 200, body: { Items: [item('aa03'), item('aa04')], NextToken: 'tok-2' } },
    { status: 200, body: { Items: [item('aa05')] } },
  );

  const pages: string[][] = [];
  for await (const page of paginateListAccountAssociations(
    { client, pageSize: 2 },
    { ConnectorDestinationId: 'cd-hue-eu' },
  )) {
    pages.push((page.Items ?? []).map((association) => association.AccountAssociationId!));
  }

  expect(pages).toEqual([['aa01', 'aa02'], ['aa03', 'aa04'], ['aa05']]);
  expect(server.requests.map((request) => request.query)).toEqual([
    { ConnectorDestinationId: 'cd-hue-eu', MaxResults: '2' },
    { ConnectorDestinationId: 'cd-hue-eu', MaxResults: '2', NextToken: 'tok-1' },
    { ConnectorDestinationId: 'cd-hue-eu', MaxResults: '2', NextToken: 'tok-2' },
  ]);
});

test('paginateListConnectorDestinations resumes from a starting token', async () => {
  server.reply(
    {
      status: 200,
      body: { ConnectorDestinationList: [{ Id: 'cd-2', Name: 'Two' }], NextToken: 'tok-3' },
    },
    { status: 200, body: { ConnectorDestinationList: [{ Id: 'cd-3', Name: 'Three' }] } },
  );

  const ids: string[] = [];
  for await (const page of paginateListConnectorDestinations(
    { client, startingToken: 'tok-2' },
    { CloudConnectorId: 'hue-connector' },
  )) {
    ids.push(...(page.ConnectorDestinationList ?? []).map((destination) => destination.Id!));
  }

  expect(ids).toEqual(['cd-2', 'cd-3']);
  expect(server.requests.map((request) => request.query)).toEqual([
    { CloudConnectorId: 'hue-connector', NextToken: 'tok-2' },
    { CloudConnectorId: 'hue-connector', NextToken: 'tok-3' },
  ]);
});
