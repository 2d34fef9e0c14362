import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

import { upstreamOperationOf, type UpstreamOperation } from './aws/upstreamOperation';
import { assertNever } from './shared/assertNever';

/**
 * The gateway's error policy: every error a client sees carries one of these codes in
 * `extensions.code`. Only this module creates them (see DESIGN.md, "Error policy"). The two codes
 * Apollo also uses are spelled from its constants, as plain strings like the others.
 */
export const ErrorCode = {
  BadUserInput: `${ApolloServerErrorCode.BAD_USER_INPUT}`,
  NotFound: 'NOT_FOUND',
  Forbidden: 'FORBIDDEN',
  Conflict: 'CONFLICT',
  Throttled: 'THROTTLED',
  UpstreamUnavailable: 'UPSTREAM_UNAVAILABLE',
  InternalServerError: `${ApolloServerErrorCode.INTERNAL_SERVER_ERROR}`,
  // The names Apollo Router's demand control uses, so clients that know one know the other.
  /** The operation plans more AWS calls than QUERY_MAX_AWS_CALLS: refused before it runs. */
  CostEstimatedTooExpensive: 'COST_ESTIMATED_TOO_EXPENSIVE',
  /** The request made QUERY_MAX_AWS_CALLS calls already: later calls are not sent. */
  CostActualTooExpensive: 'COST_ACTUAL_TOO_EXPENSIVE',
  /** The deployment is configured not to call this AWS service (PROTON=off). */
  ServiceDisabled: 'SERVICE_DISABLED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const POLICY_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

// AWS error names (the `name` of the SDK's exception classes / the wire error type) per code.
/** The codes an AWS error can map to (the cost codes are the gateway's own). */
type AwsErrorCode = Exclude<
  ErrorCode,
  | typeof ErrorCode.CostEstimatedTooExpensive
  | typeof ErrorCode.CostActualTooExpensive
  | typeof ErrorCode.ServiceDisabled
>;

const CODE_BY_AWS_NAME: ReadonlyMap<string, AwsErrorCode> = new Map<string, AwsErrorCode>([
  ['ValidationException', ErrorCode.BadUserInput],
  ['InvalidRequestException', ErrorCode.BadUserInput],
  ['ResourceNotFoundException', ErrorCode.NotFound],
  ['AccessDeniedException', ErrorCode.Forbidden],
  ['UnauthorizedException', ErrorCode.Forbidden],
  ['UnrecognizedClientException', ErrorCode.Forbidden],
  ['InvalidSignatureException', ErrorCode.Forbidden],
  // awsJson and restJson1 services name it with the suffix, query-protocol services without.
  ['IncompleteSignatureException', ErrorCode.Forbidden],
  ['IncompleteSignature', ErrorCode.Forbidden],
  ['ExpiredTokenException', ErrorCode.Forbidden],
  ['MissingAuthenticationTokenException', ErrorCode.Forbidden],
  ['ConflictException', ErrorCode.Conflict],
  ['ThrottlingException', ErrorCode.Throttled],
  ['TooManyRequestsException', ErrorCode.Throttled],
  ['RequestLimitExceeded', ErrorCode.Throttled],
  ['InternalServerException', ErrorCode.UpstreamUnavailable],
  ['InternalFailure', ErrorCode.UpstreamUnavailable],
  ['ServiceUnavailableException', ErrorCode.UpstreamUnavailable],
  ['ServiceUnavailable', ErrorCode.UpstreamUnavailable],
  ['TimeoutError', ErrorCode.UpstreamUnavailable],
  ['RequestTimeout', ErrorCode.UpstreamUnavailable],
]);

// Node.js socket errors: the upstream could not be reached or hung up.
const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
]);

const NETWORK_CODE_IN_MESSAGE = new RegExp(`\\b(${[...NETWORK_ERROR_CODES].join('|')})\\b`);

interface AwsErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
  $retryable?: { throttling?: boolean };
}

/** Maps an error thrown by an AWS SDK client (or the network below it) to a policy code. */
export function classifyUpstreamError(error: unknown): AwsErrorCode {
  if (typeof error !== 'object' || error === null) return ErrorCode.InternalServerError;
  const e = error as AwsErrorShape;
  const byName = typeof e.name === 'string' ? CODE_BY_AWS_NAME.get(e.name) : undefined;
  if (byName) return byName;
  if (typeof e.code === 'string' && NETWORK_ERROR_CODES.has(e.code)) {
    return ErrorCode.UpstreamUnavailable;
  }
  // The SDK wraps low-level errors it cannot recognise as `Error` ("AWS SDK error wrapper for
  // Error: connect ECONNREFUSED …"), dropping `code`; the message still names it.
  if (typeof e.message === 'string' && NETWORK_CODE_IN_MESSAGE.test(e.message)) {
    return ErrorCode.UpstreamUnavailable;
  }
  const status = e.$metadata?.httpStatusCode;
  if (e.$retryable?.throttling === true || status === 429) return ErrorCode.Throttled;
  if (e.$fault === 'server' || (status !== undefined && status >= 500)) {
    return ErrorCode.UpstreamUnavailable;
  }
  return ErrorCode.InternalServerError;
}

/**
 * Turns an error from an AWS call into the GraphQL error the client sees. The failing service and
 * operation come from the tag every AWS client's middleware puts on its errors (`op` overrides it).
 * Messages are the gateway's own where AWS's could leak account details (authorization failures);
 * the AWS error stays attached as `originalError` for the logs.
 */
export function upstreamError(error: unknown, op?: UpstreamOperation): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const call = op ?? upstreamOperationOf(error);
  if (call === undefined) {
    // Not from an AWS client (a bug in the gateway): masked on the way out.
    return new GraphQLError('Unexpected error', {
      originalError: error instanceof Error ? error : undefined,
      extensions: { code: ErrorCode.InternalServerError },
    });
  }
  return policyError(error, call);
}

function policyError(error: unknown, op: UpstreamOperation): GraphQLError {
  const code = classifyUpstreamError(error);
  const e = (typeof error === 'object' && error !== null ? error : {}) as AwsErrorShape;
  const awsName = typeof e.name === 'string' ? e.name : 'Error';
  const awsMessage = typeof e.message === 'string' && e.message !== '' ? e.message : undefined;
  const attempts = e.$metadata?.attempts;
  const call = `${op.service}.${op.operation}`;

  let message: string;
  switch (code) {
    case ErrorCode.BadUserInput:
      message = `${call} rejected the request: ${awsMessage ?? awsName}`;
      break;
    case ErrorCode.NotFound:
      message = awsMessage ?? `${call}: the requested resource does not exist`;
      break;
    case ErrorCode.Forbidden:
      message = `The gateway is not authorized to call ${call} (${awsName})`;
      break;
    case ErrorCode.Conflict:
      message = awsMessage ?? `${call}: the request conflicts with the resource's current state`;
      break;
    case ErrorCode.Throttled:
      message = `${op.service} is throttling requests${attempts ? ` (still throttled after ${attempts} attempts)` : ''}; retry later`;
      break;
    case ErrorCode.UpstreamUnavailable:
      message =
        awsName === 'TimeoutError'
          ? `${op.service} did not answer ${call} in time`
          : `${op.service} is unavailable (${call} failed with ${awsName}); retry later`;
      break;
    case ErrorCode.InternalServerError:
      message = `${call} failed unexpectedly`;
      break;
    default:
      return assertNever(code, 'error code');
  }

  return new GraphQLError(message, {
    originalError: error instanceof Error ? error : undefined,
    extensions: {
      code,
      service: op.service,
      operation: op.operation,
      ...(e.$metadata?.requestId ? { requestId: e.$metadata.requestId } : {}),
    },
  });
}

/**
 * A caller mistake found before any AWS call: names the argument and the rule it breaks.
 */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.BadUserInput,
      ...(argumentName ? { argumentName } : {}),
    },
  });
}

/**
 * `NOT_FOUND` for a resource the caller may not see, worded the same whether it exists or not (a
 * tenant-restricted caller gets this for AWS's own not-found too, so the two cannot be told apart).
 */
export function hiddenNotFound(op: UpstreamOperation, what: string): GraphQLError {
  return new GraphQLError(`${what} was not found`, {
    extensions: { code: ErrorCode.NotFound, service: op.service, operation: op.operation },
  });
}

/** Whether `error` is the policy's `NOT_FOUND`. */
export function isNotFound(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === ErrorCode.NotFound;
}

/**
 * `SERVICE_DISABLED` for a call to a service this deployment does not call (PROTON=off), refused
 * before anything is sent; `reason` says why and what to change.
 */
export function serviceDisabled(op: UpstreamOperation, reason: string): GraphQLError {
  return new GraphQLError(reason, {
    extensions: { code: ErrorCode.ServiceDisabled, service: op.service, operation: op.operation },
  });
}

/** `FORBIDDEN` for a request outside the caller's tenant, refused before any AWS call. */
export function outsideTenant(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

/** `true` for errors that already follow the policy (safe to show as they are). */
export function hasPolicyCode(error: GraphQLError): boolean {
  const code = error.extensions.code;
  return typeof code === 'string' && POLICY_CODES.has(code);
}
