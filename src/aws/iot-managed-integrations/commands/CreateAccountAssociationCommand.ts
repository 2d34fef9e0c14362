import type { MetadataBearer as __MetadataBearer } from '@smithy/types';

import { command, noExtraEndpointParams, noExtraMiddleware } from '../commandBuilder';
import type {
  CreateAccountAssociationRequest,
  CreateAccountAssociationResponse,
} from '../models/models';
import { CreateAccountAssociation$ } from '../schemas/schemas';

/**
 * The input for {@link CreateAccountAssociationCommand}.
 * @public
 */
export type CreateAccountAssociationCommandInput = CreateAccountAssociationRequest;
/**
 * The output of {@link CreateAccountAssociationCommand}.
 * @public
 */
export interface CreateAccountAssociationCommandOutput
  extends CreateAccountAssociationResponse, __MetadataBearer {}

/**
 * Creates a new account association via the destination id.
 *
 * `POST /account-associations`, answered with 201 on success.
 *
 * @throws {@link AccessDeniedException} (client fault)
 *  User is not authorized.
 * @throws {@link ConflictException} (client fault)
 *  There is a conflict with the request.
 * @throws {@link InternalServerException} (server fault)
 *  Internal error from the service that indicates an unexpected error or that the service is unavailable.
 * @throws {@link ResourceNotFoundException} (client fault)
 *  The specified resource does not exist.
 * @throws {@link ServiceUnavailableException} (server fault)
 *  The service is temporarily unavailable.
 * @throws {@link ThrottlingException} (client fault)
 *  The rate exceeds the limit.
 * @throws {@link ValidationException} (client fault)
 *  A validation error occurred when performing the API request.
 * @throws {@link IoTManagedIntegrationsServiceException} for any other error the service returns.
 * @public
 */
export class CreateAccountAssociationCommand extends command<
  CreateAccountAssociationCommandInput,
  CreateAccountAssociationCommandOutput
>(noExtraEndpointParams, noExtraMiddleware, 'CreateAccountAssociation', CreateAccountAssociation$) {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: { input: CreateAccountAssociationRequest; output: CreateAccountAssociationResponse };
    sdk: {
      input: CreateAccountAssociationCommandInput;
      output: CreateAccountAssociationCommandOutput;
    };
  };
}
