import type { MetadataBearer as __MetadataBearer } from '@smithy/types';

import { command, noExtraEndpointParams, noExtraMiddleware } from '../commandBuilder';
import type {
  ListConnectorDestinationsRequest,
  ListConnectorDestinationsResponse,
} from '../models/models';
import { ListConnectorDestinations$ } from '../schemas/schemas';

/**
 * The input for {@link ListConnectorDestinationsCommand}.
 * @public
 */
export type ListConnectorDestinationsCommandInput = ListConnectorDestinationsRequest;
/**
 * The output of {@link ListConnectorDestinationsCommand}.
 * @public
 */
export interface ListConnectorDestinationsCommandOutput
  extends ListConnectorDestinationsResponse, __MetadataBearer {}

/**
 * Lists all connector destinations, with optional filtering by cloud connector ID.
 *
 * `GET /connector-destinations`, answered with 200 on success.
 *
 * @throws {@link AccessDeniedException} (client fault)
 *  User is not authorized.
 * @throws {@link InternalServerException} (server fault)
 *  Internal error from the service that indicates an unexpected error or that the service is unavailable.
 * @throws {@link ThrottlingException} (client fault)
 *  The rate exceeds the limit.
 * @throws {@link ValidationException} (client fault)
 *  A validation error occurred when performing the API request.
 * @throws {@link IoTManagedIntegrationsServiceException} for any other error the service returns.
 * @public
 */
export class ListConnectorDestinationsCommand extends command<
  ListConnectorDestinationsCommandInput,
  ListConnectorDestinationsCommandOutput
>(
  noExtraEndpointParams,
  noExtraMiddleware,
  'ListConnectorDestinations',
  ListConnectorDestinations$,
) {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: { input: ListConnectorDestinationsRequest; output: ListConnectorDestinationsResponse };
    sdk: {
      input: ListConnectorDestinationsCommandInput;
      output: ListConnectorDestinationsCommandOutput;
    };
  };
}
