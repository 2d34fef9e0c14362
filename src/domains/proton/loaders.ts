import {
  GetEnvironmentAccountConnectionCommand,
  ListEnvironmentAccountConnectionsCommand,
  type EnvironmentAccountConnectionRequesterAccountType,
  type EnvironmentAccountConnectionStatus,
  type ListEnvironmentAccountConnectionsOutput,
} from '@aws-sdk/client-proton';
import type DataLoader from 'dataloader';

import { createFanOutLoader } from '../fanOutLoader';
import type { Upstream } from '../upstream';
import {
  fromRecord,
  type EnvironmentAccountConnectionModel,
  type EnvironmentAccountConnectionRecord,
} from './mappers';

/** One page of ListEnvironmentAccountConnections with its filters. */
export interface ConnectionPageKey {
  requestedBy: EnvironmentAccountConnectionRequesterAccountType;
  /** Sorted: the same set in another order is the same page. */
  statuses: readonly EnvironmentAccountConnectionStatus[];
  environmentName: string | null;
  nextToken: string | undefined;
  maxResults: number;
}

/** Per-request readers for AWS Proton. */
export interface ProtonLoaders {
  /** GetEnvironmentAccountConnection, one call per distinct id. */
  readonly connection: DataLoader<string, EnvironmentAccountConnectionModel>;
  /** ListEnvironmentAccountConnections: identical page requests are sent once. */
  readonly connectionPage: DataLoader<
    ConnectionPageKey,
    ListEnvironmentAccountConnectionsOutput,
    string
  >;
}

export function createLoaders(upstream: Upstream): ProtonLoaders {
  return {
    connection: createFanOutLoader(
      async (id: string): Promise<EnvironmentAccountConnectionModel> => {
        const output = await upstream.read(
          new GetEnvironmentAccountConnectionCommand({ id }),
          'EnvironmentAccountConnection',
        );
        // `send` checked the answer against the model: the connection and its required members are there.
        return fromRecord(
          output.environmentAccountConnection as EnvironmentAccountConnectionRecord,
        );
      },
    ),
    connectionPage: createFanOutLoader(
      (key: ConnectionPageKey) =>
        upstream.send(
          new ListEnvironmentAccountConnectionsCommand({
            requestedBy: key.requestedBy,
            statuses: key.statuses.length > 0 ? [...key.statuses] : undefined,
            environmentName: key.environmentName ?? undefined,
            nextToken: key.nextToken,
            maxResults: key.maxResults,
          }),
        ),
      (key) =>
        JSON.stringify([
          key.requestedBy,
          key.statuses,
          key.environmentName,
          key.nextToken ?? null,
          key.maxResults,
        ]),
    ),
  };
}
