import model from '../../models/proton.json';
import { ServiceModel } from '../../smithy/ServiceModel';
import type { ServiceDefinition } from '../ServiceDefinition';
import { protonHandlers } from './handlers';
import { ProtonStore } from './ProtonStore';
import { loadProtonSeed } from './seed';

/** AWS Proton, awsJson1_0, `X-Amz-Target: AwsProton20200720.<Operation>`. */
export const protonService: ServiceDefinition<ProtonStore> = {
  name: 'Proton',
  model: new ServiceModel(model),
  handlers: protonHandlers,
  createStore(region, settings) {
    const seeded = settings.seed && region === settings.defaultRegion;
    return new ProtonStore(
      seeded ? (store) => loadProtonSeed(store, settings.accountId, region) : undefined,
    );
  },
};
