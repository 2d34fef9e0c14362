import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, makeVar } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';

import introspection from './gql/possibleTypes';

/** The `x-request-id` of the last response, to quote when reporting a problem. */
export const lastRequestId = makeVar<string | null>(null);

export function createApolloClient(options: {
  /** The gateway's endpoint, e.g. http://localhost:4000/graphql. */
  uri: string;
  /** The signed-in user's access token, if any. */
  getToken: () => string | null;
}): ApolloClient {
  const cache = new InMemoryCache({
    // `node(id:)` and `nodes(ids:)` return the interface Node: fragments on its types need this.
    possibleTypes: introspection.possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          // Merges pages by `edges`: select `edges { cursor node { … } }` and `pageInfo`, not `nodes`.
          accountAssociations: relayStylePagination(['connectorDestinationId']),
        },
      },
    },
  });

  // Credentials: `Authorization: Bearer <JWT>` (or `x-api-key: <key>`) on every request.
  const auth = new SetContextLink(({ headers }) => {
    const token = options.getToken();
    return { headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers };
  });

  // Sends each document's hash from codegen's persisted documents instead of its text, which is
  // what TRUSTED_DOCUMENTS=require runs. A gateway without the list answers
  // PERSISTED_QUERY_NOT_FOUND once; the link then sends the full text for the rest of the session.
  const persistedDocuments = new PersistedQueryLink({
    generateHash: documentHash,
    disable: ({ meta }) => meta.persistedQueryNotSupported || meta.persistedQueryNotFound,
  });

  const http = new HttpLink({
    uri: options.uri,
    // The gateway exposes `x-request-id` to browsers (Access-Control-Expose-Headers).
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      lastRequestId(response.headers.get('x-request-id'));
      return response;
    },
  });

  return new ApolloClient({
    link: ApolloLink.from([auth, persistedDocuments, http]),
    cache,
  });
}

/** The hash codegen embeds in each document (`sha256:<hex>`), as the bare hex APQ carries. */
function documentHash(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (hash === undefined) throw new Error('A document without a hash: run npm run codegen');
  return hash.replace(/^sha256:/, '');
}
