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
      /** The selection reads the request's permission set: a DescribePermissionSet follows. */
      describePermissionSet: boolean;
    }
  | {
      operation: 'SSOAdmin.ListAccountAssignmentCreationStatus';
      instanceArn: string;
      status?: AssignmentStatusFilter;
      maxResults: number;
      /** Items lack a selected field (anything but status, request id, creation date): a Describe each. */
      describeEachItem: boolean;
      /** The selection reads each item's permission set: one DescribePermissionSet per distinct ARN. */
      describePermissionSets: boolean;
    }
  | { operation: 'SSOAdmin.DescribePermissionSet'; instanceArn: string; permissionSetArn: string }
  | { operation: 'Proton.GetEnvironmentAccountConnection'; environmentAccountConnectionId: string };

/** The statuses ListAccountAssignmentCreationStatus filters by (AWS `StatusValues`). */
export type AssignmentStatusFilter = 'IN_PROGRESS' | 'FAILED' | 'SUCCEEDED';

/** Deduplicated calls, in first-seen order. */
export interface UpstreamPlan {
  calls: UpstreamCall[];
}

/** A call-counter name, e.g. `IoTManagedIntegrations.GetAccountAssociation`. */
export type UpstreamOperation = UpstreamCall['operation'];
