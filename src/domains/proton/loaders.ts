import { GetEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton';
import type DataLoader from 'dataloader';

import { createFanOutLoader } from '../fanOutLoader';
import type { Upstream } from '../upstream';
import type { EnvironmentAccountConnectionModel } from './mappers';

/** Per-request readers for AWS Proton. */
export interface ProtonLoaders {
  /** GetEnvironmentAccountConnection, one call per distinct id. */
  readonly connection: DataLoader<string, EnvironmentAccountConnectionModel>;
}

export function createLoaders(upstream: Upstream): ProtonLoaders {
  return {
    connection: createFanOutLoader(
      async (id: string): Promise<EnvironmentAccountConnectionModel> => {
        const output = await upstream.send(new GetEnvironmentAccountConnectionCommand({ id }));
        const connection = output.environmentAccountConnection;
        if (!connection) {
          throw new Error(
            'GetEnvironmentAccountConnection answered without environmentAccountConnection',
          );
        }
        return {
          __typename: 'EnvironmentAccountConnection',
          environmentAccountConnectionId: connection.id ?? id,
          connection,
        };
      },
    ),
  };
}
