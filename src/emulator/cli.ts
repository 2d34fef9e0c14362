/** `npm run emulator`: the emulator as a standalone process (see emulatorOptionsFromEnv for its variables). */
import { EnvOptionError, emulatorOptionsFromEnv } from './envOptions';
import { startEmulator } from './startEmulator';

async function main(): Promise<void> {
  let options;
  try {
    options = emulatorOptionsFromEnv(process.env);
  } catch (error) {
    if (error instanceof EnvOptionError) {
      console.error(`emulator: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const emulator = await startEmulator(options);
  console.log(
    `emulator: IoT managed integrations, SSO Admin and Proton on ${emulator.endpoint} ` +
      `(admin API: ${emulator.endpoint}/__emulator/calls)`,
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
