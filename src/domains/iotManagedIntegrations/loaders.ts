import type DataLoader from 'dataloader';

import {
  GetAccountAssociationCommand,
  GetConnectorDestinationCommand,
  ListAccountAssociationsCommand,
  ListConnectorDestinationsCommand,
  type ListAccountAssociationsResponse,
  type ListConnectorDestinationsResponse,
} from '../../aws/iot-managed-integrations';
import { admits, type Principal } from '../../auth/principal';
import { hiddenNotFound, isNotFound, outsideTenant } from '../../errors';
import type { UpstreamOperation } from '../../aws/upstreamOperation';
import type { operations } from '../../generated/aws/iot-managed-integrations';
import { createFanOutLoader } from '../fanOutLoader';
import type { Upstream } from '../upstream';
import type { AccountAssociationRecord, ConnectorDestinationModel } from './mappers';

export interface ListPageKey {
  connectorDestinationId: string | null;
  nextToken: string | undefined;
  maxResults: number;
}

/** One page of ListConnectorDestinations. */
export interface DestinationPageKey {
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
  /** ListConnectorDestinations: identical page requests are sent once. */
  readonly destinationPage: DataLoader<
    DestinationPageKey,
    ListConnectorDestinationsResponse,
    string
  >;
}

// The calls a hidden resource is reported under, checked against the model's operations.
const GET_ASSOCIATION = {
  service: 'IoTManagedIntegrations',
  operation: 'GetAccountAssociation',
} as const satisfies ModelOperation;
const GET_DESTINATION = {
  service: 'IoTManagedIntegrations',
  operation: 'GetConnectorDestination',
} as const satisfies ModelOperation;
type ModelOperation = UpstreamOperation & { operation: keyof typeof operations };

/**
 * The loaders enforce the caller's `connectorDestinationIds` for every path that reads: an
 * association of another destination is not found (whether it exists is not revealed), a
 * destination outside the list is not found without asking AWS, and a list outside it (or
 * unfiltered, or of all destinations) is refused before any call.
 */
export function createLoaders(
  upstream: Upstream,
  principal: Principal,
): IotManagedIntegrationsLoaders {
  const tenant = principal.connectorDestinationIds;
  return {
    association: createFanOutLoader(async (id: string) => {
      const hidden = () => hiddenNotFound(GET_ASSOCIATION, `Account association ${id}`);
      let output;
      try {
        output = await upstream.read(
          new GetAccountAssociationCommand({ AccountAssociationId: id }),
          'AccountAssociation',
        );
      } catch (error) {
        throw tenant !== undefined && isNotFound(error) ? hidden() : error;
      }
      if (!admits(tenant, output.ConnectorDestinationId ?? '')) throw hidden();
      // `send` checked the answer against the model: its required members are present.
      return output as AccountAssociationRecord;
    }),
    connectorDestination: createFanOutLoader(async (id: string) => {
      if (!admits(tenant, id)) throw hiddenNotFound(GET_DESTINATION, `Connector destination ${id}`);
      let record;
      try {
        record = await upstream.read(
          new GetConnectorDestinationCommand({ Identifier: id }),
          'ConnectorDestination',
        );
      } catch (error) {
        throw tenant !== undefined && isNotFound(error)
          ? hiddenNotFound(GET_DESTINATION, `Connector destination ${id}`)
          : error;
      }
      return {
        __typename: 'ConnectorDestination' as const,
        connectorDestinationId: record.Id ?? id,
        record,
      };
    }),
    listPage: createFanOutLoader(
      (key: ListPageKey) => {
        if (tenant !== undefined && key.connectorDestinationId === null) {
          throw outsideTenant(
            'This credential is limited to some connector destinations: list associations with a connectorDestinationId',
          );
        }
        if (!admits(tenant, key.connectorDestinationId ?? '')) {
          throw outsideTenant(
            `This credential may not list the associations of connector destination ${key.connectorDestinationId}`,
          );
        }
        return upstream.send(
          new ListAccountAssociationsCommand({
            ConnectorDestinationId: key.connectorDestinationId ?? undefined,
            NextToken: key.nextToken,
            MaxResults: key.maxResults,
          }),
        );
      },
      (key) => JSON.stringify([key.connectorDestinationId, key.nextToken ?? null, key.maxResults]),
    ),
    destinationPage: createFanOutLoader(
      (key: DestinationPageKey) => {
        if (tenant !== undefined) {
          throw outsideTenant(
            'This credential is limited to some connector destinations: read them one by one with connectorDestination',
          );
        }
        return upstream.send(
          new ListConnectorDestinationsCommand({
            NextToken: key.nextToken,
            MaxResults: key.maxResults,
          }),
        );
      },
      (key) => JSON.stringify([key.nextToken ?? null, key.maxResults]),
    ),
  };
}
