import { useLazyQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';

import { ErrorList } from './ErrorList';
import { graphql } from './gql';

// `status` has a different enum type on each Node type, so each gets its own alias: one response
// name cannot carry two types (GraphQL's "overlapping fields" validation rule).
const NodeByIdQuery = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      id
      ... on AccountAssociation {
        accountAssociationId
        name
        associationState
      }
      ... on AssignmentStatus {
        requestId
        assignmentStatus: status
      }
      ... on EnvironmentAccountConnection {
        environmentName
        connectionStatus: status
      }
    }
  }
`);

/** Refetches any object by its global id (`node(id:)`), always from the gateway. */
export function NodeLookup({ initialId }: { initialId: string }) {
  const [id, setId] = useState(initialId);
  const [fetchNode, { data, error, loading, called }] = useLazyQuery(NodeByIdQuery, {
    fetchPolicy: 'network-only',
    // `node` is null with a NOT_FOUND error for an id that names nothing: show both.
    errorPolicy: 'all',
  });

  useEffect(() => {
    if (initialId !== '') void fetchNode({ variables: { id: initialId } }).catch(() => undefined);
  }, [initialId, fetchNode]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void fetchNode({ variables: { id } }).catch(() => undefined);
  };

  const node = data?.node;
  return (
    <section aria-labelledby="node-heading">
      <h2 id="node-heading">Refetch by global id</h2>
      <form onSubmit={onSubmit}>
        <label>
          Global id <input value={id} onChange={(e) => setId(e.target.value)} size={60} />
        </label>{' '}
        <button type="submit" disabled={loading || id === ''}>
          Refetch
        </button>
      </form>
      <ErrorList error={error} />
      {called && !loading && node === null && !error && <p>Nothing has this id.</p>}
      {node && (
        <dl data-testid="node">
          <dt>Type</dt>
          <dd data-testid="node-type">{node.__typename}</dd>
          <dt>Global id</dt>
          <dd>
            <code data-testid="node-id">{node.id}</code>
          </dd>
          {node.__typename === 'AccountAssociation' && (
            <>
              <dt>Name</dt>
              <dd data-testid="node-name">{node.name}</dd>
              <dt>State</dt>
              <dd>{node.associationState}</dd>
            </>
          )}
          {node.__typename === 'AssignmentStatus' && (
            <>
              <dt>Status</dt>
              <dd>{node.assignmentStatus}</dd>
            </>
          )}
          {node.__typename === 'EnvironmentAccountConnection' && (
            <>
              <dt>Environment</dt>
              <dd>
                {node.environmentName} ({node.connectionStatus})
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
