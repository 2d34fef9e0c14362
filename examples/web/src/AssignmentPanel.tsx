import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';

import { ErrorList } from './ErrorList';
import { graphql } from './gql';

const LatestAssignmentQuery = graphql(`
  query LatestAssignment {
    ssoInstances(first: 1) {
      nodes {
        instanceArn
        name
      }
    }
  }
`);

const SucceededAssignmentQuery = graphql(`
  query SucceededAssignment($instanceArn: String!) {
    assignmentStatuses(instanceArn: $instanceArn, status: SUCCEEDED, first: 1) {
      nodes {
        id
        targetId
        permissionSetArn
        principalType
        principalId
      }
    }
  }
`);

const CreateAssignmentMutation = graphql(`
  mutation CreateAssignment($input: CreateAccountAssignmentInput!) {
    createAccountAssignment(input: $input) {
      assignmentStatus {
        id
        requestId
        status
      }
    }
  }
`);

const AssignmentStatusQuery = graphql(`
  query AssignmentStatus($instanceArn: String!, $requestId: ID!) {
    assignmentStatus(instanceArn: $instanceArn, requestId: $requestId) {
      id
      status
      failureReason
      createdDate
    }
  }
`);

const TERMINAL = new Set(['SUCCEEDED', 'FAILED']);
const POLL_INTERVAL_MS = 1000;

/**
 * Repeats the instance's latest successful account assignment (IAM Identity Center works on it
 * asynchronously) and polls its status until it is SUCCEEDED or FAILED.
 */
export function AssignmentPanel() {
  const instances = useQuery(LatestAssignmentQuery);
  const instanceArn = instances.data?.ssoInstances.nodes[0]?.instanceArn;
  const template = useQuery(SucceededAssignmentQuery, {
    variables: { instanceArn: instanceArn ?? '' },
    skip: instanceArn === undefined,
  });
  const [assign, assigned] = useMutation(CreateAssignmentMutation);
  const source = template.data?.assignmentStatuses.nodes[0];
  const requestId = assigned.data?.createAccountAssignment.assignmentStatus.requestId;

  const onAssign = () => {
    if (!instanceArn || !source) return;
    const { targetId, permissionSetArn, principalType, principalId } = source;
    if (!targetId || !permissionSetArn || !principalType || !principalId) return;
    void assign({
      variables: { input: { instanceArn, targetId, permissionSetArn, principalType, principalId } },
    }).catch(() => undefined);
  };

  return (
    <section aria-labelledby="assignment-heading">
      <h2 id="assignment-heading">Account assignment</h2>
      <ErrorList error={instances.error ?? template.error ?? assigned.error} />
      {source && (
        <p>
          Permission set <code>{source.permissionSetArn}</code> for {source.principalType}{' '}
          <code>{source.principalId}</code> in account <code>{source.targetId}</code>{' '}
          <button type="button" disabled={assigned.loading} onClick={onAssign}>
            Assign again
          </button>
        </p>
      )}
      {instanceArn && requestId && (
        <AssignmentStatusView instanceArn={instanceArn} requestId={requestId} />
      )}
    </section>
  );
}

function AssignmentStatusView({
  instanceArn,
  requestId,
}: {
  instanceArn: string;
  requestId: string;
}) {
  const { data, error, stopPolling } = useQuery(AssignmentStatusQuery, {
    variables: { instanceArn, requestId },
    fetchPolicy: 'network-only',
    pollInterval: POLL_INTERVAL_MS,
  });
  const status = data?.assignmentStatus;
  const terminal =
    status?.status !== undefined && status.status !== null && TERMINAL.has(status.status);
  useEffect(() => {
    if (terminal) stopPolling();
  }, [terminal, stopPolling]);

  return (
    <div>
      <ErrorList error={error} />
      <p aria-live="polite">
        Request <code>{requestId}</code>:{' '}
        <strong data-testid="assignment-status">{status?.status ?? 'sent'}</strong>
        {status?.createdDate && <> (created {new Date(status.createdDate).toLocaleString()})</>}
        {!terminal && ' — checking every second'}
      </p>
      {status?.failureReason && <p>{status.failureReason}</p>}
    </div>
  );
}
