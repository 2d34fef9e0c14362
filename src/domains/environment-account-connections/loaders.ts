import { GetEnvironmentAccountConnectionCommand, type ProtonClient } from '@aws-sdk/client-proton';
import type DataLoader from 'dataloader';

import { createFanOutLoader } from '../fanOutLoader';
import type { EnvironmentAccountConnectionModel } from './mappers';

/** Per-request readers for AWS Proton. */
export interface EnvironmentAccountConnectionLoaders {
  /** GetEnvironmentAccountConnection, one call per distinct id. */
  readonly connection: DataLoader<string, EnvironmentAccountConnectionModel>;
}

export function createEnvironmentAccountConnectionLoaders(
  client: ProtonClient,
): EnvironmentAccountConnectionLoaders {
  return {
    connection: createFanOutLoader(
      { service: 'Proton', operation: 'GetEnvironmentAccountConnection' },
      async (id: string): Promise<EnvironmentAccountConnectionModel> => {
        const output = await client.send(new GetEnvironmentAccountConnectionCommand({ id }));
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
