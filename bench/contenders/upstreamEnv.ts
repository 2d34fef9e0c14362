/**
 * The environment every contender process gets: the standard AWS variables pointing at the emulator
 * (dummy credentials, no instance metadata lookups) and nothing inherited from the caller's shell
 * except PATH and HOME, so a developer's AWS_PROFILE can never leak into a run.
 */
export function upstreamEnv(emulatorEndpoint: string, nodeOptions = ''): NodeJS.ProcessEnv {
  return {
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: emulatorEndpoint,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}
