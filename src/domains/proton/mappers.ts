import type { EnvironmentAccountConnection } from '@aws-sdk/client-proton';

/** What `EnvironmentAccountConnection` field resolvers receive: the GetEnvironmentAccountConnection output. */
export interface EnvironmentAccountConnectionModel {
  readonly __typename: 'EnvironmentAccountConnection';
  readonly environmentAccountConnectionId: string;
  readonly connection: EnvironmentAccountConnection;
}
