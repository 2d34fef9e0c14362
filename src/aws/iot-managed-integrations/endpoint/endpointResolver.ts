import { awsEndpointFunctions } from '@aws-sdk/core/client';
import { customEndpointFunctions, EndpointCache, resolveEndpoint } from '@smithy/core/endpoints';
import type { EndpointParams, EndpointV2, Logger } from '@smithy/types';

import type { EndpointParameters } from './EndpointParameters';
import { ruleSet } from './ruleset';

const cache = new EndpointCache({ size: 50, params: ['Endpoint', 'Region', 'UseFIPS'] });

/**
 * Resolves the endpoint of a call from the service's rule set.
 * @internal
 */
export const defaultEndpointResolver = (
  endpointParams: EndpointParameters,
  context: { logger?: Logger } = {},
): EndpointV2 =>
  cache.get(endpointParams as EndpointParams, () =>
    resolveEndpoint(ruleSet, {
      endpointParams: endpointParams as EndpointParams,
      logger: context.logger,
    }),
  );

// The rule set calls aws.partition, which lives in AWS's endpoint function library.
customEndpointFunctions.aws = awsEndpointFunctions;
