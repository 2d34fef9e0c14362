import { assertNever } from '../../src/shared/assertNever';
import type { UpstreamOperation, UpstreamPlan } from './UpstreamPlan';

/** The ids a ListAccountAssociations call of the plan returns (its page). */
export type PageItems = (call: {
  connectorDestinationId?: string;
  maxResults: number;
}) => readonly string[];

/** Minimum upstream calls for one execution of a plan, in total and per operation. */
export interface MinimumCalls {
  total: number;
  byOperation: Partial<Record<UpstreamOperation, number>>;
}

/**
 * Counts the calls of a plan once the pages it lists are known: each list page is one call, and every
 * distinct association that needs GetAccountAssociation (asked for directly, or listed on a page whose
 * selection needs Get-only fields) is one Get, however many times it appears.
 */
export function countMinimumCalls(plan: UpstreamPlan, pageItems: PageItems): MinimumCalls {
  const byOperation: Partial<Record<UpstreamOperation, number>> = {};
  const bump = (operation: UpstreamOperation, count = 1): void => {
    byOperation[operation] = (byOperation[operation] ?? 0) + count;
  };
  const associationsToGet = new Set<string>();
  for (const call of plan.calls) {
    switch (call.operation) {
      case 'IoTManagedIntegrations.GetAccountAssociation':
        associationsToGet.add(call.accountAssociationId);
        break;
      case 'IoTManagedIntegrations.ListAccountAssociations':
        bump(call.operation);
        if (call.getEachItem) for (const id of pageItems(call)) associationsToGet.add(id);
        break;
      case 'IoTManagedIntegrations.CreateAccountAssociation':
        bump(call.operation);
        if (call.getAfter) bump('IoTManagedIntegrations.GetAccountAssociation');
        break;
      case 'SSOAdmin.DescribeAccountAssignmentCreationStatus':
      case 'Proton.GetEnvironmentAccountConnection':
        bump(call.operation);
        break;
      default:
        return assertNever(call);
    }
  }
  if (associationsToGet.size > 0) {
    bump('IoTManagedIntegrations.GetAccountAssociation', associationsToGet.size);
  }
  const total = Object.values(byOperation).reduce((sum, count) => sum + count, 0);
  return { total, byOperation };
}
