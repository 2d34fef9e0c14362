import { useQuery } from '@apollo/client/react';

import { ErrorList } from './ErrorList';
import { graphql } from './gql';

export const AssociationListQuery = graphql(`
  query AssociationList($first: Int!, $after: String) {
    accountAssociations(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          accountAssociationId
          name
          associationState
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE_SIZE = 50;

/** Every account association, one page at a time ("Load more" merges pages in the cache). */
export function AssociationList({ onSelect }: { onSelect: (id: string) => void }) {
  const { data, error, loading, fetchMore } = useQuery(AssociationListQuery, {
    variables: { first: PAGE_SIZE },
    // Partial results: keep the items that resolved next to the errors of the fields that did not.
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.accountAssociations;
  const edges = connection?.edges ?? [];

  return (
    <section aria-labelledby="associations-heading">
      <h2 id="associations-heading">Account associations</h2>
      <ErrorList error={error} />
      <p aria-live="polite" data-testid="association-count">
        {edges.length} shown{connection?.pageInfo.hasNextPage ? ', more available' : ''}
      </p>
      <ol className="associations">
        {edges.map(({ node }) => (
          <li key={node.id} data-testid="association">
            <button type="button" className="link" onClick={() => onSelect(node.id)}>
              {node.name ?? node.accountAssociationId}
            </button>{' '}
            <span className={`state state-${node.associationState}`}>{node.associationState}</span>
          </li>
        ))}
      </ol>
      {connection?.pageInfo.hasNextPage && (
        <button
          type="button"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        >
          {loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}
