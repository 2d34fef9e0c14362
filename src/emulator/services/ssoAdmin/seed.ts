import { SeedRandom } from '../../seed/SeedRandom';
import type { SsoAdminStore } from './SsoAdminStore';
import type { PrincipalType, StatusValue } from './types';

const random = new SeedRandom(0x550ad);

const INSTANCE_ID = `ssoins-${random.hex(16)}`;
const IDENTITY_STORE_SUFFIX = random.hex(10);

const PERMISSION_SETS: ReadonlyArray<{ name: string; description: string; duration: string }> = [
  {
    name: 'AdministratorAccess',
    description: 'Full access to AWS services and resources',
    duration: 'PT1H',
  },
  {
    name: 'PowerUserAccess',
    description: 'Full access except IAM and Organizations management',
    duration: 'PT4H',
  },
  { name: 'ReadOnlyAccess', description: 'Read-only access to all AWS services', duration: 'PT8H' },
  {
    name: 'ViewOnlyAccess',
    description: 'View resource metadata without reading data',
    duration: 'PT8H',
  },
  { name: 'Billing', description: 'Access to billing and cost management', duration: 'PT2H' },
  {
    name: 'SecurityAudit',
    description: 'Read security configuration for audits',
    duration: 'PT12H',
  },
];

const permissionSetArn = (): string =>
  `arn:aws:sso:::permissionSet/${INSTANCE_ID}/ps-${random.hex(16)}`;

const PERMISSION_SET_ARNS = Object.fromEntries(
  PERMISSION_SETS.map((ps) => [ps.name, permissionSetArn()]),
);
/** A permission set that was deleted from the instance: the seeded FAILED requests point at it. */
const DELETED_PERMISSION_SET_ARN = permissionSetArn();

const TARGET_ACCOUNTS = Array.from(
  { length: 8 },
  () => `${1 + random.int(9)}${random.chars(11, '0123456789')}`,
);
const principal = (): string => `${IDENTITY_STORE_SUFFIX}-${random.uuid()}`;
const USERS = Array.from({ length: 12 }, principal);
const GROUPS = Array.from({ length: 4 }, principal);

/** Statuses cycle through this pattern: 40 SUCCEEDED, 10 IN_PROGRESS, 10 FAILED out of 60. */
const STATUS_CYCLE: readonly StatusValue[] = [
  'SUCCEEDED',
  'SUCCEEDED',
  'IN_PROGRESS',
  'SUCCEEDED',
  'FAILED',
  'SUCCEEDED',
];
const FIRST_REQUEST_AT = Date.UTC(2025, 8, 1, 8, 0, 0);

const REQUESTS = Array.from({ length: 60 }, (_, i) => {
  const status = STATUS_CYCLE[i % STATUS_CYCLE.length];
  const principalType: PrincipalType = i % 4 === 3 ? 'GROUP' : 'USER';
  return {
    requestId: random.uuid(),
    status,
    targetId: random.pick(TARGET_ACCOUNTS),
    permissionSetArn:
      status === 'FAILED'
        ? DELETED_PERMISSION_SET_ARN
        : PERMISSION_SET_ARNS[random.pick(PERMISSION_SETS).name],
    principalType,
    principalId: random.pick(principalType === 'USER' ? USERS : GROUPS),
    createdAt: FIRST_REQUEST_AT + i * 37 * 60_000,
  };
});

export function missingPermissionSetReason(permissionSetArn: string, instanceArn: string): string {
  return `Received a 404 status error: Permission set ${permissionSetArn} does not exist in instance ${instanceArn}.`;
}

/** The seeded IAM Identity Center ids, as documented in the README. */
export const SSO_ADMIN_SEED = {
  instanceArn: `arn:aws:sso:::instance/${INSTANCE_ID}`,
  identityStoreId: `d-${IDENTITY_STORE_SUFFIX}`,
  permissionSetArns: PERMISSION_SET_ARNS as Readonly<Record<string, string>>,
  deletedPermissionSetArn: DELETED_PERMISSION_SET_ARN,
  targetAccountIds: TARGET_ACCOUNTS as readonly string[],
  assignmentRequests: REQUESTS.map(({ requestId, status }) => ({
    requestId,
    status,
  })) as ReadonlyArray<{
    readonly requestId: string;
    readonly status: StatusValue;
  }>,
} as const;

export function loadSsoAdminSeed(store: SsoAdminStore, accountId: string): void {
  const instanceArn = SSO_ADMIN_SEED.instanceArn;
  store.instances.set(instanceArn, {
    seq: store.nextSeq(),
    InstanceArn: instanceArn,
    IdentityStoreId: SSO_ADMIN_SEED.identityStoreId,
    OwnerAccountId: accountId,
    Name: 'account-graph-demo',
    CreatedDate: new Date(Date.UTC(2025, 5, 2, 9, 30, 0)),
    Status: 'ACTIVE',
  });
  PERMISSION_SETS.forEach((ps, i) => {
    const arn = PERMISSION_SET_ARNS[ps.name];
    store.permissionSets.set(arn, {
      seq: store.nextSeq(),
      instanceArn,
      PermissionSetArn: arn,
      Name: ps.name,
      Description: ps.description,
      CreatedDate: new Date(Date.UTC(2025, 5, 2, 10, i * 5, 0)),
      SessionDuration: ps.duration,
      RelayState: ps.name === 'Billing' ? 'https://console.aws.amazon.com/billing/home' : undefined,
    });
  });
  for (const request of REQUESTS) {
    store.requests.set(request.requestId, {
      seq: store.nextSeq(),
      instanceArn,
      RequestId: request.requestId,
      TargetId: request.targetId,
      TargetType: 'AWS_ACCOUNT',
      PermissionSetArn: request.permissionSetArn,
      PrincipalType: request.principalType,
      PrincipalId: request.principalId,
      CreatedDate: new Date(request.createdAt),
      Status: request.status,
      FailureReason:
        request.status === 'FAILED'
          ? missingPermissionSetReason(request.permissionSetArn, instanceArn)
          : undefined,
    });
  }
}
