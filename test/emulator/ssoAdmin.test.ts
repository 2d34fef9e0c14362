import {
  CreateAccountAssignmentCommand,
  DescribeAccountAssignmentCreationStatusCommand,
  DescribePermissionSetCommand,
  ListAccountAssignmentCreationStatusCommand,
  ListInstancesCommand,
  ListPermissionSetsCommand,
  paginateListAccountAssignmentCreationStatus,
  ResourceNotFoundException,
  ValidationException,
} from '@aws-sdk/client-sso-admin';
import type { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import { EMULATOR_SEED, startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { calls, eventually, rejectionOf, ssoAdminClient } from './support';

const seed = EMULATOR_SEED.ssoAdmin;
const InstanceArn = seed.instanceArn;
const adminArn = seed.permissionSetArns.AdministratorAccess;
const assignment = {
  InstanceArn,
  TargetId: '111122223333',
  TargetType: 'AWS_ACCOUNT' as const,
  PermissionSetArn: adminArn,
  PrincipalType: 'USER' as const,
  PrincipalId: '93d0ea61b0-0f1e2d3c-4b5a-4697-8877-665544332211',
};

let emulator: RunningEmulator;
let sso: SSOAdminClient;

beforeAll(async () => {
  emulator = await startEmulator({ assignmentDelayMs: 150 });
  sso = ssoAdminClient(emulator);
});
afterAll(async () => {
  sso.destroy();
  await emulator.stop();
});
beforeEach(() => emulator.reset());

describe('ListInstances / ListPermissionSets / DescribePermissionSet', () => {
  it('lists the seeded instance owned by the emulator account', async () => {
    const { Instances, NextToken } = await sso.send(new ListInstancesCommand({}));
    expect(NextToken).toBeUndefined();
    expect(Instances).toEqual([
      {
        InstanceArn,
        IdentityStoreId: seed.identityStoreId,
        OwnerAccountId: '123456789012',
        Name: 'account-graph-demo',
        CreatedDate: new Date('2025-06-02T09:30:00Z'),
        Status: 'ACTIVE',
      },
    ]);
    expect(InstanceArn).toMatch(/^arn:aws:sso:::instance\/ssoins-[a-zA-Z0-9-.]{16}$/);
  });

  it('pages through the permission sets without loss or repetition', async () => {
    const first = await sso.send(new ListPermissionSetsCommand({ InstanceArn, MaxResults: 4 }));
    expect(first.PermissionSets).toHaveLength(4);
    expect(first.NextToken).toEqual(expect.any(String));
    const second = await sso.send(
      new ListPermissionSetsCommand({ InstanceArn, MaxResults: 4, NextToken: first.NextToken }),
    );
    expect(second.NextToken).toBeUndefined();
    expect([...first.PermissionSets!, ...second.PermissionSets!].sort()).toEqual(
      Object.values(seed.permissionSetArns).sort(),
    );
  });

  it('describes a permission set with its timestamps as dates', async () => {
    const { PermissionSet } = await sso.send(
      new DescribePermissionSetCommand({ InstanceArn, PermissionSetArn: adminArn }),
    );
    expect(PermissionSet).toEqual({
      Name: 'AdministratorAccess',
      PermissionSetArn: adminArn,
      Description: 'Full access to AWS services and resources',
      CreatedDate: new Date('2025-06-02T10:00:00Z'),
      SessionDuration: 'PT1H',
    });
  });

  it('answers ResourceNotFoundException for an unknown permission set or instance', async () => {
    const missingSet = await rejectionOf(
      sso.send(
        new DescribePermissionSetCommand({
          InstanceArn,
          PermissionSetArn: seed.deletedPermissionSetArn,
        }),
      ),
    );
    expect(missingSet).toBeInstanceOf(ResourceNotFoundException);
    expect(missingSet.$metadata.httpStatusCode).toBe(404);
    expect(missingSet.message).toContain(seed.deletedPermissionSetArn);

    const missingInstance = await rejectionOf(
      sso.send(
        new ListPermissionSetsCommand({
          InstanceArn: 'arn:aws:sso:::instance/ssoins-0000000000000000',
        }),
      ),
    );
    expect(missingInstance).toBeInstanceOf(ResourceNotFoundException);
  });

  it('rejects malformed input with AWS-worded validation errors', async () => {
    const error = await rejectionOf(
      sso.send(
        new DescribePermissionSetCommand({ InstanceArn: 'not-an-arn', PermissionSetArn: adminArn }),
      ),
    );
    expect(error).toBeInstanceOf(ValidationException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toBe(
      "1 validation error detected: Value 'not-an-arn' at 'instanceArn' failed to satisfy constraint: " +
        'Member must satisfy regular expression pattern: ^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$',
    );

    const range = await rejectionOf(
      sso.send(new ListPermissionSetsCommand({ InstanceArn, MaxResults: 101 })),
    );
    expect(range.message).toBe(
      "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    );

    const missing = await rejectionOf(
      sso.send(new DescribePermissionSetCommand({ InstanceArn } as never)),
    );
    expect(missing.message).toBe(
      "1 validation error detected: Value null at 'permissionSetArn' failed to satisfy constraint: Member must not be null",
    );
  });
});

describe('account assignment creation', () => {
  it('goes IN_PROGRESS → SUCCEEDED after the configured delay', async () => {
    const { AccountAssignmentCreationStatus: created } = await sso.send(
      new CreateAccountAssignmentCommand(assignment),
    );
    expect(created).toEqual({
      Status: 'IN_PROGRESS',
      RequestId: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      ),
      TargetId: assignment.TargetId,
      TargetType: 'AWS_ACCOUNT',
      PermissionSetArn: adminArn,
      PrincipalType: 'USER',
      PrincipalId: assignment.PrincipalId,
      CreatedDate: expect.any(Date),
    });
    const describe = () =>
      sso.send(
        new DescribeAccountAssignmentCreationStatusCommand({
          InstanceArn,
          AccountAssignmentCreationRequestId: created!.RequestId,
        }),
      );
    expect((await describe()).AccountAssignmentCreationStatus!.Status).toBe('IN_PROGRESS');
    const settled = await eventually(
      describe,
      (r) => r.AccountAssignmentCreationStatus!.Status !== 'IN_PROGRESS',
    );
    expect(settled.AccountAssignmentCreationStatus).toMatchObject({
      Status: 'SUCCEEDED',
      RequestId: created!.RequestId,
    });
    expect(settled.AccountAssignmentCreationStatus!.FailureReason).toBeUndefined();
  });

  it('fails with a FailureReason when the permission set does not exist in the instance', async () => {
    const { AccountAssignmentCreationStatus: created } = await sso.send(
      new CreateAccountAssignmentCommand({
        ...assignment,
        PermissionSetArn: seed.deletedPermissionSetArn,
      }),
    );
    expect(created!.Status).toBe('IN_PROGRESS');
    const settled = await eventually(
      () =>
        sso.send(
          new DescribeAccountAssignmentCreationStatusCommand({
            InstanceArn,
            AccountAssignmentCreationRequestId: created!.RequestId,
          }),
        ),
      (r) => r.AccountAssignmentCreationStatus!.Status !== 'IN_PROGRESS',
    );
    expect(settled.AccountAssignmentCreationStatus!.Status).toBe('FAILED');
    expect(settled.AccountAssignmentCreationStatus!.FailureReason).toContain(
      seed.deletedPermissionSetArn,
    );
  });

  it('answers ResourceNotFoundException for an unknown request id', async () => {
    const error = await rejectionOf(
      sso.send(
        new DescribeAccountAssignmentCreationStatusCommand({
          InstanceArn,
          AccountAssignmentCreationRequestId: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  it('describes every seeded request in its documented status', async () => {
    const first = seed.assignmentRequests[0];
    const { AccountAssignmentCreationStatus } = await sso.send(
      new DescribeAccountAssignmentCreationStatusCommand({
        InstanceArn,
        AccountAssignmentCreationRequestId: first.requestId,
      }),
    );
    expect(AccountAssignmentCreationStatus).toMatchObject({
      RequestId: first.requestId,
      Status: first.status,
    });
    const counts = seed.assignmentRequests.reduce<Record<string, number>>((acc, r) => {
      acc[r.status] = (acc[r.status] ?? 0) + 1;
      return acc;
    }, {});
    expect(counts).toEqual({ SUCCEEDED: 40, IN_PROGRESS: 10, FAILED: 10 });
  });
});

describe('ListAccountAssignmentCreationStatus', () => {
  it('pages through all 60 seeded requests with the paginator, without loss or repetition', async () => {
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateListAccountAssignmentCreationStatus(
      { client: sso, pageSize: 7 },
      { InstanceArn },
    )) {
      pages++;
      expect(page.AccountAssignmentsCreationStatus!.length).toBeLessThanOrEqual(7);
      for (const item of page.AccountAssignmentsCreationStatus!) {
        // List items carry only the model's metadata members.
        expect(Object.keys(item).sort()).toEqual(['CreatedDate', 'RequestId', 'Status']);
        seen.push(item.RequestId!);
      }
    }
    expect(pages).toBe(9);
    expect(seen).toEqual(seed.assignmentRequests.map((r) => r.requestId));
    expect((await calls(emulator))['SSOAdmin.ListAccountAssignmentCreationStatus']).toBe(9);
  });

  it('filters by status, across pages', async () => {
    for (const status of ['SUCCEEDED', 'IN_PROGRESS', 'FAILED'] as const) {
      const ids: string[] = [];
      for await (const page of paginateListAccountAssignmentCreationStatus(
        { client: sso, pageSize: 6 },
        { InstanceArn, Filter: { Status: status } },
      )) {
        expect(page.AccountAssignmentsCreationStatus!.every((r) => r.Status === status)).toBe(true);
        ids.push(...page.AccountAssignmentsCreationStatus!.map((r) => r.RequestId!));
      }
      expect(ids).toEqual(
        seed.assignmentRequests.filter((r) => r.status === status).map((r) => r.requestId),
      );
    }
  });

  it('includes new requests after the seeded ones, and an exact last page has no token', async () => {
    const { AccountAssignmentCreationStatus } = await sso.send(
      new CreateAccountAssignmentCommand(assignment),
    );
    const page = await sso.send(
      new ListAccountAssignmentCreationStatusCommand({ InstanceArn, MaxResults: 61 }),
    );
    expect(page.AccountAssignmentsCreationStatus).toHaveLength(61);
    expect(page.AccountAssignmentsCreationStatus![60].RequestId).toBe(
      AccountAssignmentCreationStatus!.RequestId,
    );
    expect(page.NextToken).toBeUndefined();
  });

  it('rejects a forged token, and a token used with a different filter', async () => {
    const forged = await rejectionOf(
      sso.send(
        new ListAccountAssignmentCreationStatusCommand({
          InstanceArn,
          NextToken: 'AAAAAAAAAAAAAAAAAAAAAA==',
        }),
      ),
    );
    expect(forged).toBeInstanceOf(ValidationException);
    expect(forged.message).toMatch(
      /^1 validation error detected: Value 'AAAAAAAAAAAAAAAAAAAAAA==' at 'nextToken'/,
    );

    const { NextToken } = await sso.send(
      new ListAccountAssignmentCreationStatusCommand({ InstanceArn, MaxResults: 5 }),
    );
    const reused = await rejectionOf(
      sso.send(
        new ListAccountAssignmentCreationStatusCommand({
          InstanceArn,
          NextToken,
          Filter: { Status: 'FAILED' },
        }),
      ),
    );
    expect(reused).toBeInstanceOf(ValidationException);
  });

  it('rejects a status outside the enum', async () => {
    const error = await rejectionOf(
      sso.send(
        new ListAccountAssignmentCreationStatusCommand({
          InstanceArn,
          Filter: { Status: 'DONE' as never },
        }),
      ),
    );
    expect(error.message).toBe(
      "1 validation error detected: Value 'DONE' at 'filter.status' failed to satisfy constraint: Member must satisfy enum value set: [IN_PROGRESS, FAILED, SUCCEEDED]",
    );
  });
});

describe('regions', () => {
  it('keeps state per region: the seed lives in the default region only', async () => {
    const west = ssoAdminClient(emulator, { region: 'eu-west-1' });
    try {
      expect((await west.send(new ListInstancesCommand({}))).Instances).toEqual([]);
      const error = await rejectionOf(west.send(new ListPermissionSetsCommand({ InstanceArn })));
      expect(error).toBeInstanceOf(ResourceNotFoundException);
    } finally {
      west.destroy();
    }
  });
});
