import { randomUUID } from 'node:crypto';

import type { ApolloServerPlugin } from '@apollo/server';

import type { GraphQLContext } from '../context';

export const REQUEST_ID_HEADER = 'x-request-id';
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The caller's `x-request-id` when it is a sane token (e.g. set by a load balancer), else a new UUID.
 * Log lines carry the id, so a value with newlines, quotes or JSON could forge or garble them.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && VALID_REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * Echoes the request id in the `x-request-id` response header, so a client can quote it and
 * operators can find the request's log lines (including masked internal errors).
 */
export function requestIdHeaderPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, response }) {
          response.http.headers.set(REQUEST_ID_HEADER, contextValue.requestId);
          return Promise.resolve();
        },
      });
    },
  };
}
