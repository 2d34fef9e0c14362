import { randomUUID } from 'node:crypto';

import {
  CreateAccountAssociationCommand,
  DeleteAccountAssociationCommand,
  GetAccountAssociationCommand,
  StartAccountAssociationRefreshCommand,
  UpdateAccountAssociationCommand,
  type CreateAccountAssociationRequest,
  type UpdateAccountAssociationRequest,
} from '../../aws/iot-managed-integrations';
import { GraphQLError } from 'graphql';

import { admits, type Principal } from '../../auth/principal';
import { badUserInput, outsideTenant } from '../../errors';
import type {
  CreateAccountAssociationInput,
  DeleteAccountAssociationInput,
  StartAccountAssociationRefreshInput,
  UpdateAccountAssociationInput,
} from '../../generated/graphql';
import { checkCount, checkString } from '../../aws/constraints';
import { collections, strings } from '../../generated/aws/iot-managed-integrations';
import type { Upstream } from '../upstream';
import type { IotManagedIntegrationsLoaders } from './loaders';
import {
  fromCreateResponse,
  fromWrite,
  type AccountAssociationModel,
  type CreatedAccountAssociationResponse,
} from './mappers';

export interface CreatedAccountAssociation {
  clientToken: string;
  accountAssociation: AccountAssociationModel;
}

/**
 * Turns the GraphQL input into a CreateAccountAssociation request, checking AWS's constraints
 * first. The idempotency token is the caller's or a fresh UUID (which matches AWS's pattern).
 */
export function toCreateRequest(
  input: CreateAccountAssociationInput,
): CreateAccountAssociationRequest & { ClientToken: string } {
  const request: CreateAccountAssociationRequest & { ClientToken: string } = {
    ClientToken:
      input.clientToken == null
        ? randomUUID()
        : checkString(input.clientToken, strings.ClientToken, 'input.clientToken'),
    ConnectorDestinationId: checkString(
      input.connectorDestinationId,
      strings.ConnectorDestinationId,
      'input.connectorDestinationId',
    ),
  };
  if (input.name != null)
    request.Name = checkString(input.name, strings.AccountAssociationName, 'input.name');
  if (input.description != null) {
    request.Description = checkString(
      input.description,
      strings.AccountAssociationDescription,
      'input.description',
    );
  }
  if (input.tags != null && input.tags.length > 0) {
    checkCount(input.tags.length, collections.TagsMap, 'input.tags', 'tags');
    // No prototype: a tag keyed `__proto__` must be an ordinary key, not a prototype assignment.
    const tags = Object.create(null) as Record<string, string>;
    input.tags.forEach((tag, i) => {
      const key = checkString(tag.key, strings.TagKey, `input.tags[${i}].key`);
      if (Object.hasOwn(tags, key)) {
        throw badUserInput(
          `Argument "input.tags" must not repeat a key; "${key}" appears more than once`,
          `input.tags[${i}].key`,
        );
      }
      tags[key] = checkString(tag.value, strings.TagValue, `input.tags[${i}].value`);
    });
    request.Tags = tags;
  }
  if (input.generalAuthorization != null) {
    request.GeneralAuthorization = {
      AuthMaterialName: checkString(
        input.generalAuthorization.authMaterialName,
        strings.AuthMaterialName,
        'input.generalAuthorization.authMaterialName',
      ),
    };
  }
  return request;
}

/** Turns the GraphQL input into an UpdateAccountAssociation request, checking AWS's constraints first. */
export function toUpdateRequest(
  input: UpdateAccountAssociationInput,
): UpdateAccountAssociationRequest & {
  AccountAssociationId: string;
} {
  const request: UpdateAccountAssociationRequest & { AccountAssociationId: string } = {
    AccountAssociationId: associationId(input.accountAssociationId),
  };
  if (input.name != null)
    request.Name = checkString(input.name, strings.AccountAssociationName, 'input.name');
  if (input.description != null) {
    request.Description = checkString(
      input.description,
      strings.AccountAssociationDescription,
      'input.description',
    );
  }
  return request;
}

function associationId(id: string): string {
  return checkString(id, strings.AccountAssociationId, 'input.accountAssociationId');
}

/** The IoT managed integrations write path (see `DomainModule.createService`). */
export interface IotManagedIntegrationsService {
  /**
   * Creates an association. The SDK's retries resend the same ClientToken, so they cannot create
   * duplicates; neither can a client retrying the mutation with the returned `clientToken`.
   */
  createAccountAssociation(
    input: CreateAccountAssociationInput,
  ): Promise<CreatedAccountAssociation>;
  /** Changes the name and/or description; the returned association reads what AWS has afterwards. */
  updateAccountAssociation(input: UpdateAccountAssociationInput): Promise<AccountAssociationModel>;
  /** Starts deleting an association; resolves to its id. */
  deleteAccountAssociation(input: DeleteAccountAssociationInput): Promise<string>;
  /** Issues a new OAuth authorization URL; the association reads what AWS has afterwards. */
  startAccountAssociationRefresh(
    input: StartAccountAssociationRefreshInput,
  ): Promise<{ oauthAuthorizationUrl: string; accountAssociation: AccountAssociationModel }>;
}

export function createService(
  upstream: Upstream,
  loaders: IotManagedIntegrationsLoaders,
  principal: Principal,
): IotManagedIntegrationsService {
  /**
   * A credential limited to some connector destinations may only change their associations: any
   * other is `NOT_FOUND`, as when reading it (one GetAccountAssociation, shared with later reads).
   */
  async function assertAdmitted(id: string): Promise<void> {
    if (principal.connectorDestinationIds !== undefined) await loaders.association.load(id);
  }

  /**
   * Read-your-writes after a change to association `id`: nothing this request read before the
   * write, and no answer any replica cached, is served about it afterwards.
   */
  async function forget(id: string): Promise<void> {
    loaders.association.clear(id);
    loaders.listPage.clearAll();
    await upstream.invalidate(new GetAccountAssociationCommand({ AccountAssociationId: id }));
  }

  return {
    async updateAccountAssociation(input) {
      const request = toUpdateRequest(input);
      await assertAdmitted(request.AccountAssociationId);
      try {
        await upstream.send(new UpdateAccountAssociationCommand(request));
      } finally {
        // A failed update may still have changed something (a timeout): read afresh either way.
        await forget(request.AccountAssociationId);
      }
      return fromWrite(request.AccountAssociationId);
    },

    async deleteAccountAssociation(input) {
      const id = associationId(input.accountAssociationId);
      await assertAdmitted(id);
      try {
        await upstream.send(new DeleteAccountAssociationCommand({ AccountAssociationId: id }));
      } finally {
        await forget(id);
      }
      return id;
    },

    async startAccountAssociationRefresh(input) {
      const id = associationId(input.accountAssociationId);
      await assertAdmitted(id);
      let output;
      try {
        output = await upstream.send(
          new StartAccountAssociationRefreshCommand({ AccountAssociationId: id }),
        );
      } finally {
        await forget(id);
      }
      // `send` checked the answer against the model: the URL, which it requires, is there.
      const oauthAuthorizationUrl = output.OAuthAuthorizationUrl as string;
      return {
        oauthAuthorizationUrl,
        accountAssociation: fromWrite(id, { OAuthAuthorizationUrl: oauthAuthorizationUrl }),
      };
    },

    async createAccountAssociation(input) {
      const request = toCreateRequest(input);
      if (!admits(principal.connectorDestinationIds, input.connectorDestinationId)) {
        throw outsideTenant(
          `This credential may not create associations for connector destination ${input.connectorDestinationId}`,
        );
      }
      let output;
      try {
        output = await upstream.send(new CreateAccountAssociationCommand(request));
      } catch (error) {
        // Whatever happened (a timeout may hide a create that AWS did perform), the caller can
        // retry safely only with the same token: hand it back with the error.
        throw withExtensions(error, { clientToken: request.ClientToken });
      }
      // `send` checked the answer against the model: its required members are present.
      const accountAssociation = fromCreateResponse(output as CreatedAccountAssociationResponse);
      // Read-your-writes: list pages read earlier in this request no longer include everything,
      // and no replica may serve an answer about this association from before the write.
      loaders.listPage.clearAll();
      loaders.association.clear(accountAssociation.accountAssociationId);
      await upstream.invalidate(
        new GetAccountAssociationCommand({
          AccountAssociationId: accountAssociation.accountAssociationId,
        }),
      );
      return { clientToken: request.ClientToken, accountAssociation };
    },
  };
}

/** `error` (a policy error from `Upstream.send`) with more extensions. */
function withExtensions(error: unknown, extensions: Record<string, unknown>): unknown {
  if (!(error instanceof GraphQLError)) return error;
  return new GraphQLError(error.message, {
    originalError: error.originalError ?? undefined,
    extensions: { ...error.extensions, ...extensions },
  });
}
