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
      // The benchmark measures the graph, not token verification: no authentication, on purpose
      // (production refuses to start otherwise). One load generator is then one anonymous
      // principal, whose per-minute budget of AWS calls must not be what the benchmark measures.
      AUTH_MODE: 'none',
      RATE_LIMIT_AWS_CALLS_PER_MINUTE: '10000000',
    },
    readyUrl: `http://127.0.0.1:${env.port}/readyz`,
  }),
  prepare: (scenario, fixtures) => graphqlScenarioRequest(scenario, fixtures),
};
