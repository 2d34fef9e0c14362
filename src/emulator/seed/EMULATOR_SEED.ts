import { IOT_MANAGED_INTEGRATIONS_SEED } from '../services/iotManagedIntegrations/seed';
import { PROTON_SEED } from '../services/proton/seed';
import { SSO_ADMIN_SEED } from '../services/ssoAdmin/seed';

/**
 * The ids of the deterministic demo seed loaded into the default region (same on every start), for
 * tests, benchmarks and documentation. ARNs that embed the account or region are built from the
 * emulator's options; everything here is independent of them.
 */
export const EMULATOR_SEED = {
  iotManagedIntegrations: IOT_MANAGED_INTEGRATIONS_SEED,
  ssoAdmin: SSO_ADMIN_SEED,
  proton: PROTON_SEED,
} as const;
