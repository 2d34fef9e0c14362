import { randomUUID } from 'node:crypto';

import { GetEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton';
import type { EnvironmentAccountConnection } from '@aws-sdk/client-proton';
import { DescribeAccountAssignmentCreationStatusCommand } from '@aws-sdk/client-sso-admin';
import type { AccountAssignmentOperationStatus } from '@aws-sdk/client-sso-admin';
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
 * No DataLoader, no per-request cache, no concurrency cap: repeated ids are fetched again, and every
 * Get-only field of a listed item issues its own GetAccountAssociation.
 */

type Association = (AccountAssociationItem | GetAccountAssociationResponse) & {
  Tags?: Record<string, string>;
  OAuthAuthorizationUrl?: string;
};
type Status = AccountAssignmentOperationStatus & { InstanceArn: string };
interface Page {
  items: Association[];
  nextToken: string | undefined;
  after: string | undefined;
}

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
        args: {
          connectorDestinationId?: string | null;
          first?: number | null;
          after?: string | null;
        },
      ): Promise<Page> => {
        const output = await clients.iot.send(
          new ListAccountAssociationsCommand({
            MaxResults: args.first ?? 20,
            ConnectorDestinationId: args.connectorDestinationId ?? undefined,
            NextToken: args.after ?? undefined,
          }),
        );
        return {
          items: output.Items ?? [],
          nextToken: output.NextToken,
          after: args.after ?? undefined,
        };
      },
      assignmentStatus: async (_: unknown, args: { instanceArn: string; requestId: string }) =>
        getStatus(args.instanceArn, args.requestId),
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
    AccountAssociationConnection: {
      edges: (page: Page) =>
        page.items.map((node, index) => ({
          cursor:
            index === page.items.length - 1 && page.nextToken
              ? page.nextToken
              : globalId('cursor', String(index)),
          node,
        })),
      nodes: (page: Page) => page.items,
      pageInfo: (page: Page) => ({
        hasNextPage: page.nextToken !== undefined,
        hasPreviousPage: page.after !== undefined,
        startCursor: page.items.length > 0 ? globalId('cursor', '0') : null,
        endCursor: page.nextToken ?? null,
      }),
    },
    AssignmentStatus: {
      id: (s: Status) => globalId('AssignmentStatus', s.InstanceArn, s.RequestId!),
      instanceArn: (s: Status) => s.InstanceArn,
      requestId: (s: Status) => s.RequestId,
      status: (s: Status) => s.Status,
      failureReason: (s: Status) => s.FailureReason,
      targetId: (s: Status) => s.TargetId,
      targetType: (s: Status) => s.TargetType,
      permissionSetArn: (s: Status) => s.PermissionSetArn,
      principalType: (s: Status) => s.PrincipalType,
      principalId: (s: Status) => s.PrincipalId,
      createdDate: (s: Status) => s.CreatedDate,
    },
    EnvironmentAccountConnection: {
      id: (c: EnvironmentAccountConnection) => globalId('EnvironmentAccountConnection', c.id!),
      environmentAccountConnectionId: (c: EnvironmentAccountConnection) => c.id,
    },
  };
}
