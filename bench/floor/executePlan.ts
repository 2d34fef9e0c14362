import { randomUUID } from 'node:crypto';

import { GetEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton';
import {
  DescribeAccountAssignmentCreationStatusCommand,
  DescribePermissionSetCommand,
  ListAccountAssignmentCreationStatusCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-sso-admin';
import type { AccountAssignmentOperationStatus } from '@aws-sdk/client-sso-admin';

import {
  CreateAccountAssociationCommand,
  GetAccountAssociationCommand,
  ListAccountAssociationsCommand,
} from '../../src/aws/iot-managed-integrations';
import { assertNever } from '../../src/shared/assertNever';
import type { UpstreamClients } from '../aws/createUpstreamClients';
import type { UpstreamCall, UpstreamPlan } from '../plan/UpstreamPlan';

/** Each distinct resource fetched once per plan, however many calls of the plan read it. */
interface SharedReads {
  association(id: string): Promise<unknown>;
  assignmentStatus(
    instanceArn: string,
    requestId: string,
  ): Promise<AccountAssignmentOperationStatus>;
  /** Null when the permission set no longer exists (the answer has the field null). */
  permissionSet(instanceArn: string, permissionSetArn: string): Promise<unknown>;
}

/**
 * Issues a plan's calls with the SDK clients, every independent call at once: the least a server can
 * do for the query, with no GraphQL parsing, validation, execution or result shaping. Reads are
 * shared by id, so a listed item that is also asked for directly is fetched once, and a permission
 * set that several requests point at is described once.
 */
export async function executePlan(
  plan: UpstreamPlan,
  clients: UpstreamClients,
): Promise<unknown[]> {
  const reads: SharedReads = {
    association: once((id: string) =>
      clients.iot
        .send(new GetAccountAssociationCommand({ AccountAssociationId: id }))
        .then(withoutMetadata),
    ),
    assignmentStatus: once(async (instanceArn: string, requestId: string) => {
      const output = await clients.sso.send(
        new DescribeAccountAssignmentCreationStatusCommand({
          InstanceArn: instanceArn,
          AccountAssignmentCreationRequestId: requestId,
        }),
      );
      return output.AccountAssignmentCreationStatus ?? {};
    }),
    permissionSet: once(async (instanceArn: string, permissionSetArn: string) => {
      try {
        const output = await clients.sso.send(
          new DescribePermissionSetCommand({
            InstanceArn: instanceArn,
            PermissionSetArn: permissionSetArn,
          }),
        );
        return output.PermissionSet ?? null;
      } catch (error) {
        if (error instanceof ResourceNotFoundException) return null;
        throw error;
      }
    }),
  };
  return Promise.all(plan.calls.map((call) => executeCall(call, clients, reads)));
}

/** Memoizes `read` by its arguments: one promise per distinct key. */
function once<Args extends string[], T>(
  read: (...args: Args) => Promise<T>,
): (...args: Args) => Promise<T> {
  const pending = new Map<string, Promise<T>>();
  return (...args) => {
    const key = args.join('\n');
    let promise = pending.get(key);
    if (!promise) {
      promise = read(...args);
      pending.set(key, promise);
    }
    return promise;
  };
}

/** A creation request as described, with its permission set when the selection reads it. */
async function describedRequest(
  reads: SharedReads,
  instanceArn: string,
  requestId: string,
  withPermissionSet: boolean,
): Promise<unknown> {
  const status = await reads.assignmentStatus(instanceArn, requestId);
  if (!withPermissionSet || !status.PermissionSetArn) return status;
  return {
    ...status,
    PermissionSet: await reads.permissionSet(instanceArn, status.PermissionSetArn),
  };
}

async function executeCall(
  call: UpstreamCall,
  clients: UpstreamClients,
  reads: SharedReads,
): Promise<unknown> {
  switch (call.operation) {
    case 'IoTManagedIntegrations.GetAccountAssociation':
      return reads.association(call.accountAssociationId);
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
        items.map((item) => reads.association(item.AccountAssociationId!)),
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
        ? reads.association(created.AccountAssociationId!)
        : withoutMetadata(created);
    }
    case 'SSOAdmin.DescribeAccountAssignmentCreationStatus':
      return describedRequest(reads, call.instanceArn, call.requestId, call.describePermissionSet);
    case 'SSOAdmin.ListAccountAssignmentCreationStatus': {
      const page = await clients.sso.send(
        new ListAccountAssignmentCreationStatusCommand({
          InstanceArn: call.instanceArn,
          MaxResults: call.maxResults,
          ...(call.status !== undefined ? { Filter: { Status: call.status } } : {}),
        }),
      );
      const items = page.AccountAssignmentsCreationStatus ?? [];
      if (!call.describeEachItem) return { Items: items, NextToken: page.NextToken };
      const details = await Promise.all(
        items.map((item) =>
          describedRequest(reads, call.instanceArn, item.RequestId!, call.describePermissionSets),
        ),
      );
      return { Items: details, NextToken: page.NextToken };
    }
    case 'SSOAdmin.DescribePermissionSet':
      return reads.permissionSet(call.instanceArn, call.permissionSetArn);
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
