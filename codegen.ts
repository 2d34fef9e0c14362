import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Each domain's `mappers.ts` declares the model its object types resolve from, by convention
 * `export interface <GraphQLType>Model` (or `type`). They are collected here so a new type needs no
 * edit outside its domain: codegen ties the type to its model and field resolvers are type-checked
 * against what AWS actually sends.
 */
function domainMappers(): Record<string, string> {
  const mappers: Record<string, string> = {};
  const root = join(__dirname, 'src', 'domains');
  for (const domain of readdirSync(root, { withFileTypes: true })) {
    if (!domain.isDirectory()) continue;
    let source: string;
    try {
      source = readFileSync(join(root, domain.name, 'mappers.ts'), 'utf8');
    } catch {
      continue;
    }
    for (const [, typeName] of source.matchAll(/^export (?:interface|type) (\w+)Model\b/gm)) {
      mappers[typeName] = `../domains/${domain.name}/mappers#${typeName}Model`;
    }
  }
  return mappers;
}

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
        scalars: { DateTime: { input: 'Date', output: 'Date | string' } },
        contextType: '../context#GraphQLContext',
        mappers: domainMappers(),
      },
    },
  },
};

export default config;
