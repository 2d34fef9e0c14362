import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** One error as the page shows it: the gateway's `extensions.code` and its message. */
export interface ShownError {
  code: string;
  message: string;
}

/**
 * The errors of a failed or partial operation. Branch on `code` (the gateway's error policy, see
 * the README's "Errors"), never on the message.
 */
export function shownErrors(error: unknown): ShownError[] {
  if (error === undefined || error === null) return [];
  if (CombinedGraphQLErrors.is(error)) return error.errors.map(fromGraphQLError);
  // A 4xx answered as application/json: the GraphQL errors are in the body.
  if (ServerError.is(error)) {
    const body = parseErrors(error.bodyText);
    if (body.length > 0) return body.map(fromGraphQLError);
    return [{ code: `HTTP_${error.statusCode}`, message: error.message }];
  }
  return [
    { code: 'NETWORK_ERROR', message: error instanceof Error ? error.message : String(error) },
  ];
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

function fromGraphQLError(error: GraphQLErrorLike): ShownError {
  const code = error.extensions?.code;
  return { code: typeof code === 'string' ? code : 'UNKNOWN', message: error.message };
}

function parseErrors(text: string): GraphQLErrorLike[] {
  try {
    const body = JSON.parse(text) as { errors?: GraphQLErrorLike[] };
    return Array.isArray(body.errors) ? body.errors : [];
  } catch {
    return [];
  }
}
