import { ApolloServer } from '@apollo/server';

import { createResolvers } from '../../src/graphql/resolvers';
import { loadTypeDefs } from '../../src/graphql/typeDefs';

describe('the served schema', () => {
  test('custom scalars keep their SDL description (Sandbox and codegen show it)', async () => {
    const server = new ApolloServer({ typeDefs: loadTypeDefs(), resolvers: createResolvers() });
    await server.start();
    try {
      const response = await server.executeOperation({
        query: '{ __type(name: "DateTime") { kind description } }',
      });
      expect(response.body.kind).toBe('single');
      if (response.body.kind !== 'single') return;
      const type = response.body.singleResult.data?.__type as { kind: string; description: string };
      expect(type.kind).toBe('SCALAR');
      expect(type.description).toMatch(/^A point in time as an ISO-8601 string in UTC/);
    } finally {
      await server.stop();
    }
  });
});
