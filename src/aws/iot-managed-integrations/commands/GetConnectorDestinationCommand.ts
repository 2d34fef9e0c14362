import type { MetadataBearer as __MetadataBearer } from '@smithy/types';

import { command, noExtraEndpointParams, noExtraMiddleware } from '../commandBuilder';
import type {
  GetConnectorDestinationRequest,
  GetConnectorDestinationResponse,
} from '../models/models';
import { GetConnectorDestination$ } from '../schemas/schemas';

/**
 * The input for {@link GetConnectorDestinationCommand}.
 * @public
 */
export type GetConnectorDestinationCommandInput = GetConnectorDestinationRequest;
/**
 * The output of {@link GetConnectorDestinationCommand}.
 * @public
 */
export interface GetConnectorDestinationCommandOutput
  extends GetConnectorDestinationResponse, __MetadataBearer {}

/**
 * Get a connector destination of a cloud-to-cloud (C2C) connector connecting to a customer's Amazon Web Services account.
 *
 * `GET /connector-destinations/{Identifier}`, answered with 200 on success.
 *
 * @throws {@link AccessDeniedException} (client fault)
 *  User is not authorized.
 * @throws {@link InternalServerException} (server fault)
 *  Internal error from the service that indicates an unexpected error or that the service is unavailable.
 * @throws {@link ResourceNotFoundException} (client fault)
 *  The specified resource does not exist.
 * @throws {@link ThrottlingException} (client fault)
 *  The rate exceeds the limit.
 * @throws {@link ValidationException} (client fault)
 *  A validation error occurred when performing the API request.
 * @throws {@link IoTManagedIntegrationsServiceException} for any other error the service returns.
 * @public
 */
export class GetConnectorDestinationCommand extends command<
  GetConnectorDestinationCommandInput,
  GetConnectorDestinationCommandOutput
>(noExtraEndpointParams, noExtraMiddleware, 'GetConnectorDestination', GetConnectorDestination$) {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: { input: GetConnectorDestinationRequest; output: GetConnectorDestinationResponse };
    sdk: {
      input: GetConnectorDestinationCommandInput;
      output: GetConnectorDestinationCommandOutput;
    };
  };
}
