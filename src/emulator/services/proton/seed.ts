import { SeedRandom } from '../../seed/SeedRandom';
import type { ProtonStore } from './ProtonStore';
import type { ConnectionStatus } from './types';

const random = new SeedRandom(0x9207011);

const ENVIRONMENT_ACCOUNTS = Array.from(
  { length: 6 },
  () => `${1 + random.int(9)}${random.chars(11, '0123456789')}`,
);
const ENVIRONMENT_NAMES = [
  'payments-prod',
  'payments-staging',
  'checkout-prod',
  'checkout-dev',
  'search-prod',
  'search-staging',
  'identity-prod',
  'ledger-prod',
  'notifications-dev',
  'analytics-prod',
];
/** 20 CONNECTED, 12 PENDING, 8 REJECTED out of 40. */
const STATUS_CYCLE: readonly ConnectionStatus[] = [
  'CONNECTED',
  'PENDING',
  'CONNECTED',
  'REJECTED',
  'CONNECTED',
  'PENDING',
  'CONNECTED',
  'PENDING',
  'CONNECTED',
  'REJECTED',
];
const FIRST_REQUEST_AT = Date.UTC(2025, 6, 14, 9, 0, 0);

const CONNECTIONS = Array.from({ length: 40 }, (_, i) => ({
  id: random.uuid(),
  status: STATUS_CYCLE[i % STATUS_CYCLE.length],
  environmentAccountId: ENVIRONMENT_ACCOUNTS[i % ENVIRONMENT_ACCOUNTS.length],
  environmentName: ENVIRONMENT_NAMES[i % ENVIRONMENT_NAMES.length],
  requestedAt: FIRST_REQUEST_AT + i * 5 * 3_600_000,
}));

/** The seeded environment account connections (ids, statuses), as documented in the README. */
export const PROTON_SEED = {
  environmentAccountIds: ENVIRONMENT_ACCOUNTS as readonly string[],
  connections: CONNECTIONS.map(({ id, status, environmentName, environmentAccountId }) => ({
    id,
    status,
    environmentName,
    environmentAccountId,
  })) as ReadonlyArray<{
    readonly id: string;
    readonly status: ConnectionStatus;
    readonly environmentName: string;
    readonly environmentAccountId: string;
  }>,
} as const;

/** Seeded connections were requested by other accounts with the emulator's account as their management account. */
export function loadProtonSeed(store: ProtonStore, accountId: string, region: string): void {
  CONNECTIONS.forEach((c, i) => {
    const requestedAt = new Date(c.requestedAt);
    store.connections.set(c.id, {
      seq: store.nextSeq(),
      id: c.id,
      arn: `arn:aws:proton:${region}:${c.environmentAccountId}:environment-account-connection/${c.id}`,
      managementAccountId: accountId,
      environmentAccountId: c.environmentAccountId,
      roleArn: `arn:aws:iam::${c.environmentAccountId}:role/ProtonEnvironmentRole`,
      environmentName: c.environmentName,
      requestedAt,
      lastModifiedAt:
        c.status === 'PENDING' ? requestedAt : new Date(c.requestedAt + 2 * 3_600_000),
      status: c.status,
      componentRoleArn:
        i % 2 === 0 ? `arn:aws:iam::${c.environmentAccountId}:role/ProtonComponentRole` : undefined,
      codebuildRoleArn:
        i % 3 === 0
          ? `arn:aws:iam::${c.environmentAccountId}:role/ProtonCodeBuildProvisioningRole`
          : undefined,
      tags: [{ key: 'team', value: c.environmentName.split('-')[0] }],
    });
  });
}
