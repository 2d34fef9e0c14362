import { GetEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton';
import type DataLoader from 'dataloader';

import { createFanOutLoader } from '../fanOutLoader';
import type { Upstream } from '../upstream';
import type {
  EnvironmentAccountConnectionModel,
  EnvironmentAccountConnectionRecord,
} from './mappers';

/** Per-request readers for AWS Proton. */
export interface ProtonLoaders {
  /** GetEnvironmentAccountConnection, one call per distinct id. */
  readonly connection: DataLoader<string, EnvironmentAccountConnectionModel>;
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
        const connection =
          output.environmentAccountConnection as EnvironmentAccountConnectionRecord;
        return {
          __typename: 'EnvironmentAccountConnection',
          environmentAccountConnectionId: connection.id,
          connection,
        };
      },
    ),
  };
}
