import type { MetadataBearer as __MetadataBearer } from '@smithy/types';

import { command, noExtraEndpointParams, noExtraMiddleware } from '../commandBuilder';
import type {
  ListAccountAssociationsRequest,
  ListAccountAssociationsResponse,
} from '../models/models';
import { ListAccountAssociations$ } from '../schemas/schemas';

/**
 * The input for {@link ListAccountAssociationsCommand}.
 * @public
 */
export type ListAccountAssociationsCommandInput = ListAccountAssociationsRequest;
/**
 * The output of {@link ListAccountAssociationsCommand}.
 * @public
 */
export interface ListAccountAssociationsCommandOutput
  extends ListAccountAssociationsResponse, __MetadataBearer {}

/**
 * Lists all account associations, with optional filtering by connector destination ID.
 *
 * `GET /account-associations`, answered with 200 on success.
 *
 * @throws {@link AccessDeniedException} (client fault)
 *  User is not authorized.
 * @throws {@link InternalServerException} (server fault)
 *  Internal error from the service that indicates an unexpected error or that the service is unavailable.
 * @throws {@link ServiceUnavailableException} (server fault)
 *  The service is temporarily unavailable.
 * @throws {@link ThrottlingException} (client fault)
 *  The rate exceeds the limit.
 * @throws {@link ValidationException} (client fault)
 *  A validation error occurred when performing the API request.
 * @throws {@link IoTManagedIntegrationsServiceException} for any other error the service returns.
 * @public
 */
export class ListAccountAssociationsCommand extends command<
  ListAccountAssociationsCommandInput,
  ListAccountAssociationsCommandOutput
>(noExtraEndpointParams, noExtraMiddleware, 'ListAccountAssociations', ListAccountAssociations$) {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: { input: ListAccountAssociationsRequest; output: ListAccountAssociationsResponse };
    sdk: {
      input: ListAccountAssociationsCommandInput;
      output: ListAccountAssociationsCommandOutput;
    };
  };
}
