import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createApolloClient } from './apolloClient';
import { App } from './App';
import { TOKEN_STORAGE_KEY } from './TokenSettings';

const endpoint = import.meta.env.VITE_GRAPHQL_URL ?? 'http://localhost:4000/graphql';
const client = createApolloClient({
  uri: endpoint,
  getToken: () => sessionStorage.getItem(TOKEN_STORAGE_KEY),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <App endpoint={endpoint} />
    </ApolloProvider>
  </StrictMode>,
);
