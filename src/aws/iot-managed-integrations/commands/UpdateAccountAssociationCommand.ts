import type { MetadataBearer as __MetadataBearer } from '@smithy/types';

import { command, noExtraEndpointParams, noExtraMiddleware } from '../commandBuilder';
import type { UpdateAccountAssociationRequest } from '../models/models';
import { UpdateAccountAssociation$ } from '../schemas/schemas';

/**
 * The input for {@link UpdateAccountAssociationCommand}.
 * @public
 */
export type UpdateAccountAssociationCommandInput = UpdateAccountAssociationRequest;
/**
 * The output of {@link UpdateAccountAssociationCommand}.
 * @public
 */
export type UpdateAccountAssociationCommandOutput = __MetadataBearer;

/**
 * Updates the properties of an existing account association.
 *
 * `PUT /account-associations/{AccountAssociationId}`, answered with 204 on success.
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
export class UpdateAccountAssociationCommand extends command<
  UpdateAccountAssociationCommandInput,
  UpdateAccountAssociationCommandOutput
>(noExtraEndpointParams, noExtraMiddleware, 'UpdateAccountAssociation', UpdateAccountAssociation$) {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: { input: UpdateAccountAssociationRequest; output: object };
    sdk: {
      input: UpdateAccountAssociationCommandInput;
      output: UpdateAccountAssociationCommandOutput;
    };
  };
}
