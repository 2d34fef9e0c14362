import model from '../../models/sso-admin.json';
import { ServiceModel } from '../../smithy/ServiceModel';
import type { ServiceDefinition } from '../ServiceDefinition';
import { ssoAdminHandlers } from './handlers';
import { loadSsoAdminSeed } from './seed';
import { SsoAdminStore } from './SsoAdminStore';

/** IAM Identity Center (SSO Admin), awsJson1_1, `X-Amz-Target: SWBExternalService.<Operation>`. */
export const ssoAdminService: ServiceDefinition<SsoAdminStore> = {
  name: 'SSOAdmin',
  model: new ServiceModel(model),
  handlers: ssoAdminHandlers,
  // AWS allows 15 account assignment creation requests in progress; the gateway must stay within.
  outstanding: {
    CreateAccountAssignment: {
      count: (store, now) => store.outstanding(now),
      restart: (store, now) => store.restartOutstandingCount(now),
    },
  },
  createStore(region, settings) {
    const seeded = settings.seed && region === settings.defaultRegion;
    return new SsoAdminStore(
      seeded ? (store) => loadSsoAdminSeed(store, settings.accountId) : undefined,
    );
  },
};
