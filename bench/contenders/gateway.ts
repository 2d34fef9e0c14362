import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

import { QUOTA_VARIABLES } from '../../src/limits/awsQuota';
import type { Contender } from './Contender';
import { graphqlScenarioRequest } from './graphqlScenarioRequest';
import { upstreamEnv } from './upstreamEnv';

/** The largest quota the gateway accepts (each service's AWS_QUOTA_<SERVICE>_TPS). */
const LIFTED_QUOTA_TPS = '1000000';

/**
 * The product: `node dist/main.js` (the default start command, so with the heap limits it sizes
 * for itself), configured for production against AWS endpoints.
 */
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
      // Scenarios 1–5 measure the fewest upstream calls one request needs and what the gateway's
      // machinery costs around them: no answer from the cross-request cache (the cached
      // scenarios turn it on), and AWS's request-rate quotas (the gateway's gate, like the
      // emulator's enforcement) lifted so that they never become what is measured.
      CACHE: 'off',
      // IAM Identity Center's default is 20 calls per second for the whole account: one request
      // of scenario 8 alone makes more.
      ...Object.fromEntries(Object.values(QUOTA_VARIABLES).map((name) => [name, LIFTED_QUOTA_TPS])),
      ...env.env,
    },
    readyUrl: `http://127.0.0.1:${env.port}/readyz`,
  }),
  prepare: (scenario, fixtures) => graphqlScenarioRequest(scenario, fixtures),
};
