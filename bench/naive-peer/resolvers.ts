import { randomUUID } from 'node:crypto';

import { GetEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton';
import type { EnvironmentAccountConnection } from '@aws-sdk/client-proton';
import {
  DescribeAccountAssignmentCreationStatusCommand,
  DescribePermissionSetCommand,
  ListAccountAssignmentCreationStatusCommand,
} from '@aws-sdk/client-sso-admin';
import type {
  AccountAssignmentOperationStatus,
  PermissionSet,
  StatusValues,
} from '@aws-sdk/client-sso-admin';
import { GraphQLScalarType } from 'graphql';

import {
  CreateAccountAssociationCommand,
  GetAccountAssociationCommand,
  ListAccountAssociationsCommand,
} from '../../src/aws/iot-managed-integrations';
import type {
  AccountAssociationItem,
  GetAccountAssociationResponse,
} from '../../src/aws/iot-managed-integrations';
import type { UpstreamClients } from '../aws/createUpstreamClients';

/*
 * Resolvers as a team often writes them first: each field that needs data calls the SDK itself.
 * No DataLoader, no per-request cache, no concurrency cap: repeated ids are fetched again, every
 * Get-only field of a listed item issues its own GetAccountAssociation (or, for a listed creation
 * request, its own DescribeAccountAssignmentCreationStatus), and a permission set is described once
 * per request that points at it.
 */

type Association = (AccountAssociationItem | GetAccountAssociationResponse) & {
  Tags?: Record<string, string>;
  OAuthAuthorizationUrl?: string;
};
/** `listed`: a ListAccountAssignmentCreationStatus item, which carries only `LISTED_MEMBERS`. */
type Status = AccountAssignmentOperationStatus & { InstanceArn: string; listed?: boolean };
type Permissions = PermissionSet & { InstanceArn: string };
interface Page<T> {
  items: T[];
  nextToken: string | undefined;
  after: string | undefined;
}
const LISTED_MEMBERS = new Set<keyof AccountAssignmentOperationStatus>([
  'Status',
  'RequestId',
  'CreatedDate',
]);

const TYPE_OF = Symbol('typename');
type Tagged<T> = T & {
  [TYPE_OF]: 'AccountAssociation' | 'AssignmentStatus' | 'EnvironmentAccountConnection';
};

function tag<T extends object>(
  typename: 'AccountAssociation' | 'AssignmentStatus' | 'EnvironmentAccountConnection',
  value: T,
): Tagged<T> {
  return Object.assign(value, { [TYPE_OF]: typename });
}

function globalId(typename: string, ...keys: string[]): string {
  return Buffer.from(JSON.stringify([typename, ...keys])).toString('base64url');
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** The AWS paging members for a connection's arguments (the cursor is AWS's token). */
function pageInput(args: PageArgs): { MaxResults: number; NextToken: string | undefined } {
  return { MaxResults: args.first ?? 20, NextToken: args.after ?? undefined };
}

function toPage<T>(items: T[], nextToken: string | undefined, args: PageArgs): Page<T> {
  return { items, nextToken, after: args.after ?? undefined };
}

/** Relay connection fields over one upstream page (the same for every connection type). */
function connectionResolvers<T>() {
  return {
    edges: (page: Page<T>) =>
      page.items.map((node, index) => ({
        cursor:
          index === page.items.length - 1 && page.nextToken
            ? page.nextToken
            : globalId('cursor', String(index)),
        node,
      })),
    nodes: (page: Page<T>) => page.items,
    pageInfo: (page: Page<T>) => ({
      hasNextPage: page.nextToken !== undefined,
      hasPreviousPage: page.after !== undefined,
      startCursor: page.items.length > 0 ? globalId('cursor', '0') : null,
      endCursor: page.nextToken ?? null,
    }),
  };
}

function tagsAsList(tags: Record<string, string> | undefined): { key: string; value: string }[] {
  return Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }));
}

export function createNaiveResolvers(clients: UpstreamClients) {
  const getAssociation = async (id: string): Promise<Association> =>
    clients.iot.send(new GetAccountAssociationCommand({ AccountAssociationId: id }));
  const getStatus = async (instanceArn: string, requestId: string): Promise<Status> => {
    const output = await clients.sso.send(
      new DescribeAccountAssignmentCreationStatusCommand({
        InstanceArn: instanceArn,
        AccountAssignmentCreationRequestId: requestId,
      }),
    );
    return { ...output.AccountAssignmentCreationStatus, InstanceArn: instanceArn };
  };
  /** A member of a request: a listed item lacking it is described again, field by field. */
  const statusMember =
    <K extends keyof AccountAssignmentOperationStatus>(name: K) =>
    async (s: Status): Promise<AccountAssignmentOperationStatus[K]> =>
      s.listed && !LISTED_MEMBERS.has(name)
        ? (await getStatus(s.InstanceArn, s.RequestId!))[name]
        : s[name];
  const getPermissionSet = async (
    instanceArn: string,
    permissionSetArn: string,
  ): Promise<Permissions> => {
    const output = await clients.sso.send(
      new DescribePermissionSetCommand({
        InstanceArn: instanceArn,
        PermissionSetArn: permissionSetArn,
      }),
    );
    return { ...output.PermissionSet, InstanceArn: instanceArn };
  };
  const getConnection = async (id: string): Promise<EnvironmentAccountConnection> => {
    const output = await clients.proton.send(new GetEnvironmentAccountConnectionCommand({ id }));
    return output.environmentAccountConnection!;
  };

  const fetchNode = async (id: string): Promise<object> => {
    const [typename, ...keys] = JSON.parse(
      Buffer.from(id, 'base64url').toString('utf8'),
    ) as string[];
    switch (typename) {
      case 'AccountAssociation':
        return tag('AccountAssociation', await getAssociation(keys[0]));
      case 'AssignmentStatus':
        return tag('AssignmentStatus', await getStatus(keys[0], keys[1]));
      case 'EnvironmentAccountConnection':
        return tag('EnvironmentAccountConnection', await getConnection(keys[0]));
      default:
        throw new Error(`unknown node id ${id}`);
    }
  };

  return {
    DateTime: new GraphQLScalarType({
      name: 'DateTime',
      serialize: (value) => (value instanceof Date ? value.toISOString() : value),
      parseValue: (value) => new Date(value as string),
    }),
    Node: {
      __resolveType: (value: Tagged<object>) => value[TYPE_OF],
    },
    Query: {
      node: async (_: unknown, args: { id: string }) => fetchNode(args.id),
      nodes: async (_: unknown, args: { ids: string[] }) => Promise.all(args.ids.map(fetchNode)),
      accountAssociation: async (_: unknown, args: { accountAssociationId: string }) =>
        getAssociation(args.accountAssociationId),
      accountAssociations: async (
        _: unknown,
        args: PageArgs & { connectorDestinationId?: string | null },
      ): Promise<Page<Association>> => {
        const output = await clients.iot.send(
          new ListAccountAssociationsCommand({
            ...pageInput(args),
            ConnectorDestinationId: args.connectorDestinationId ?? undefined,
          }),
        );
        return toPage(output.Items ?? [], output.NextToken, args);
      },
      assignmentStatus: async (_: unknown, args: { instanceArn: string; requestId: string }) =>
        getStatus(args.instanceArn, args.requestId),
      assignmentStatuses: async (
        _: unknown,
        args: PageArgs & { instanceArn: string; status?: StatusValues | null },
      ): Promise<Page<Status>> => {
        const output = await clients.sso.send(
          new ListAccountAssignmentCreationStatusCommand({
            ...pageInput(args),
            InstanceArn: args.instanceArn,
            Filter: args.status ? { Status: args.status } : undefined,
          }),
        );
        const items = (output.AccountAssignmentsCreationStatus ?? []).map((item) => ({
          ...item,
          InstanceArn: args.instanceArn,
          listed: true,
        }));
        return toPage(items, output.NextToken, args);
      },
      permissionSet: async (_: unknown, args: { instanceArn: string; permissionSetArn: string }) =>
        getPermissionSet(args.instanceArn, args.permissionSetArn),
      environmentAccountConnection: async (
        _: unknown,
        args: { environmentAccountConnectionId: string },
      ) => getConnection(args.environmentAccountConnectionId),
    },
    Mutation: {
      createAccountAssociation: async (
        _: unknown,
        args: {
          input: {
            connectorDestinationId: string;
            name?: string | null;
            description?: string | null;
            tags?: { key: string; value: string }[] | null;
            clientToken?: string | null;
          };
        },
      ) => {
        const { input } = args;
        const clientToken = input.clientToken ?? randomUUID();
        const tags = input.tags
          ? Object.fromEntries(input.tags.map((t) => [t.key, t.value]))
          : undefined;
        const created = await clients.iot.send(
          new CreateAccountAssociationCommand({
            ClientToken: clientToken,
            ConnectorDestinationId: input.connectorDestinationId,
            Name: input.name ?? undefined,
            Description: input.description ?? undefined,
            Tags: tags,
          }),
        );
        const association: Association = {
          ...created,
          AccountAssociationId: created.AccountAssociationId!,
          AssociationState: created.AssociationState!,
          ConnectorDestinationId: input.connectorDestinationId,
          Name: input.name ?? undefined,
          Description: input.description ?? undefined,
          Tags: tags ?? {},
        };
        return { clientToken, accountAssociation: association };
      },
    },
    AccountAssociation: {
      id: (a: Association) => globalId('AccountAssociation', a.AccountAssociationId!),
      accountAssociationId: (a: Association) => a.AccountAssociationId,
      associationState: (a: Association) => a.AssociationState,
      errorMessage: (a: Association) => a.ErrorMessage,
      connectorDestinationId: (a: Association) => a.ConnectorDestinationId,
      name: (a: Association) => a.Name,
      description: (a: Association) => a.Description,
      arn: (a: Association) => a.Arn,
      oauthAuthorizationUrl: async (a: Association) =>
        a.OAuthAuthorizationUrl ??
        (await getAssociation(a.AccountAssociationId!)).OAuthAuthorizationUrl,
      tags: async (a: Association) =>
        tagsAsList(a.Tags ?? (await getAssociation(a.AccountAssociationId!)).Tags),
    },
    AccountAssociationConnection: connectionResolvers<Association>(),
    AssignmentStatusConnection: connectionResolvers<Status>(),
    AssignmentStatus: {
      id: (s: Status) => globalId('AssignmentStatus', s.InstanceArn, s.RequestId!),
      instanceArn: (s: Status) => s.InstanceArn,
      requestId: (s: Status) => s.RequestId,
      status: statusMember('Status'),
      failureReason: statusMember('FailureReason'),
      targetId: statusMember('TargetId'),
      targetType: statusMember('TargetType'),
      permissionSetArn: statusMember('PermissionSetArn'),
      principalType: statusMember('PrincipalType'),
      principalId: statusMember('PrincipalId'),
      createdDate: statusMember('CreatedDate'),
      // One DescribePermissionSet per request, however many requests share the set.
      permissionSet: async (s: Status) => {
        const arn = await statusMember('PermissionSetArn')(s);
        return arn ? getPermissionSet(s.InstanceArn, arn) : null;
      },
    },
    PermissionSet: {
      id: (p: Permissions) => globalId('PermissionSet', p.InstanceArn, p.PermissionSetArn!),
      instanceArn: (p: Permissions) => p.InstanceArn,
      permissionSetArn: (p: Permissions) => p.PermissionSetArn,
      name: (p: Permissions) => p.Name,
      description: (p: Permissions) => p.Description,
      sessionDuration: (p: Permissions) => p.SessionDuration,
      relayState: (p: Permissions) => p.RelayState,
      createdDate: (p: Permissions) => p.CreatedDate,
    },
    EnvironmentAccountConnection: {
      id: (c: EnvironmentAccountConnection) => globalId('EnvironmentAccountConnection', c.id!),
      environmentAccountConnectionId: (c: EnvironmentAccountConnection) => c.id,
    },
  };
}
