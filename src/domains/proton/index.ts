import { defineDomain } from '../module';
import { createLoaders } from './loaders';
import {
  environmentAccountConnectionResolvers,
  loadEnvironmentAccountConnectionNode,
} from './resolvers';

/**
 * `EnvironmentAccountConnection`, over AWS Proton. Proton reached end of support on 2026-10-07:
 * every field here depends only on Proton, so a Proton failure never touches other domains.
 */
export const proton = defineDomain({
  client: 'proton',
  resolvers: environmentAccountConnectionResolvers,
  createLoaders,
  // No writes.
  createService: () => ({}),
  nodeTypes: { EnvironmentAccountConnection: loadEnvironmentAccountConnectionNode },
});
