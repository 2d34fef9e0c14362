// The README documents these seed ids for readers to paste into queries: they must never drift.
import { GetEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton';
import { DescribeAccountAssignmentCreationStatusCommand } from '@aws-sdk/client-sso-admin';
import {
  GetAccountAssociationCommand,
  GetConnectorDestinationCommand,
} from '../../src/aws/iot-managed-integrations';
import { EMULATOR_SEED, startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { iotClient, protonClient, ssoAdminClient } from './support';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.stop());

it('serves the connector destinations and associations the README lists', async () => {
  const iot = iotClient(emulator);
  try {
    for (const [id, name] of [
      ['xi911mqb7r5snv963i8p7o96', 'Acme Smart Home'],
      ['dh7bs1p1imgldyug47le6ijp', 'Lumen Lighting'],
      ['i3en9fnu8w7tq1mmjq3mhzev', 'Thermia Climate'],
    ]) {
      expect((await iot.send(new GetConnectorDestinationCommand({ Identifier: id }))).Name).toBe(
        name,
      );
    }
    for (const [id, name, state] of [
      ['0epf8pxs0rwldisjthe98q6d', 'Austin Office 001', 'ASSOCIATION_SUCCEEDED'],
      ['s5f0akqmp9a2aj5flkqjj1gi', 'Madrid Warehouse 002', 'ASSOCIATION_SUCCEEDED'],
      ['njru0fosprmzejat2rduuli4', 'Dublin Office 003', 'ASSOCIATION_IN_PROGRESS'],
      ['4nthw2xfe6j7h3syv91r0zyt', 'Madrid Apartment 005', 'ASSOCIATION_FAILED'],
      ['q933aicji8lox5due2qnaxgw', 'Berlin Warehouse 007', 'ASSOCIATION_DELETING'],
      ['1if5ybbcpqeo5pmbqntbf7cc', 'Denver House 009', 'REFRESH_TOKEN_EXPIRED'],
    ]) {
      const association = await iot.send(
        new GetAccountAssociationCommand({ AccountAssociationId: id }),
      );
      expect([association.Name, association.AssociationState]).toEqual([name, state]);
    }
  } finally {
    iot.destroy();
  }
});

it('serves the SSO instance, permission sets and requests the README lists', async () => {
  expect(EMULATOR_SEED.ssoAdmin.instanceArn).toBe('arn:aws:sso:::instance/ssoins-87da9f8db5672c71');
  expect(EMULATOR_SEED.ssoAdmin.identityStoreId).toBe('d-93d0ea61b0');
  expect(EMULATOR_SEED.ssoAdmin.permissionSetArns.AdministratorAccess).toBe(
    'arn:aws:sso:::permissionSet/ssoins-87da9f8db5672c71/ps-0081e708b567d121',
  );
  expect(EMULATOR_SEED.ssoAdmin.deletedPermissionSetArn).toBe(
    'arn:aws:sso:::permissionSet/ssoins-87da9f8db5672c71/ps-8906435d1e601157',
  );
  const sso = ssoAdminClient(emulator);
  try {
    for (const [requestId, status] of [
      ['e1b46ae8-0edd-4a01-9e53-51980ca24f0d', 'SUCCEEDED'],
      ['9cf342e8-56ae-4557-b32f-e6b4d7cf8516', 'IN_PROGRESS'],
      ['1c30b11c-ec5e-4c9e-a301-8ba3e55f7028', 'FAILED'],
    ]) {
      const { AccountAssignmentCreationStatus } = await sso.send(
        new DescribeAccountAssignmentCreationStatusCommand({
          InstanceArn: EMULATOR_SEED.ssoAdmin.instanceArn,
          AccountAssignmentCreationRequestId: requestId,
        }),
      );
      expect(AccountAssignmentCreationStatus!.Status).toBe(status);
    }
  } finally {
    sso.destroy();
  }
});

it('serves the Proton connections the README lists', async () => {
  const proton = protonClient(emulator);
  try {
    for (const [id, status, environmentName] of [
      ['079ed9b0-4e7c-435c-80d3-f214392372be', 'CONNECTED', 'payments-prod'],
      ['af8b526e-061f-4de5-ac4b-adf0f2684828', 'PENDING', 'payments-staging'],
      ['cea5a1c9-687c-44b3-a3a7-6f4bb257cc70', 'REJECTED', 'checkout-dev'],
    ]) {
      const { environmentAccountConnection } = await proton.send(
        new GetEnvironmentAccountConnectionCommand({ id }),
      );
      expect(environmentAccountConnection).toMatchObject({
        status,
        environmentName,
        managementAccountId: '123456789012',
      });
    }
  } finally {
    proton.destroy();
  }
});
