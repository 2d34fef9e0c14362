import type {
  EnvironmentAccountConnection,
  EnvironmentAccountConnectionSummary,
} from '@aws-sdk/client-proton';

import { structures } from '../../generated/aws/proton';
import type { WithRequiredMembers } from '../upstream';

/** A connection as `Upstream.send` checked it: every member AWS's model requires is present. */
export type EnvironmentAccountConnectionRecord = WithRequiredMembers<
  EnvironmentAccountConnection,
  typeof structures.EnvironmentAccountConnection
>;
/** One ListEnvironmentAccountConnections item, checked the same way. */
export type EnvironmentAccountConnectionSummaryRecord = WithRequiredMembers<
  EnvironmentAccountConnectionSummary,
  typeof structures.EnvironmentAccountConnectionSummary
>;
export type EnvironmentAccountConnectionField = keyof EnvironmentAccountConnectionRecord;

/**
 * What `EnvironmentAccountConnection` field resolvers receive: a GetEnvironmentAccountConnection
 * answer or a list item (which lacks `codebuildRoleArn`), and which members it carries. A member
 * outside `carries` is fetched with GetEnvironmentAccountConnection only when selected.
 */
export interface EnvironmentAccountConnectionModel {
  readonly __typename: 'EnvironmentAccountConnection';
  readonly environmentAccountConnectionId: string;
  readonly connection: EnvironmentAccountConnectionSummaryRecord &
    Partial<EnvironmentAccountConnectionRecord>;
  readonly carries: 'all' | ReadonlySet<EnvironmentAccountConnectionField>;
}

// The members of a list item, from AWS's model.
const SUMMARY_FIELDS: ReadonlySet<EnvironmentAccountConnectionField> =
  new Set<EnvironmentAccountConnectionField>(
    structures.EnvironmentAccountConnectionSummary.members,
  );

export function fromRecord(
  connection: EnvironmentAccountConnectionRecord,
): EnvironmentAccountConnectionModel {
  return {
    __typename: 'EnvironmentAccountConnection',
    environmentAccountConnectionId: connection.id,
    connection,
    carries: 'all',
  };
}

export function fromSummary(
  summary: EnvironmentAccountConnectionSummaryRecord,
): EnvironmentAccountConnectionModel {
  return {
    __typename: 'EnvironmentAccountConnection',
    environmentAccountConnectionId: summary.id,
    connection: summary,
    carries: SUMMARY_FIELDS,
  };
}

/** Whether `model` already carries `field`, so resolving it needs no AWS call. */
export function carries(
  model: EnvironmentAccountConnectionModel,
  field: EnvironmentAccountConnectionField,
): boolean {
  return model.carries === 'all' || model.carries.has(field);
}
