import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types are generated from schema/*.graphql and committed; CI fails when they are stale
// (`npm run codegen:check`). `mappers` tie each GraphQL object type to the AWS-shaped model its
// parent resolver returns, so field resolvers are type-checked against what AWS actually sends.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: { input: 'Date', output: 'Date | string' } },
        contextType: '../context#GraphQLContext',
        mappers: {
          AccountAssociation: '../domains/account-associations/mappers#AccountAssociationModel',
          ConnectorDestination: '../domains/account-associations/mappers#ConnectorDestinationModel',
          AssignmentStatus: '../domains/assignment-status/mappers#AssignmentStatusModel',
          EnvironmentAccountConnection:
            '../domains/environment-account-connections/mappers#EnvironmentAccountConnectionModel',
        },
      },
    },
  },
};

export default config;
