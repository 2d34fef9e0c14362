import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

import { createUpstreamClients } from '../aws/createUpstreamClients';
import { createNaiveResolvers } from './resolvers';

/**
 * The naive peer: the product's own schema files served by Apollo Server (standalone) with resolvers
 * that call the SDK per field. Benchmark contender only; the product never imports it.
 */
async function main(): Promise<void> {
  const schemaDir = resolve(process.env.SCHEMA_DIR ?? 'schema');
  const typeDefs = readdirSync(schemaDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(schemaDir, file), 'utf8'));
  const server = new ApolloServer({
    typeDefs,
    resolvers: createNaiveResolvers(createUpstreamClients()),
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' },
  });
  process.stdout.write(`naive peer listening on ${url}\n`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
