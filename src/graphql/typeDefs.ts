import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { parse, type DocumentNode } from 'graphql';

/**
 * `schema/` at the package root: two levels up from this file both as `src/graphql/typeDefs.ts`
 * and as the compiled `dist/graphql/typeDefs.js`.
 */
export const SCHEMA_DIR = resolve(__dirname, '..', '..', 'schema');

/**
 * Parses every `schema/*.graphql` file (base first, then the domains in name order: plain
 * code-unit order, as `localeCompare` would load ICU's collation data, a few MB of resident memory,
 * to sort file names).
 */
export function loadTypeDefs(dir: string = SCHEMA_DIR): DocumentNode[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) =>
      a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a < b ? -1 : a > b ? 1 : 0,
    );
  return files.map((file) => parse(readFileSync(join(dir, file), 'utf8'), { noLocation: false }));
}
