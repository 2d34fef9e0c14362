import type { MetadataBearer as __MetadataBearer } from '@smithy/types';

import { command, noExtraEndpointParams, noExtraMiddleware } from '../commandBuilder';
import type {
  CreateConnectorDestinationRequest,
  CreateConnectorDestinationResponse,
} from '../models/models';
import { CreateConnectorDestination$ } from '../schemas/schemas';

/**
 * The input for {@link CreateConnectorDestinationCommand}.
 * @public
 */
export type CreateConnectorDestinationCommandInput = CreateConnectorDestinationRequest;
/**
 * The output of {@link CreateConnectorDestinationCommand}.
 * @public
 */
export interface CreateConnectorDestinationCommandOutput
  extends CreateConnectorDestinationResponse, __MetadataBearer {}

/**
 * Create a connector destination for connecting a cloud-to-cloud (C2C) connector to the customer's Amazon Web Services account.
 *
 * `POST /connector-destinations`, answered with 201 on success.
 *
 * @throws {@link AccessDeniedException} (client fault)
 *  User is not authorized.
 * @throws {@link ConflictException} (client fault)
 *  There is a conflict with the request.
 * @throws {@link InternalServerException} (server fault)
 *  Internal error from the service that indicates an unexpected error or that the service is unavailable.
 * @throws {@link ThrottlingException} (client fault)
 *  The rate exceeds the limit.
 * @throws {@link ValidationException} (client fault)
 *  A validation error occurred when performing the API request.
 * @throws {@link IoTManagedIntegrationsServiceException} for any other error the service returns.
 * @public
 */
export class CreateConnectorDestinationCommand extends command<
  CreateConnectorDestinationCommandInput,
  CreateConnectorDestinationCommandOutput
>(
  noExtraEndpointParams,
  noExtraMiddleware,
  'CreateConnectorDestination',
  CreateConnectorDestination$,
) {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: { input: CreateConnectorDestinationRequest; output: CreateConnectorDestinationResponse };
    sdk: {
      input: CreateConnectorDestinationCommandInput;
      output: CreateConnectorDestinationCommandOutput;
    };
  };
}
