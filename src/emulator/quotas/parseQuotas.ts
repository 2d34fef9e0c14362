import type { ServiceName } from '../services/ServiceDefinition';
import { AWS_TPS_QUOTAS, SERVICE_NAMES } from './AWS_TPS_QUOTAS';
import type { QuotaTable } from './AWS_TPS_QUOTAS';

/** A quota setting that cannot be accepted; its message names the field and what it accepts. */
export class QuotaError extends Error {}

/** Larger than any quota AWS grants; a bigger number is a typo, not a setting. */
export const MAX_TPS = 1_000_000;

/** No service limited (`EMULATOR_QUOTAS=off`, `DELETE /__emulator/quotas`). */
export const NO_QUOTAS: QuotaTable = Object.freeze(
  Object.fromEntries(SERVICE_NAMES.map((service) => [service, null])) as Record<ServiceName, null>,
);

const EXPECTED = `"aws", "off", or an object of { "<Service>": <requests per second from 1 to ${MAX_TPS}> | null } with services ${SERVICE_NAMES.join(', ')}`;

/** The received value as a message shows it (`NaN` and `Infinity` are not JSON). */
const shown = (value: unknown): string =>
  typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));

/**
 * Reads a quota setting: `"aws"` (AWS's quotas), `"off"` (no limits) or an object naming services
 * with their requests per second (`null` for no limit; services not named have no limit). `name` is
 * the field the message refers to (`tps` in the admin API, `quotas` for `startEmulator`).
 */
export function parseQuotas(value: unknown, name: string): QuotaTable {
  if (value === 'aws') return AWS_TPS_QUOTAS;
  if (value === 'off') return NO_QUOTAS;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new QuotaError(`${name} must be ${EXPECTED}; got ${shown(value)}`);
  }
  const table: Record<ServiceName, number | null> = { ...NO_QUOTAS };
  for (const [service, tps] of Object.entries(value)) {
    if (!(SERVICE_NAMES as readonly string[]).includes(service)) {
      throw new QuotaError(
        `${name}.${service} is not an emulated service; expected one of ${SERVICE_NAMES.join(', ')}`,
      );
    }
    const valid =
      tps === null ||
      (typeof tps === 'number' && Number.isSafeInteger(tps) && tps >= 1 && tps <= MAX_TPS);
    if (!valid) {
      throw new QuotaError(
        `${name}.${service} must be a whole number of requests per second from 1 to ${MAX_TPS}, or null for no limit; got ${shown(tps)}`,
      );
    }
    table[service as ServiceName] = tps as number | null;
  }
  return table;
}
