import { makeBuilder } from '@smithy/core/client';
import { getEndpointPlugin } from '@smithy/core/endpoints';
import type { EndpointParameterInstructions, Pluggable } from '@smithy/types';

import { commonParams } from './endpoint/EndpointParameters';
import type {
  IoTManagedIntegrationsClientResolvedConfig,
  ServiceInputTypes,
  ServiceOutputTypes,
} from './IoTManagedIntegrationsClient';

/**
 * Builds a Command class for one operation: its schema, the endpoint plugin and the Smithy
 * context (service and operation names) that middleware and mocks read.
 * @internal
 */
export const command = makeBuilder<
  IoTManagedIntegrationsClientResolvedConfig,
  ServiceInputTypes,
  ServiceOutputTypes
>(commonParams, 'IotManagedIntegrations', 'IoTManagedIntegrationsClient', getEndpointPlugin);

/** No operation adds endpoint parameters of its own. @internal */
export const noExtraEndpointParams: EndpointParameterInstructions = {};

/** No operation adds middleware of its own. @internal */
export const noExtraMiddleware = (): Pluggable<ServiceInputTypes, ServiceOutputTypes>[] => [];
