import { defineDomain } from '../module';
import { createLoaders } from './loaders';
import {
  accountAssociationResolvers,
  loadAccountAssociationNode,
  loadConnectorDestinationNode,
} from './resolvers';
import { createService } from './service';

/** `AccountAssociation` and `ConnectorDestination`, over Managed integrations for AWS IoT Device Management. */
export const iotManagedIntegrations = defineDomain({
  client: 'iot',
  resolvers: accountAssociationResolvers,
  createLoaders,
  createService,
  nodeTypes: {
    AccountAssociation: loadAccountAssociationNode,
    ConnectorDestination: loadConnectorDestinationNode,
  },
});
