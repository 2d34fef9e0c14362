import { join } from 'node:path';

import type { Contender } from './Contender';
import { upstreamEnv } from './upstreamEnv';

/** node:http + SDK clients: the scenario's minimum upstream calls, all independent ones at once. */
export const floor: Contender = {
  id: 'floor',
  label: 'floor',
  spec: (env) => ({
    name: 'floor',
    command: process.execPath,
    args: [join(env.benchBuildDir, 'bench', 'floor', 'server.js')],
    cwd: env.repoRoot,
    env: {
      ...upstreamEnv(env.emulatorEndpoint, env.nodeOptions),
      PORT: String(env.port),
      ...env.env,
    },
    readyUrl: `http://127.0.0.1:${env.port}/readyz`,
  }),
  prepare: (_scenario, _fixtures, plan) => ({
    request: { path: '/plan', body: JSON.stringify(plan) },
    answerProblem: (body) => {
      const parsed = JSON.parse(body) as { results?: unknown[] };
      return Array.isArray(parsed.results) && parsed.results.length === plan.calls.length
        ? undefined
        : `expected ${plan.calls.length} results, received ${body.slice(0, 200)}`;
    },
    verifyBody: (body) => body.startsWith('{"results":'),
  }),
};
