import type DataLoader from 'dataloader';

import {
  GetAccountAssociationCommand,
  GetConnectorDestinationCommand,
  ListAccountAssociationsCommand,
  type ListAccountAssociationsResponse,
} from '../../aws/iot-managed-integrations';
import { createFanOutLoader } from '../fanOutLoader';
import type { Upstream } from '../upstream';
import type { AccountAssociationRecord, ConnectorDestinationModel } from './mappers';

export interface ListPageKey {
  connectorDestinationId: string | null;
  nextToken: string | undefined;
  maxResults: number;
}

/** Per-request readers for IoT managed integrations (see DESIGN.md, "Batching rules"). */
export interface IotManagedIntegrationsLoaders {
  /** GetAccountAssociation, one call per distinct id per request. */
  readonly association: DataLoader<string, AccountAssociationRecord>;
  /** GetConnectorDestination, one call per distinct id per request. */
  readonly connectorDestination: DataLoader<string, ConnectorDestinationModel>;
  /** ListAccountAssociations: identical page requests (aliases) are sent once. */
  readonly listPage: DataLoader<ListPageKey, ListAccountAssociationsResponse, string>;
}

export function createLoaders(upstream: Upstream): IotManagedIntegrationsLoaders {
  return {
    association: createFanOutLoader(async (id: string) => {
      const output = await upstream.send(
        new GetAccountAssociationCommand({ AccountAssociationId: id }),
      );
      // `send` checked the answer against the model: its required members are present.
      return output as AccountAssociationRecord;
    }),
    connectorDestination: createFanOutLoader(async (id: string) => {
      const record = await upstream.send(new GetConnectorDestinationCommand({ Identifier: id }));
      return {
        __typename: 'ConnectorDestination' as const,
        connectorDestinationId: record.Id ?? id,
        record,
      };
    }),
    listPage: createFanOutLoader(
      (key: ListPageKey) =>
        upstream.send(
          new ListAccountAssociationsCommand({
            ConnectorDestinationId: key.connectorDestinationId ?? undefined,
            NextToken: key.nextToken,
            MaxResults: key.maxResults,
          }),
        ),
      (key) => JSON.stringify([key.connectorDestinationId, key.nextToken ?? null, key.maxResults]),
    ),
  };
}
