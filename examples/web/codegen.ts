import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema/*.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        // The gateway sends DateTime as an ISO-8601 string in UTC; parse it where you display it.
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: {
        fragmentMasking: false,
        // Writes persisted-documents.json (sha256 → document) for TRUSTED_DOCUMENTS and embeds
        // each document's hash in it, for the persisted-query link.
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      // Apollo Client adds __typename to every selection: the listed documents must match.
      documentTransforms: [addTypenameSelectionDocumentTransform],
    },
    './src/gql/possibleTypes.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
