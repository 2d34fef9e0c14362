import type { MetadataBearer as __MetadataBearer } from '@smithy/types';

import { command, noExtraEndpointParams, noExtraMiddleware } from '../commandBuilder';
import type { DeleteAccountAssociationRequest } from '../models/models';
import { DeleteAccountAssociation$ } from '../schemas/schemas';

/**
 * The input for {@link DeleteAccountAssociationCommand}.
 * @public
 */
export type DeleteAccountAssociationCommandInput = DeleteAccountAssociationRequest;
/**
 * The output of {@link DeleteAccountAssociationCommand}.
 * @public
 */
export type DeleteAccountAssociationCommandOutput = __MetadataBearer;

/**
 * Remove a third party account and related devices from an end user.
 *
 * `DELETE /account-associations/{AccountAssociationId}`, answered with 200 on success.
 *
 * @throws {@link AccessDeniedException} (client fault)
 *  User is not authorized.
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
export class DeleteAccountAssociationCommand extends command<
  DeleteAccountAssociationCommandInput,
  DeleteAccountAssociationCommandOutput
>(noExtraEndpointParams, noExtraMiddleware, 'DeleteAccountAssociation', DeleteAccountAssociation$) {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: { input: DeleteAccountAssociationRequest; output: object };
    sdk: {
      input: DeleteAccountAssociationCommandInput;
      output: DeleteAccountAssociationCommandOutput;
    };
  };
}
