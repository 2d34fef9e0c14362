/**
 * The distinct upstream calls a GraphQL operation needs, independent of how a server issues them.
 * Operation names follow the emulator's call counters (`<Service>.<Operation>`).
 */
export type UpstreamCall =
  | { operation: 'IoTManagedIntegrations.GetAccountAssociation'; accountAssociationId: string }
  | {
      operation: 'IoTManagedIntegrations.ListAccountAssociations';
      connectorDestinationId?: string;
      maxResults: number;
      /** Items lack a selected field (tags, oauthAuthorizationUrl): each needs a Get. */
      getEachItem: boolean;
    }
  | {
      operation: 'IoTManagedIntegrations.CreateAccountAssociation';
      connectorDestinationId: string;
      name?: string;
      description?: string;
      tags?: Record<string, string>;
      /** The selection needs fields the Create response does not carry: a Get follows. */
      getAfter: boolean;
    }
  | {
      operation: 'SSOAdmin.DescribeAccountAssignmentCreationStatus';
      instanceArn: string;
      requestId: string;
    }
  | { operation: 'Proton.GetEnvironmentAccountConnection'; environmentAccountConnectionId: string };

/** Deduplicated calls, in first-seen order. */
export interface UpstreamPlan {
  calls: UpstreamCall[];
}

/** A call-counter name, e.g. `IoTManagedIntegrations.GetAccountAssociation`. */
export type UpstreamOperation = UpstreamCall['operation'];
