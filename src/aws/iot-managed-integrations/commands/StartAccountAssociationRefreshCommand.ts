import type { MetadataBearer as __MetadataBearer } from '@smithy/types';

import { command, noExtraEndpointParams, noExtraMiddleware } from '../commandBuilder';
import type {
  StartAccountAssociationRefreshRequest,
  StartAccountAssociationRefreshResponse,
} from '../models/models';
import { StartAccountAssociationRefresh$ } from '../schemas/schemas';

/**
 * The input for {@link StartAccountAssociationRefreshCommand}.
 * @public
 */
export type StartAccountAssociationRefreshCommandInput = StartAccountAssociationRefreshRequest;
/**
 * The output of {@link StartAccountAssociationRefreshCommand}.
 * @public
 */
export interface StartAccountAssociationRefreshCommandOutput
  extends StartAccountAssociationRefreshResponse, __MetadataBearer {}

/**
 * Initiates a refresh of an existing account association to update its authorization and connection status.
 *
 * `POST /account-associations/{AccountAssociationId}/refresh`, answered with 200 on success.
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
export class StartAccountAssociationRefreshCommand extends command<
  StartAccountAssociationRefreshCommandInput,
  StartAccountAssociationRefreshCommandOutput
>(
  noExtraEndpointParams,
  noExtraMiddleware,
  'StartAccountAssociationRefresh',
  StartAccountAssociationRefresh$,
) {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: {
      input: StartAccountAssociationRefreshRequest;
      output: StartAccountAssociationRefreshResponse;
    };
    sdk: {
      input: StartAccountAssociationRefreshCommandInput;
      output: StartAccountAssociationRefreshCommandOutput;
    };
  };
}
