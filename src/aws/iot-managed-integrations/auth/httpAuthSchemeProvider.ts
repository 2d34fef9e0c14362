import {
  resolveAwsSdkSigV4Config,
  type AwsSdkSigV4AuthInputConfig,
  type AwsSdkSigV4AuthResolvedConfig,
  type AwsSdkSigV4PreviouslyResolved,
} from '@aws-sdk/core/httpAuthSchemes';
import { getSmithyContext, normalizeProvider } from '@smithy/core';
import type {
  HandlerExecutionContext,
  HttpAuthOption,
  HttpAuthScheme,
  HttpAuthSchemeParameters,
  HttpAuthSchemeProvider,
  Provider,
} from '@smithy/types';

/** SigV4 signing name of the service (aws.auth#sigv4 in the model). */
export const SIGNING_NAME = 'iotmanagedintegrations';

/**
 * @internal
 */
export interface IoTManagedIntegrationsHttpAuthSchemeParameters extends HttpAuthSchemeParameters {
  region?: string;
}

/**
 * Every operation of the service is signed with SigV4 in the client's region.
 * @internal
 */
export const defaultIoTManagedIntegrationsHttpAuthSchemeParametersProvider = async (
  config: { region: string | Provider<string> },
  context: HandlerExecutionContext,
): Promise<IoTManagedIntegrationsHttpAuthSchemeParameters> => {
  const region = await normalizeProvider(config.region)();
  if (!region) {
    throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
  }
  return { operation: getSmithyContext(context).operation as string, region };
};

/**
 * @internal
 */
export type IoTManagedIntegrationsHttpAuthSchemeProvider =
  HttpAuthSchemeProvider<IoTManagedIntegrationsHttpAuthSchemeParameters>;

/**
 * @internal
 */
export const defaultIoTManagedIntegrationsHttpAuthSchemeProvider: IoTManagedIntegrationsHttpAuthSchemeProvider =
  (authParameters) => [
    {
      schemeId: 'aws.auth#sigv4',
      signingProperties: { name: SIGNING_NAME, region: authParameters.region },
      propertiesExtractor: (config, context) => ({ signingProperties: { config, context } }),
    } satisfies HttpAuthOption,
  ];

/**
 * @public
 */
export interface HttpAuthSchemeInputConfig extends AwsSdkSigV4AuthInputConfig {
  /** Preferred auth scheme names, most preferred first (`AWS_AUTH_SCHEME_PREFERENCE`). */
  authSchemePreference?: string[] | Provider<string[]>;
  /** @internal */
  httpAuthSchemes?: HttpAuthScheme[];
  /** @internal */
  httpAuthSchemeProvider?: IoTManagedIntegrationsHttpAuthSchemeProvider;
}

/**
 * @public
 */
export interface HttpAuthSchemeResolvedConfig extends AwsSdkSigV4AuthResolvedConfig {
  /** @internal */
  readonly authSchemePreference: Provider<string[]>;
  /** @internal */
  readonly httpAuthSchemes: HttpAuthScheme[];
  /** @internal */
  readonly httpAuthSchemeProvider: IoTManagedIntegrationsHttpAuthSchemeProvider;
}

/**
 * @internal
 */
export const resolveHttpAuthSchemeConfig = <T>(
  config: T & HttpAuthSchemeInputConfig & AwsSdkSigV4PreviouslyResolved,
): T & HttpAuthSchemeResolvedConfig => {
  const resolved = resolveAwsSdkSigV4Config(config);
  return Object.assign(resolved, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
  }) as T & HttpAuthSchemeResolvedConfig;
};
