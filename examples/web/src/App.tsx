import { useReactiveVar } from '@apollo/client/react';
import { useState } from 'react';

import { lastRequestId } from './apolloClient';
import { AssignmentPanel } from './AssignmentPanel';
import { AssociationList } from './AssociationList';
import { CreateAssociation } from './CreateAssociation';
import { NodeLookup } from './NodeLookup';
import { TokenSettings } from './TokenSettings';

export function App({ endpoint }: { endpoint: string }) {
  // The global id to refetch: an association picked in the list, or the one just created.
  const [selected, setSelected] = useState('');
  const requestId = useReactiveVar(lastRequestId);
  return (
    <>
      <header>
        <h1>Account Graph</h1>
        <p>
          Endpoint <code>{endpoint}</code> · last request id{' '}
          <code data-testid="request-id">{requestId ?? '—'}</code>
        </p>
        <TokenSettings />
      </header>
      <main>
        <CreateAssociation onCreated={setSelected} />
        <NodeLookup key={selected} initialId={selected} />
        <AssignmentPanel />
        <AssociationList onSelect={setSelected} />
      </main>
    </>
  );
}
