/** `npm run emulator`: the emulator as a standalone process (see emulatorOptionsFromEnv for its variables). */
import { portProblem } from '../shared/listenFailure';
import { EnvOptionError, emulatorOptionsFromEnv } from './envOptions';
import type { QuotaTable } from './quotas/AWS_TPS_QUOTAS';
import { quotaTableFrom, startEmulator } from './startEmulator';

/** The quotas in force for the start-up line, with how to lift them. */
function describeQuotas(table: QuotaTable): string {
  const limited = Object.entries(table).filter(([, tps]) => tps !== null);
  if (limited.length === 0) return 'request quotas off';
  const rates = limited.map(([name, tps]) => `${name} ${tps}/s`).join(', ');
  return `request quotas per account and region, EMULATOR_QUOTAS=off lifts them: ${rates}`;
}

async function main(): Promise<void> {
  let options;
  try {
    options = emulatorOptionsFromEnv(process.env);
  } catch (error) {
    if (error instanceof EnvOptionError) {
      for (const problem of error.problems) console.error(`emulator: ${problem}`);
      process.exit(2);
    }
    throw error;
  }
  let emulator;
  try {
    emulator = await startEmulator(options);
  } catch (error) {
    // A busy or forbidden port is a setting to change, not a bug: one line, no stack trace.
    const problem = portProblem(error, 'EMULATOR_PORT', options.port ?? 0);
    if (problem !== undefined) {
      console.error(`emulator: ${problem}`);
      process.exit(1);
    }
    throw error;
  }
  console.log(
    `emulator: IoT managed integrations, SSO Admin and Proton on ${emulator.endpoint} ` +
      `(${describeQuotas(quotaTableFrom(options.quotas))}; admin API: ${emulator.endpoint}/__emulator/calls; ` +
      `development OIDC issuer: ${emulator.oidcIssuer})`,
  );
  const shutdown = (signal: NodeJS.Signals): void => {
    console.log(`emulator: ${signal} received, stopping`);
    emulator.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('emulator: failed to stop cleanly', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error('emulator: failed to start', error);
  process.exit(1);
});
