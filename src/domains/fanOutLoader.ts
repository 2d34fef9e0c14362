import DataLoader from 'dataloader';
import type { GraphQLError } from 'graphql';

import { upstreamError } from '../errors';

/**
 * A per-request DataLoader for an AWS read that has no batch API: the batch function issues one
 * call per distinct key, all concurrently (the per-service in-flight cap in the client bounds
 * them), and a failing key rejects only its own `load` with a policy error — never its siblings.
 * `fetchOne` sends through the domain's `Upstream`, whose errors already name service and operation.
 */
export function createFanOutLoader<K, V, C = K>(
  fetchOne: (key: K) => Promise<V>,
  cacheKeyFn?: (key: K) => C,
): DataLoader<K, V, C> {
  return new DataLoader<K, V, C>(
    (keys) =>
      Promise.all(
        keys.map((key) =>
          // Through a promise, so a `fetchOne` that throws synchronously still fails only its key.
          Promise.resolve(key)
            .then(fetchOne)
            .then(
              (value): V | GraphQLError => value,
              (error: unknown) => upstreamError(error),
            ),
        ),
      ),
    cacheKeyFn ? { cacheKeyFn } : {},
  );
}
