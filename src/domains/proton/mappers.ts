import type { EnvironmentAccountConnection } from '@aws-sdk/client-proton';

import type { structures } from '../../generated/aws/proton';
import type { WithRequiredMembers } from '../upstream';

/** A connection as `Upstream.send` checked it: every member AWS's model requires is present. */
export type EnvironmentAccountConnectionRecord = WithRequiredMembers<
  EnvironmentAccountConnection,
  typeof structures.EnvironmentAccountConnection
>;

/** What `EnvironmentAccountConnection` field resolvers receive: the GetEnvironmentAccountConnection output. */
export interface EnvironmentAccountConnectionModel {
  readonly __typename: 'EnvironmentAccountConnection';
  readonly environmentAccountConnectionId: string;
  readonly connection: EnvironmentAccountConnectionRecord;
}
