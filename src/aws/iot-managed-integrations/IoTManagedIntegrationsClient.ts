import {
  getHostHeaderPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getUserAgentPlugin,
  resolveHostHeaderConfig,
  resolveUserAgentConfig,
  type HostHeaderInputConfig,
  type HostHeaderResolvedConfig,
  type UserAgentInputConfig,
  type UserAgentResolvedConfig,
} from '@aws-sdk/core/client';
import {
  DefaultIdentityProviderConfig,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
} from '@smithy/core';
import {
  Client as __Client,
  type DefaultsMode as __DefaultsMode,
  type SmithyConfiguration as __SmithyConfiguration,
  type SmithyResolvedConfiguration as __SmithyResolvedConfiguration,
} from '@smithy/core/client';
import {
  resolveRegionConfig,
  type RegionInputConfig,
  type RegionResolvedConfig,
} from '@smithy/core/config';
import {
  resolveEndpointConfig,
  type EndpointInputConfig,
  type EndpointResolvedConfig,
} from '@smithy/core/endpoints';
import { getContentLengthPlugin } from '@smithy/core/protocols';
import {
  getRetryPlugin,
  resolveRetryConfig,
  type RetryInputConfig,
  type RetryResolvedConfig,
} from '@smithy/core/retry';
import { getSchemaSerdePlugin } from '@smithy/core/schema';
import type {
  AwsCredentialIdentityProvider,
  BodyLengthCalculator as __BodyLengthCalculator,
  CheckOptionalClientConfig as __CheckOptionalClientConfig,
  ChecksumConstructor as __ChecksumConstructor,
  Decoder as __Decoder,
  Encoder as __Encoder,
  HashConstructor as __HashConstructor,
  UrlParser as __UrlParser,
  HttpHandlerOptions as __HttpHandlerOptions,
  Logger as __Logger,
  Provider as __Provider,
  StreamCollector as __StreamCollector,
  UserAgent as __UserAgent,
} from '@smithy/types';

import {
  defaultIoTManagedIntegrationsHttpAuthSchemeParametersProvider,
  resolveHttpAuthSchemeConfig,
  type HttpAuthSchemeInputConfig,
  type HttpAuthSchemeResolvedConfig,
} from './auth/httpAuthSchemeProvider';
import type {
  CreateAccountAssociationCommandInput,
  CreateAccountAssociationCommandOutput,
} from './commands/CreateAccountAssociationCommand';
import type {
  CreateConnectorDestinationCommandInput,
  CreateConnectorDestinationCommandOutput,
} from './commands/CreateConnectorDestinationCommand';
import type {
  DeleteAccountAssociationCommandInput,
  DeleteAccountAssociationCommandOutput,
} from './commands/DeleteAccountAssociationCommand';
import type {
  GetAccountAssociationCommandInput,
  GetAccountAssociationCommandOutput,
} from './commands/GetAccountAssociationCommand';
import type {
  GetConnectorDestinationCommandInput,
  GetConnectorDestinationCommandOutput,
} from './commands/GetConnectorDestinationCommand';
import type {
  ListAccountAssociationsCommandInput,
  ListAccountAssociationsCommandOutput,
} from './commands/ListAccountAssociationsCommand';
import type {
  ListConnectorDestinationsCommandInput,
  ListConnectorDestinationsCommandOutput,
} from './commands/ListConnectorDestinationsCommand';
import type {
  StartAccountAssociationRefreshCommandInput,
  StartAccountAssociationRefreshCommandOutput,
} from './commands/StartAccountAssociationRefreshCommand';
import type {
  UpdateAccountAssociationCommandInput,
  UpdateAccountAssociationCommandOutput,
} from './commands/UpdateAccountAssociationCommand';
import {
  resolveClientEndpointParameters,
  type ClientInputEndpointParameters,
  type ClientResolvedEndpointParameters,
  type EndpointParameters,
} from './endpoint/EndpointParameters';
import { getRuntimeConfig } from './runtimeConfig';
import {
  resolveRuntimeExtensions,
  type RuntimeExtension,
  type RuntimeExtensionsConfig,
} from './runtimeExtensions';

export { __Client };

/**
 * @public
 */
export type ServiceInputTypes =
  | CreateAccountAssociationCommandInput
  | CreateConnectorDestinationCommandInput
  | DeleteAccountAssociationCommandInput
  | GetAccountAssociationCommandInput
  | GetConnectorDestinationCommandInput
  | ListAccountAssociationsCommandInput
  | ListConnectorDestinationsCommandInput
  | StartAccountAssociationRefreshCommandInput
  | UpdateAccountAssociationCommandInput;

/**
 * @public
 */
// Delete and Update both answer with $metadata only, so their output types coincide.
/* eslint-disable @typescript-eslint/no-duplicate-type-constituents */
export type ServiceOutputTypes =
  | CreateAccountAssociationCommandOutput
  | CreateConnectorDestinationCommandOutput
  | DeleteAccountAssociationCommandOutput
  | GetAccountAssociationCommandOutput
  | GetConnectorDestinationCommandOutput
  | ListAccountAssociationsCommandOutput
  | ListConnectorDestinationsCommandOutput
  | StartAccountAssociationRefreshCommandOutput
  | UpdateAccountAssociationCommandOutput;
/* eslint-enable @typescript-eslint/no-duplicate-type-constituents */

/**
 * Options every generated AWS client accepts, plus `requestTimeout`.
 * @public
 */
export interface ClientDefaults extends Partial<__SmithyConfiguration<__HttpHandlerOptions>> {
  /**
   * Milliseconds a request may take, from sending it to the end of the response, before it is
   * aborted with a `TimeoutError` (retried like any transient error). Shorthand for
   * `requestHandler: { requestTimeout, throwOnRequestTimeout: true }`; the official package has no
   * top-level equivalent, so prefer that portable form in code meant to swap packages.
   */
  requestTimeout?: number;
  /** SHA-256 implementation used for signing. @internal */
  sha256?: __ChecksumConstructor | __HashConstructor;
  /** Converts strings into endpoint URLs. @internal */
  urlParser?: __UrlParser;
  /** Base64 decoder. @internal */
  base64Decoder?: __Decoder;
  /** Base64 encoder. @internal */
  base64Encoder?: __Encoder;
  /** UTF-8 decoder. @internal */
  utf8Decoder?: __Decoder;
  /** UTF-8 encoder. @internal */
  utf8Encoder?: __Encoder;
  /** The runtime environment. @internal */
  runtime?: string;
  /** Disables the hostPrefix endpoint trait (none of this service's operations use one). */
  disableHostPrefix?: boolean;
  /** A function that can calculate the length of a request body. @internal */
  bodyLengthChecker?: __BodyLengthCalculator;
  /** A function that converts a stream into an array of bytes. @internal */
  streamCollector?: __StreamCollector;
  /** Unique service identifier. @internal */
  serviceId?: string;
  /** Enables FIPS compatible endpoints. */
  useFipsEndpoint?: boolean | __Provider<boolean>;
  /** The AWS region to send requests to. Defaults to `AWS_REGION` or the shared config file. */
  region?: string | __Provider<string>;
  /** The shared config/credentials file profile to read settings from (like `AWS_PROFILE`). */
  profile?: string;
  /** The provider of the `user-agent` tracking information. @internal */
  defaultUserAgentProvider?: __Provider<__UserAgent>;
  /** Default credentials provider (the Node.js credential chain). @internal */
  credentialDefaultProvider?: (input: unknown) => AwsCredentialIdentityProvider;
  /**
   * How many times a request is made at most, first attempt included (default 3, or
   * `AWS_MAX_ATTEMPTS`). Throttling errors, 5xx responses, timeouts and network errors are retried
   * with the SDK's standard strategy (exponential backoff with jitter).
   */
  maxAttempts?: number | __Provider<number>;
  /** Which retry algorithm to use: `standard` (default) or `adaptive`. */
  retryMode?: string | __Provider<string>;
  /** Optional logger for debug/info/warn/error messages. */
  logger?: __Logger;
  /** Optional extensions. */
  extensions?: RuntimeExtension[];
  /** How defaults such as connection timeouts are chosen (`legacy`, `standard`, `in-region`, …). */
  defaultsMode?: __DefaultsMode | __Provider<__DefaultsMode>;
}

/**
 * @public
 */
export type IoTManagedIntegrationsClientConfigType = ClientDefaults &
  UserAgentInputConfig &
  RetryInputConfig &
  RegionInputConfig &
  HostHeaderInputConfig &
  EndpointInputConfig<EndpointParameters> &
  HttpAuthSchemeInputConfig &
  ClientInputEndpointParameters;

/**
 * The configuration of the IoTManagedIntegrationsClient constructor: region, credentials, endpoint,
 * retries and the HTTP handler.
 * @public
 */
export type IoTManagedIntegrationsClientConfig = IoTManagedIntegrationsClientConfigType;

/**
 * @public
 */
export type IoTManagedIntegrationsClientResolvedConfigType =
  __SmithyResolvedConfiguration<__HttpHandlerOptions> &
    Required<Omit<ClientDefaults, 'requestTimeout'>> &
    RuntimeExtensionsConfig &
    UserAgentResolvedConfig &
    RetryResolvedConfig &
    RegionResolvedConfig &
    HostHeaderResolvedConfig &
    EndpointResolvedConfig<EndpointParameters> &
    HttpAuthSchemeResolvedConfig &
    ClientResolvedEndpointParameters;

/**
 * The resolved configuration of IoTManagedIntegrationsClient, normalized from the constructor options.
 * @public
 */
export type IoTManagedIntegrationsClientResolvedConfig =
  IoTManagedIntegrationsClientResolvedConfigType;

/**
 * Managed integrations is a feature of AWS IoT Device Management that enables developers to quickly
 * build innovative IoT solutions. Customers can use managed integrations to automate device setup
 * workflows and support interoperability across many devices, regardless of device vendor or
 * connectivity protocol.
 *
 * This client covers the account-association and connector-destination operations, with the same
 * names and shapes as `@aws-sdk/client-iot-managed-integrations`.
 * @public
 */
export class IoTManagedIntegrationsClient extends __Client<
  __HttpHandlerOptions,
  ServiceInputTypes,
  ServiceOutputTypes,
  IoTManagedIntegrationsClientResolvedConfig
> {
  /** The resolved configuration of the client. */
  override readonly config: IoTManagedIntegrationsClientResolvedConfig;

  constructor(...[configuration]: __CheckOptionalClientConfig<IoTManagedIntegrationsClientConfig>) {
    const config0 = getRuntimeConfig(configuration ?? {});
    const config1 = resolveClientEndpointParameters(config0);
    const config2 = resolveUserAgentConfig(config1);
    const config3 = resolveRetryConfig(config2);
    const config4 = resolveRegionConfig(config3);
    const config5 = resolveHostHeaderConfig(config4);
    const config6 = resolveEndpointConfig(config5);
    const config7 = resolveHttpAuthSchemeConfig(config6);
    const config8 = resolveRuntimeExtensions(config7, configuration?.extensions ?? []);
    super(config8 as IoTManagedIntegrationsClientResolvedConfig);
    this.config = config8 as IoTManagedIntegrationsClientResolvedConfig;
    // The SDK's plugin factories are typed Pluggable<any, any>; they apply to every operation.
    /* eslint-disable @typescript-eslint/no-unsafe-argument */
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(
      getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
        httpAuthSchemeParametersProvider:
          defaultIoTManagedIntegrationsHttpAuthSchemeParametersProvider,
        identityProviderConfigProvider: (config: IoTManagedIntegrationsClientResolvedConfig) =>
          Promise.resolve(
            new DefaultIdentityProviderConfig({ 'aws.auth#sigv4': config.credentials }),
          ),
      }),
    );
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
    /* eslint-enable @typescript-eslint/no-unsafe-argument */
  }

  /**
   * Closes the client's sockets. Call it when the client is no longer needed so Node.js can exit
   * without waiting for idle keep-alive connections.
   */
  override destroy(): void {
    super.destroy();
  }
}
