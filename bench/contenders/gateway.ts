import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

import type { Contender } from './Contender';
import { graphqlScenarioRequest } from './graphqlScenarioRequest';
import { upstreamEnv } from './upstreamEnv';

/** The product: `node dist/main.js`, configured for production against AWS endpoints. */
export const gateway: Contender = {
  id: 'gateway',
  label: 'gateway',
  spec: (env) => ({
    name: 'gateway',
    command: process.execPath,
    args: [join(env.repoRoot, 'dist', 'main.js')],
    cwd: env.repoRoot,
    env: {
      ...upstreamEnv(env.emulatorEndpoint, env.nodeOptions),
      BACKEND: 'aws',
      PORT: String(env.port),
      HOST: '127.0.0.1',
      CURSOR_SECRET: randomBytes(48).toString('base64'),
      // One load generator is one anonymous principal: its per-minute budget of AWS calls must not
      // be what the benchmark measures.
      RATE_LIMIT_AWS_CALLS_PER_MINUTE: '10000000',
    },
    readyUrl: `http://127.0.0.1:${env.port}/readyz`,
  }),
  prepare: (scenario, fixtures) => graphqlScenarioRequest(scenario, fixtures),
};
