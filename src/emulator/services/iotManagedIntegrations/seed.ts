import { SeedRandom } from '../../seed/SeedRandom';
import type { IotManagedIntegrationsStore } from './IotManagedIntegrationsStore';
import type { AssociationState } from './types';

const random = new SeedRandom(0x107313);
const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

const VENDORS = [
  {
    name: 'Acme Smart Home',
    description: 'Acme Smart Home cloud - lights plugs and locks',
    cloudConnectorId: 'acme-smarthome-cloud',
    authUrl: 'https://auth.acme-smarthome.example.com/oauth2/authorize',
    tokenUrl: 'https://auth.acme-smarthome.example.com/oauth2/token',
    scope: 'devices.read devices.control',
    secret: 'iotmi/acme-smarthome-oauth-client',
  },
  {
    name: 'Lumen Lighting',
    description: 'Lumen Lighting cloud - bulbs and light strips',
    cloudConnectorId: 'lumen-lighting-cloud',
    authUrl: 'https://login.lumen-lighting.example.com/oauth/authorize',
    tokenUrl: 'https://login.lumen-lighting.example.com/oauth/token',
    scope: 'lights',
    secret: 'iotmi/lumen-lighting-oauth-client',
  },
  {
    name: 'Thermia Climate',
    description: 'Thermia Climate cloud - thermostats and air sensors',
    cloudConnectorId: 'thermia-climate-cloud',
    authUrl: 'https://id.thermia-climate.example.com/authorize',
    tokenUrl: 'https://id.thermia-climate.example.com/token',
    scope: 'thermostat.read thermostat.write',
    secret: 'iotmi/thermia-climate-oauth-client',
  },
] as const;

const DESTINATION_IDS = VENDORS.map(() => random.chars(24, ID_ALPHABET));
const SECRET_SUFFIXES = VENDORS.map(() => random.chars(6, 'ABCDEFabcdef'));
const SECRET_VERSION_IDS = VENDORS.map(() => random.uuid());

const PLACES = [
  'Lisbon',
  'Porto',
  'Madrid',
  'Berlin',
  'Dublin',
  'Oslo',
  'Austin',
  'Denver',
  'Osaka',
  'Seoul',
];
const UNITS = ['Apartment', 'House', 'Office', 'Studio', 'Warehouse'];
/** States cycle through this pattern: 150 SUCCEEDED and 25 of each other state out of 250. */
const STATE_CYCLE: readonly AssociationState[] = [
  'ASSOCIATION_SUCCEEDED',
  'ASSOCIATION_SUCCEEDED',
  'ASSOCIATION_IN_PROGRESS',
  'ASSOCIATION_SUCCEEDED',
  'ASSOCIATION_FAILED',
  'ASSOCIATION_SUCCEEDED',
  'ASSOCIATION_DELETING',
  'ASSOCIATION_SUCCEEDED',
  'REFRESH_TOKEN_EXPIRED',
  'ASSOCIATION_SUCCEEDED',
];
const ERROR_MESSAGES: Partial<Record<AssociationState, string>> = {
  ASSOCIATION_FAILED: 'OAuth token exchange failed - the vendor cloud answered 401 Unauthorized',
  REFRESH_TOKEN_EXPIRED: 'The refresh token expired - start an account association refresh',
};

/** Association n belongs to destination n mod 3 and has state STATE_CYCLE[n mod 10]. */
const ASSOCIATIONS = Array.from({ length: 250 }, (_, i) => {
  const vendorIndex = i % VENDORS.length;
  const place = PLACES[random.int(PLACES.length)];
  const unit = UNITS[random.int(UNITS.length)];
  const number = String(i + 1).padStart(3, '0');
  return {
    id: random.chars(24, ID_ALPHABET),
    vendorIndex,
    connectorDestinationId: DESTINATION_IDS[vendorIndex],
    state: STATE_CYCLE[i % STATE_CYCLE.length],
    name: `${place} ${unit} ${number}`,
    description: `${VENDORS[vendorIndex].name} devices in the ${place} ${unit.toLowerCase()} ${number}`,
    tags: {
      site: place.toLowerCase(),
      environment: i % 4 === 0 ? 'staging' : 'production',
      'cost-center': `cc-${100 + (i % 7)}`,
    },
  };
});

export function oauthAuthorizationUrl(
  authUrl: string,
  cloudConnectorId: string,
  associationId: string,
): string {
  const url = new URL(authUrl);
  url.protocol = 'https:';
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', cloudConnectorId);
  url.searchParams.set('state', associationId);
  return url.toString();
}

export function associationArn(region: string, accountId: string, id: string): string {
  return `arn:aws:iotmanagedintegrations:${region}:${accountId}:account-association/${id}`;
}

/** The seeded managed integrations ids, as documented in the README. */
export const IOT_MANAGED_INTEGRATIONS_SEED = {
  connectorDestinations: VENDORS.map((vendor, i) => ({
    id: DESTINATION_IDS[i],
    name: vendor.name,
    cloudConnectorId: vendor.cloudConnectorId,
  })) as ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly cloudConnectorId: string;
  }>,
  accountAssociations: ASSOCIATIONS.map(({ id, connectorDestinationId, state, name }) => ({
    id,
    connectorDestinationId,
    state,
    name,
  })) as ReadonlyArray<{
    readonly id: string;
    readonly connectorDestinationId: string;
    readonly state: AssociationState;
    readonly name: string;
  }>,
} as const;

export function loadIotManagedIntegrationsSeed(
  store: IotManagedIntegrationsStore,
  accountId: string,
  region: string,
): void {
  VENDORS.forEach((vendor, i) => {
    store.destinations.set(DESTINATION_IDS[i], {
      seq: store.nextSeq(),
      Id: DESTINATION_IDS[i],
      Name: vendor.name,
      Description: vendor.description,
      CloudConnectorId: vendor.cloudConnectorId,
      AuthType: 'OAUTH',
      AuthConfig: {
        oAuth: {
          authUrl: vendor.authUrl,
          tokenUrl: vendor.tokenUrl,
          scope: vendor.scope,
          tokenEndpointAuthenticationScheme: 'HTTP_BASIC',
          oAuthCompleteRedirectUrl: 'https://app.account-graph.example.com/oauth/complete',
          proactiveRefreshTokenRenewal: { enabled: true, DaysBeforeRenewal: 30 },
        },
      },
      SecretsManager: {
        arn: `arn:aws:secretsmanager:${region}:${accountId}:secret:${vendor.secret}-${SECRET_SUFFIXES[i]}`,
        versionId: SECRET_VERSION_IDS[i],
      },
      OAuthCompleteRedirectUrl: 'https://app.account-graph.example.com/oauth/complete',
    });
  });
  for (const a of ASSOCIATIONS) {
    store.putAssociation({
      seq: store.nextSeq(),
      AccountAssociationId: a.id,
      Arn: associationArn(region, accountId, a.id),
      ConnectorDestinationId: a.connectorDestinationId,
      Name: a.name,
      Description: a.description,
      Tags: a.tags,
      AssociationState: a.state,
      ErrorMessage: ERROR_MESSAGES[a.state],
      OAuthAuthorizationUrl: oauthAuthorizationUrl(
        VENDORS[a.vendorIndex].authUrl,
        VENDORS[a.vendorIndex].cloudConnectorId,
        a.id,
      ),
    });
  }
}
