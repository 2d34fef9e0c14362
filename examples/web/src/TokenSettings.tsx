import { useState } from 'react';

export const TOKEN_STORAGE_KEY = 'account-graph-token';

/** The access token sent as `Authorization: Bearer …`, kept for this browser tab only. */
export function TokenSettings() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '');
  const save = (value: string) => {
    setToken(value);
    if (value === '') sessionStorage.removeItem(TOKEN_STORAGE_KEY);
    else sessionStorage.setItem(TOKEN_STORAGE_KEY, value);
  };
  return (
    <details>
      <summary>Access token {token === '' ? '(none)' : '(set)'}</summary>
      <label>
        Bearer token{' '}
        <input
          value={token}
          onChange={(e) => save(e.target.value.trim())}
          size={60}
          placeholder="npm run --silent token -- --scope …"
        />
      </label>
    </details>
  );
}
