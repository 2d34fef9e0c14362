import type { MetadataBearer as __MetadataBearer } from '@smithy/types';

import { command, noExtraEndpointParams, noExtraMiddleware } from '../commandBuilder';
import type { GetAccountAssociationRequest, GetAccountAssociationResponse } from '../models/models';
import { GetAccountAssociation$ } from '../schemas/schemas';

/**
 * The input for {@link GetAccountAssociationCommand}.
 * @public
 */
export type GetAccountAssociationCommandInput = GetAccountAssociationRequest;
/**
 * The output of {@link GetAccountAssociationCommand}.
 * @public
 */
export interface GetAccountAssociationCommandOutput
  extends GetAccountAssociationResponse, __MetadataBearer {}

/**
 * Get an account association for an Amazon Web Services account linked to a customer-managed destination.
 *
 * `GET /account-associations/{AccountAssociationId}`, answered with 200 on success.
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
export class GetAccountAssociationCommand extends command<
  GetAccountAssociationCommandInput,
  GetAccountAssociationCommandOutput
>(noExtraEndpointParams, noExtraMiddleware, 'GetAccountAssociation', GetAccountAssociation$) {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: { input: GetAccountAssociationRequest; output: GetAccountAssociationResponse };
    sdk: { input: GetAccountAssociationCommandInput; output: GetAccountAssociationCommandOutput };
  };
}
