import { assertNever } from '../../src/shared/assertNever';
import type { AssignmentStatusFilter, UpstreamOperation, UpstreamPlan } from './UpstreamPlan';

/** One account-assignment creation request as a list page shows it, with its permission set. */
export interface ListedAssignmentRequest {
  requestId: string;
  permissionSetArn: string | undefined;
}

/** What the upstream holds, as far as a plan's minimum depends on it: what its list pages return. */
export interface PlanPages {
  /** The ids a ListAccountAssociations call of the plan returns (its page). */
  associations(call: { connectorDestinationId?: string; maxResults: number }): readonly string[];
  /** The requests a ListAccountAssignmentCreationStatus call of the plan returns (its page). */
  assignmentRequests(call: {
    instanceArn: string;
    status?: AssignmentStatusFilter;
    maxResults: number;
  }): readonly ListedAssignmentRequest[];
  /** The permission set of one request (asked for directly, not through a page). */
  permissionSetOf(instanceArn: string, requestId: string): string | undefined;
}

/** Minimum upstream calls for one execution of a plan, in total and per operation. */
export interface MinimumCalls {
  total: number;
  byOperation: Partial<Record<UpstreamOperation, number>>;
}

/**
 * Counts the calls of a plan once the pages it lists are known: each list page is one call, and
 * every distinct resource read beyond it is one call however many times it appears — an association
 * that needs GetAccountAssociation (asked for directly, or listed on a page whose selection needs
 * Get-only fields), a request that needs DescribeAccountAssignmentCreationStatus, a permission set
 * that needs DescribePermissionSet (asked for directly, or the set of a request whose selection
 * reads it).
 */
export function countMinimumCalls(plan: UpstreamPlan, pages: PlanPages): MinimumCalls {
  const byOperation: Partial<Record<UpstreamOperation, number>> = {};
  const bump = (operation: UpstreamOperation, count = 1): void => {
    if (count > 0) byOperation[operation] = (byOperation[operation] ?? 0) + count;
  };
  const associationsToGet = new Set<string>();
  const requestsToDescribe = new Set<string>();
  const permissionSetsToDescribe = new Set<string>();
  // Keys within an instance: `<instance ARN>\n<id>`.
  const keyOf = (instanceArn: string, id: string): string => `${instanceArn}\n${id}`;
  const describePermissionSet = (instanceArn: string, arn: string | undefined): void => {
    if (arn) permissionSetsToDescribe.add(keyOf(instanceArn, arn));
  };
  for (const call of plan.calls) {
    switch (call.operation) {
      case 'IoTManagedIntegrations.GetAccountAssociation':
        associationsToGet.add(call.accountAssociationId);
        break;
      case 'IoTManagedIntegrations.ListAccountAssociations':
        bump(call.operation);
        if (call.getEachItem) for (const id of pages.associations(call)) associationsToGet.add(id);
        break;
      case 'IoTManagedIntegrations.CreateAccountAssociation':
        bump(call.operation);
        if (call.getAfter) bump('IoTManagedIntegrations.GetAccountAssociation');
        break;
      case 'SSOAdmin.DescribeAccountAssignmentCreationStatus':
        requestsToDescribe.add(keyOf(call.instanceArn, call.requestId));
        if (call.describePermissionSet) {
          describePermissionSet(
            call.instanceArn,
            pages.permissionSetOf(call.instanceArn, call.requestId),
          );
        }
        break;
      case 'SSOAdmin.ListAccountAssignmentCreationStatus':
        bump(call.operation);
        for (const request of pages.assignmentRequests(call)) {
          if (call.describeEachItem)
            requestsToDescribe.add(keyOf(call.instanceArn, request.requestId));
          if (call.describePermissionSets)
            describePermissionSet(call.instanceArn, request.permissionSetArn);
        }
        break;
      case 'SSOAdmin.DescribePermissionSet':
        describePermissionSet(call.instanceArn, call.permissionSetArn);
        break;
      case 'Proton.GetEnvironmentAccountConnection':
        bump(call.operation);
        break;
      default:
        return assertNever(call);
    }
  }
  bump('IoTManagedIntegrations.GetAccountAssociation', associationsToGet.size);
  bump('SSOAdmin.DescribeAccountAssignmentCreationStatus', requestsToDescribe.size);
  bump('SSOAdmin.DescribePermissionSet', permissionSetsToDescribe.size);
  const total = Object.values(byOperation).reduce((sum, count) => sum + count, 0);
  return { total, byOperation };
}
