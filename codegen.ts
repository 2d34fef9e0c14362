import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types are generated from schema/*.graphql and committed; CI fails when they are stale
// (`npm run codegen:check`).
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'Date' },
      },
    },
  },
};

export default config;
