/**
 * The embedded AWS emulator: IoT managed integrations (restJson1), IAM Identity Center / SSO Admin
 * (awsJson1_1) and AWS Proton (awsJson1_0) on one HTTP endpoint, plus the admin API under
 * `/__emulator/`. This file is its only public entry point.
 */
export {
  startEmulator,
  DEFAULT_ACCOUNT_ID,
  DEFAULT_REGION,
  DEFAULT_DELAY_MS,
} from './startEmulator';
export type { EmulatorOptions, RunningEmulator } from './startEmulator';
export { EMULATOR_SEED } from './seed/EMULATOR_SEED';
export { AWS_TPS_QUOTAS } from './quotas/AWS_TPS_QUOTAS';
export type { QuotaSetting, QuotaTable } from './quotas/AWS_TPS_QUOTAS';
export type { ServiceName } from './services/ServiceDefinition';
