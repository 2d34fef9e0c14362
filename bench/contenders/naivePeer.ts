import { join } from 'node:path';

import type { Contender } from './Contender';
import { graphqlScenarioRequest } from './graphqlScenarioRequest';
import { upstreamEnv } from './upstreamEnv';

/** Apollo Server standalone on the product's schema, resolvers calling the SDK per field. */
export const naivePeer: Contender = {
  id: 'naive-peer',
  label: 'naive peer',
  spec: (env) => ({
    name: 'naive-peer',
    command: process.execPath,
    args: [join(env.benchBuildDir, 'bench', 'naive-peer', 'server.js')],
    cwd: env.repoRoot,
    env: {
      ...upstreamEnv(env.emulatorEndpoint, env.nodeOptions),
      PORT: String(env.port),
      SCHEMA_DIR: join(env.repoRoot, 'schema'),
      ...env.env,
    },
    // Apollo's CSRF prevention accepts a GET only with a preflight-forcing header.
    readyUrl: `http://127.0.0.1:${env.port}/graphql?query=%7B__typename%7D`,
    readyHeaders: { 'apollo-require-preflight': 'true' },
  }),
  prepare: (scenario, fixtures) => graphqlScenarioRequest(scenario, fixtures),
};
