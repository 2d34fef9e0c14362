import type {
  Endpoint,
  EndpointParameters as __EndpointParameters,
  EndpointV2,
  Provider,
} from '@smithy/types';

/**
 * Client options that feed the endpoint rule set.
 * @public
 */
export interface ClientInputEndpointParameters {
  /** The AWS region to send requests to, e.g. `eu-west-1`. */
  region?: string | undefined | Provider<string | undefined>;
  /** Send requests to the FIPS endpoint (`api.iotmanagedintegrations-fips.{region}.api.aws`). */
  useFipsEndpoint?: boolean | undefined | Provider<boolean | undefined>;
  /**
   * A fixed endpoint URL (for example a local emulator). Overrides the rule set and the
   * `AWS_ENDPOINT_URL_IOT_MANAGED_INTEGRATIONS` / `AWS_ENDPOINT_URL` environment variables.
   */
  endpoint?:
    string | Provider<string> | Endpoint | Provider<Endpoint> | EndpointV2 | Provider<EndpointV2>;
}

/**
 * @public
 */
export type ClientResolvedEndpointParameters = Omit<ClientInputEndpointParameters, 'endpoint'> & {
  defaultSigningName: string;
};

/**
 * @internal
 */
export const resolveClientEndpointParameters = <T>(
  options: T & ClientInputEndpointParameters,
): T & ClientResolvedEndpointParameters => {
  return Object.assign(options, {
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: 'iotmanagedintegrations',
  });
};

/**
 * Where each rule-set parameter comes from: all three are SDK built-ins taken from client config.
 * @internal
 */
export const commonParams = {
  UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
  Endpoint: { type: 'builtInParams', name: 'endpoint' },
  Region: { type: 'builtInParams', name: 'region' },
} as const;

/**
 * The parameters of the service's endpoint rule set.
 * @internal
 */
export interface EndpointParameters extends __EndpointParameters {
  UseFIPS?: boolean | undefined;
  Endpoint?: string | undefined;
  Region?: string | undefined;
}
