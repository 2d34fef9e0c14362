import model from '../../models/iot-managed-integrations.json';
import { ServiceModel } from '../../smithy/ServiceModel';
import type { ServiceDefinition } from '../ServiceDefinition';
import { iotManagedIntegrationsHandlers } from './handlers';
import { IotManagedIntegrationsStore } from './IotManagedIntegrationsStore';
import { loadIotManagedIntegrationsSeed } from './seed';

/** Managed integrations for AWS IoT Device Management (account associations), restJson1. */
export const iotManagedIntegrationsService: ServiceDefinition<IotManagedIntegrationsStore> = {
  name: 'IoTManagedIntegrations',
  model: new ServiceModel(model),
  handlers: iotManagedIntegrationsHandlers,
  createStore(region, settings) {
    const seeded = settings.seed && region === settings.defaultRegion;
    return new IotManagedIntegrationsStore(
      seeded
        ? (store) => loadIotManagedIntegrationsSeed(store, settings.accountId, region)
        : undefined,
    );
  },
};
