import {
  createDefaultUserAgentProvider,
  emitWarningIfUnsupportedVersion as awsCheckVersion,
  NODE_APP_ID_CONFIG_OPTIONS,
} from '@aws-sdk/core/client';
import {
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
} from '@aws-sdk/core/httpAuthSchemes';
import { AwsRestJsonProtocol } from '@aws-sdk/core/protocols';
import { defaultProvider as credentialDefaultProvider } from '@aws-sdk/credential-provider-node';
import { Sha256 } from '@smithy/core/checksum';
import {
  emitWarningIfUnsupportedVersion,
  loadConfigsForDefaultMode,
  NoOpLogger,
} from '@smithy/core/client';
import {
  loadConfig,
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  resolveDefaultsModeConfig,
} from '@smithy/core/config';
import { parseUrl, type HttpHandler } from '@smithy/core/protocols';
import {
  DEFAULT_RETRY_MODE,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
} from '@smithy/core/retry';
import {
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  streamCollector,
  toBase64,
  toUtf8,
} from '@smithy/core/serde';
import { NodeHttpHandler, type NodeHttpHandlerOptions } from '@smithy/node-http-handler';
import type { HttpAuthScheme, IdentityProviderConfig, Provider } from '@smithy/types';

import { defaultIoTManagedIntegrationsHttpAuthSchemeProvider } from './auth/httpAuthSchemeProvider';
import { defaultEndpointResolver } from './endpoint/endpointResolver';
import type { IoTManagedIntegrationsClientConfig } from './IoTManagedIntegrationsClient';
import { errorTypeRegistries } from './schemas/schemas';

/** API version of the service model this client implements. */
const API_VERSION = '2025-03-03';
/** Reported in the user agent as the client's version. */
const CLIENT_VERSION = '0.1.0';
/** `sdkId` of the service: names the `AWS_ENDPOINT_URL_IOT_MANAGED_INTEGRATIONS` variable. */
export const SERVICE_ID = 'IoT Managed Integrations';

/**
 * Node.js defaults of the client configuration, mirroring the official clients' runtimeConfig:
 * every option a caller leaves out is filled from the environment, the shared config files or a
 * built-in default.
 * @internal
 */
export const getRuntimeConfig = (config: IoTManagedIntegrationsClientConfig) => {
  emitWarningIfUnsupportedVersion(process.version);
  awsCheckVersion(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const logger = config.logger ?? new NoOpLogger();
  const loaderConfig = { profile: config.profile, logger };
  return {
    apiVersion: API_VERSION,
    base64Decoder: fromBase64,
    base64Encoder: toBase64,
    disableHostPrefix: false,
    endpointProvider: defaultEndpointResolver,
    extensions: [],
    httpAuthSchemeProvider: defaultIoTManagedIntegrationsHttpAuthSchemeProvider,
    httpAuthSchemes: [
      {
        schemeId: 'aws.auth#sigv4',
        identityProvider: (ipc: IdentityProviderConfig) =>
          ipc.getIdentityProvider('aws.auth#sigv4'),
        signer: new AwsSdkSigV4Signer(),
      },
    ] satisfies HttpAuthScheme[] as HttpAuthScheme[],
    protocol: AwsRestJsonProtocol,
    protocolSettings: {
      defaultNamespace: 'com.amazonaws.iotmanagedintegrations',
      errorTypeRegistries,
      version: API_VERSION,
    },
    serviceId: SERVICE_ID,
    sha256: Sha256,
    urlParser: parseUrl,
    utf8Decoder: fromUtf8,
    utf8Encoder: toUtf8,
    ...config,
    logger,
    runtime: 'node',
    defaultsMode,
    authSchemePreference:
      config.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config.credentialDefaultProvider ?? credentialDefaultProvider,
    defaultUserAgentProvider:
      config.defaultUserAgentProvider ??
      createDefaultUserAgentProvider({ serviceId: SERVICE_ID, clientVersion: CLIENT_VERSION }),
    maxAttempts: config.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region:
      config.region ??
      loadConfig(NODE_REGION_CONFIG_OPTIONS, {
        ...NODE_REGION_CONFIG_FILE_OPTIONS,
        ...loaderConfig,
      }),
    requestHandler: NodeHttpHandler.create(requestHandlerInput(config, defaultConfigProvider)),
    retryMode:
      config.retryMode ??
      loadConfig(
        {
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
        },
        config,
      ),
    streamCollector: config.streamCollector ?? streamCollector,
    useFipsEndpoint:
      config.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
  };
};

const isHttpHandler = (value: unknown): value is HttpHandler<object> =>
  typeof (value as { handle?: unknown } | undefined)?.handle === 'function';

/**
 * What NodeHttpHandler.create receives. A `requestTimeout` (top-level or in handler options) must
 * abort the request: NodeHttpHandler only logs a warning when it elapses unless
 * `throwOnRequestTimeout` is set, so that flag defaults to true here. A ready-made handler
 * instance is used as given.
 */
const requestHandlerInput = (
  config: IoTManagedIntegrationsClientConfig,
  defaultConfigProvider: Provider<NodeHttpHandlerOptions>,
): HttpHandler<object> | NodeHttpHandlerOptions | Provider<NodeHttpHandlerOptions> => {
  const { requestHandler, requestTimeout } = config;
  if (isHttpHandler(requestHandler)) {
    return requestHandler;
  }
  const options = requestHandler as NodeHttpHandlerOptions | undefined;
  if (options === undefined && requestTimeout === undefined) {
    return defaultConfigProvider;
  }
  return {
    ...options,
    requestTimeout: requestTimeout ?? options?.requestTimeout,
    throwOnRequestTimeout: options?.throwOnRequestTimeout ?? true,
  };
};
