import { randomUUID } from 'node:crypto';

import {
  CreateAccountAssociationCommand,
  type CreateAccountAssociationRequest,
} from '../../aws/iot-managed-integrations';
import { badUserInput } from '../../errors';
import type { CreateAccountAssociationInput } from '../../generated/graphql';
import { checkString } from '../../graphql/constraints';
import {
  ACCOUNT_ASSOCIATION_DESCRIPTION,
  ACCOUNT_ASSOCIATION_NAME,
  CLIENT_TOKEN,
  CONNECTOR_DESTINATION_ID,
  MAX_TAGS,
  TAG_KEY,
  TAG_VALUE,
} from './constraints';
import type { Upstream } from '../upstream';
import type { IotManagedIntegrationsLoaders } from './loaders';
import { fromCreateResponse, type AccountAssociationModel } from './mappers';

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
        : checkString(input.clientToken, CLIENT_TOKEN, 'input.clientToken'),
    ConnectorDestinationId: checkString(
      input.connectorDestinationId,
      CONNECTOR_DESTINATION_ID,
      'input.connectorDestinationId',
    ),
  };
  if (input.name != null)
    request.Name = checkString(input.name, ACCOUNT_ASSOCIATION_NAME, 'input.name');
  if (input.description != null) {
    request.Description = checkString(
      input.description,
      ACCOUNT_ASSOCIATION_DESCRIPTION,
      'input.description',
    );
  }
  if (input.tags != null && input.tags.length > 0) {
    if (input.tags.length > MAX_TAGS) {
      throw badUserInput(
        `Argument "input.tags" may hold at most ${MAX_TAGS} tags; got ${input.tags.length}`,
        'input.tags',
      );
    }
    const tags: Record<string, string> = {};
    input.tags.forEach((tag, i) => {
      const key = checkString(tag.key, TAG_KEY, `input.tags[${i}].key`);
      if (Object.hasOwn(tags, key)) {
        throw badUserInput(
          `Argument "input.tags" must not repeat a key; "${key}" appears more than once`,
          `input.tags[${i}].key`,
        );
      }
      tags[key] = checkString(tag.value, TAG_VALUE, `input.tags[${i}].value`);
    });
    request.Tags = tags;
  }
  return request;
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
}

export function createService(
  upstream: Upstream,
  loaders: IotManagedIntegrationsLoaders,
): IotManagedIntegrationsService {
  return {
    async createAccountAssociation(input) {
      const request = toCreateRequest(input);
      const output = await upstream.send(new CreateAccountAssociationCommand(request));
      const accountAssociation = fromCreateResponse(
        output as typeof output & { AccountAssociationId: string },
      );
      // Read-your-writes: list pages read earlier in this request no longer include everything.
      loaders.listPage.clearAll();
      loaders.association.clear(accountAssociation.accountAssociationId);
      return { clientToken: request.ClientToken, accountAssociation };
    },
  };
}
