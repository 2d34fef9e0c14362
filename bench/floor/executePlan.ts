import { randomUUID } from 'node:crypto';

import { GetEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton';
import { DescribeAccountAssignmentCreationStatusCommand } from '@aws-sdk/client-sso-admin';

import {
  CreateAccountAssociationCommand,
  GetAccountAssociationCommand,
  ListAccountAssociationsCommand,
} from '../../src/aws/iot-managed-integrations';
import { assertNever } from '../../src/shared/assertNever';
import type { UpstreamClients } from '../aws/createUpstreamClients';
import type { UpstreamCall, UpstreamPlan } from '../plan/UpstreamPlan';

/**
 * Issues a plan's calls with the SDK clients, every independent call at once: the least a server can
 * do for the query, with no GraphQL parsing, validation, execution or result shaping. Gets are shared
 * by id, so a listed item that is also asked for directly is fetched once.
 */
export async function executePlan(
  plan: UpstreamPlan,
  clients: UpstreamClients,
): Promise<unknown[]> {
  const gets = new Map<string, Promise<unknown>>();
  const getAssociation = (id: string): Promise<unknown> => {
    let pending = gets.get(id);
    if (!pending) {
      pending = clients.iot
        .send(new GetAccountAssociationCommand({ AccountAssociationId: id }))
        .then(withoutMetadata);
      gets.set(id, pending);
    }
    return pending;
  };
  return Promise.all(plan.calls.map((call) => executeCall(call, clients, getAssociation)));
}

async function executeCall(
  call: UpstreamCall,
  clients: UpstreamClients,
  getAssociation: (id: string) => Promise<unknown>,
): Promise<unknown> {
  switch (call.operation) {
    case 'IoTManagedIntegrations.GetAccountAssociation':
      return getAssociation(call.accountAssociationId);
    case 'IoTManagedIntegrations.ListAccountAssociations': {
      const page = await clients.iot.send(
        new ListAccountAssociationsCommand({
          MaxResults: call.maxResults,
          ...(call.connectorDestinationId !== undefined
            ? { ConnectorDestinationId: call.connectorDestinationId }
            : {}),
        }),
      );
      const items = page.Items ?? [];
      if (!call.getEachItem) return { Items: items, NextToken: page.NextToken };
      const details = await Promise.all(
        items.map((item) => getAssociation(item.AccountAssociationId!)),
      );
      return { Items: details, NextToken: page.NextToken };
    }
    case 'IoTManagedIntegrations.CreateAccountAssociation': {
      const created = await clients.iot.send(
        new CreateAccountAssociationCommand({
          ClientToken: randomUUID(),
          ConnectorDestinationId: call.connectorDestinationId,
          Name: call.name,
          Description: call.description,
          Tags: call.tags,
        }),
      );
      return call.getAfter
        ? getAssociation(created.AccountAssociationId!)
        : withoutMetadata(created);
    }
    case 'SSOAdmin.DescribeAccountAssignmentCreationStatus':
      return withoutMetadata(
        await clients.sso.send(
          new DescribeAccountAssignmentCreationStatusCommand({
            InstanceArn: call.instanceArn,
            AccountAssignmentCreationRequestId: call.requestId,
          }),
        ),
      );
    case 'Proton.GetEnvironmentAccountConnection':
      return withoutMetadata(
        await clients.proton.send(
          new GetEnvironmentAccountConnectionCommand({ id: call.environmentAccountConnectionId }),
        ),
      );
    default:
      return assertNever(call);
  }
}

function withoutMetadata<T extends { $metadata?: unknown }>(output: T): Omit<T, '$metadata'> {
  const rest: T = { ...output };
  delete rest.$metadata;
  return rest;
}
