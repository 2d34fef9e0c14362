/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The gateway's GraphQL endpoint; default http://localhost:4000/graphql. */
  readonly VITE_GRAPHQL_URL?: string;
}
