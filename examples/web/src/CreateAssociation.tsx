import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';

import { ErrorList } from './ErrorList';
import { graphql } from './gql';
import type { CreateAccountAssociationInput } from './gql/graphql';

const ConnectorDestinationsQuery = graphql(`
  query ConnectorDestinations {
    connectorDestinations(first: 100) {
      nodes {
        id
        connectorDestinationId
        name
      }
    }
  }
`);

const CreateAssociationMutation = graphql(`
  mutation CreateAssociation($input: CreateAccountAssociationInput!) {
    createAccountAssociation(input: $input) {
      clientToken
      accountAssociation {
        id
        accountAssociationId
        name
        associationState
        oauthAuthorizationUrl
      }
    }
  }
`);

/** An idempotency token for one create: any 1 to 64 printable ASCII characters. */
function newClientToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * Creates an account association. The input and its `clientToken` are kept, so "Retry" resends
 * exactly the same request: the gateway answers with the same association, never a second one,
 * whether the first attempt failed, timed out or succeeded.
 */
export function CreateAssociation({ onCreated }: { onCreated: (id: string) => void }) {
  const destinations = useQuery(ConnectorDestinationsQuery);
  const [create, { data, error, loading }] = useMutation(CreateAssociationMutation);
  const [attempt, setAttempt] = useState<CreateAccountAssociationInput | null>(null);
  // The association each successful attempt of the current create answered with.
  const [answers, setAnswers] = useState<string[]>([]);

  const send = async (input: CreateAccountAssociationInput) => {
    setAttempt(input);
    try {
      const result = await create({ variables: { input } });
      const created = result.data?.createAccountAssociation.accountAssociation;
      if (created) {
        setAnswers((previous) => [...previous, created.accountAssociationId]);
        onCreated(created.id);
      }
    } catch {
      // Shown from the mutation's `error`; the attempt stays, ready to retry.
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setAnswers([]);
    void send({
      connectorDestinationId: String(form.get('connectorDestinationId')),
      name: String(form.get('name')),
      clientToken: newClientToken(),
    });
  };

  const created = data?.createAccountAssociation.accountAssociation;
  const associations = new Set(answers).size;
  return (
    <section aria-labelledby="create-heading">
      <h2 id="create-heading">Link an account</h2>
      <form onSubmit={onSubmit}>
        <label>
          Connector destination{' '}
          <select name="connectorDestinationId" required>
            {destinations.data?.connectorDestinations.nodes.map((d) => (
              <option key={d.id} value={d.connectorDestinationId ?? ''}>
                {d.name ?? d.connectorDestinationId}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Name <input name="name" required maxLength={128} />
        </label>{' '}
        <button type="submit" disabled={loading || !destinations.data}>
          Create
        </button>
      </form>
      <ErrorList error={destinations.error ?? error} />
      {attempt && (
        <p>
          Client token <code data-testid="client-token">{attempt.clientToken}</code>{' '}
          <button type="button" disabled={loading} onClick={() => void send(attempt)}>
            Retry with the same client token
          </button>
        </p>
      )}
      {created && !error && (
        <p data-testid="created">
          Created <code data-testid="created-id">{created.accountAssociationId}</code> (
          {created.associationState}).{' '}
          <span data-testid="answers">
            {answers.length} {answers.length === 1 ? 'answer' : 'answers'}, {associations}{' '}
            {associations === 1 ? 'association' : 'associations'}
          </span>
        </p>
      )}
    </section>
  );
}
