import type { ServiceName } from '../services/ServiceDefinition';

/**
 * AWS's request-rate quotas, in requests per second per account and region, as the emulator enforces
 * them by default (`EMULATOR_QUOTAS=aws`). IAM Identity Center documents 20 TPS shared by all its
 * APIs; IoT managed integrations and Proton publish no per-API figure, so 100 is the budget the
 * gateway also assumes for them. This file imports nothing at run time, so the same numbers can be
 * reused wherever a client needs to stay within them.
 */
export const AWS_TPS_QUOTAS: Readonly<Record<ServiceName, number>> = Object.freeze({
  SSOAdmin: 20,
  IoTManagedIntegrations: 100,
  Proton: 100,
});

/** Every emulated service, in the order the admin API lists them. */
export const SERVICE_NAMES = Object.keys(AWS_TPS_QUOTAS) as readonly ServiceName[];

/** Requests per second each service accepts per account and region; `null` means no limit. */
export type QuotaTable = Readonly<Record<ServiceName, number | null>>;

/**
 * The `quotas` option of `startEmulator`: `aws` (AWS's quotas, the default), `off` (no limits), or a
 * table of requests per second where services not named have no limit.
 */
export type QuotaSetting = 'aws' | 'off' | Partial<Record<ServiceName, number | null>>;
