import {
  getAwsRegionExtensionConfiguration,
  resolveAwsRegionExtensionConfiguration,
  type RegionExtensionRuntimeConfigType,
} from '@aws-sdk/core/client';
import {
  getDefaultExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  type DefaultExtensionRuntimeConfigType,
} from '@smithy/core/client';
import {
  getHttpHandlerExtensionConfiguration,
  resolveHttpHandlerRuntimeConfig,
  type HttpHandlerExtensionConfigType,
  type HttpHandlerExtensionConfiguration,
} from '@smithy/core/protocols';
import type { AwsRegionExtensionConfiguration } from '@aws-sdk/types';
import type { DefaultExtensionConfiguration } from '@smithy/types';

/**
 * What an extension may read and change on the client's configuration.
 * @public
 */
export interface IoTManagedIntegrationsExtensionConfiguration
  extends
    HttpHandlerExtensionConfiguration,
    DefaultExtensionConfiguration,
    AwsRegionExtensionConfiguration {}

/**
 * A configuration hook run once while the client is constructed.
 * @public
 */
export interface RuntimeExtension {
  configure(extensionConfiguration: IoTManagedIntegrationsExtensionConfiguration): void;
}

/**
 * @public
 */
export interface RuntimeExtensionsConfig {
  /** Extensions that adjust the configuration (HTTP handler, region, checksums, retry). */
  extensions: RuntimeExtension[];
}

/**
 * Lets each extension adjust the configuration, then writes the result back, as generated clients do.
 * @internal
 */
export const resolveRuntimeExtensions = <
  T extends HttpHandlerExtensionConfigType &
    DefaultExtensionRuntimeConfigType &
    RegionExtensionRuntimeConfigType,
>(
  runtimeConfig: T,
  extensions: RuntimeExtension[],
): T => {
  const extensionConfiguration: IoTManagedIntegrationsExtensionConfiguration = Object.assign(
    getAwsRegionExtensionConfiguration(runtimeConfig),
    getDefaultExtensionConfiguration(runtimeConfig),
    getHttpHandlerExtensionConfiguration(runtimeConfig),
  );
  for (const extension of extensions) {
    extension.configure(extensionConfiguration);
  }
  return Object.assign(
    runtimeConfig,
    resolveAwsRegionExtensionConfiguration(extensionConfiguration),
    resolveDefaultRuntimeConfig(extensionConfiguration),
    resolveHttpHandlerRuntimeConfig(extensionConfiguration),
  );
};
