import { GraphQLError } from 'graphql';

import { classifyUpstreamError, ErrorCode, upstreamError } from '../src/errors';
import {
  AccessDeniedException,
  ConflictException,
  InternalServerException,
  InvalidRequestException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  UnauthorizedException,
  ValidationException,
} from '../src/aws/iot-managed-integrations';

const op = { service: 'IoTManagedIntegrations', operation: 'GetAccountAssociation' } as const;
const metadata = { httpStatusCode: 400, requestId: 'req-123', attempts: 3 };

describe('classifyUpstreamError (the error policy table)', () => {
  test.each([
    [new ValidationException({ message: 'bad', $metadata: metadata }), 'BAD_USER_INPUT'],
    [new InvalidRequestException({ message: 'bad', $metadata: metadata }), 'BAD_USER_INPUT'],
    [new ResourceNotFoundException({ message: 'gone', $metadata: metadata }), 'NOT_FOUND'],
    [new AccessDeniedException({ message: 'no', $metadata: metadata }), 'FORBIDDEN'],
    [new UnauthorizedException({ message: 'no', $metadata: metadata }), 'FORBIDDEN'],
    [new ConflictException({ message: 'clash', $metadata: metadata }), 'CONFLICT'],
    [new ThrottlingException({ message: 'slow down', $metadata: metadata }), 'THROTTLED'],
    [new InternalServerException({ message: 'oops', $metadata: metadata }), 'UPSTREAM_UNAVAILABLE'],
    [
      new ServiceUnavailableException({ message: 'down', $metadata: metadata }),
      'UPSTREAM_UNAVAILABLE',
    ],
  ])('%s → %s', (error, code) => {
    expect(classifyUpstreamError(error)).toBe(code);
  });

  test.each([
    [
      'an unmodelled 5xx',
      { name: 'BadGateway', $fault: 'server', $metadata: { httpStatusCode: 502 } },
      'UPSTREAM_UNAVAILABLE',
    ],
    ['an unmodelled 429', { name: 'SlowDown', $metadata: { httpStatusCode: 429 } }, 'THROTTLED'],
    [
      'a request timeout',
      Object.assign(new Error('timed out'), { name: 'TimeoutError' }),
      'UPSTREAM_UNAVAILABLE',
    ],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      'UPSTREAM_UNAVAILABLE',
    ],
    [
      'a wrapped socket error',
      new Error('AWS SDK error wrapper for Error: read ECONNRESET'),
      'UPSTREAM_UNAVAILABLE',
    ],
    ['an expired token', { name: 'ExpiredTokenException', $fault: 'client' }, 'FORBIDDEN'],
    [
      'a request without SigV4',
      { name: 'MissingAuthenticationTokenException', $metadata: { httpStatusCode: 403 } },
      'FORBIDDEN',
    ],
    [
      'a signature scoped to another service',
      { name: 'InvalidSignatureException', $metadata: { httpStatusCode: 403 } },
      'FORBIDDEN',
    ],
    [
      'an incomplete Authorization header',
      { name: 'IncompleteSignatureException', $metadata: { httpStatusCode: 400 } },
      'FORBIDDEN',
    ],
    [
      'an unmodelled client error',
      {
        name: 'ServiceQuotaExceededException',
        $fault: 'client',
        $metadata: { httpStatusCode: 402 },
      },
      'INTERNAL_SERVER_ERROR',
    ],
    ['a TypeError', new TypeError('x is undefined'), 'INTERNAL_SERVER_ERROR'],
    ['a string', 'boom', 'INTERNAL_SERVER_ERROR'],
  ])('%s → %s', (_what, error, code) => {
    expect(classifyUpstreamError(error)).toBe(code);
  });
});

describe('upstreamError', () => {
  test('carries code, service, operation and the AWS request id', () => {
    const error = upstreamError(
      new ResourceNotFoundException({
        message: 'Account association not found',
        $metadata: metadata,
      }),
      op,
    );
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('Account association not found');
    expect(error.extensions).toEqual({
      code: ErrorCode.NotFound,
      service: 'IoTManagedIntegrations',
      operation: 'GetAccountAssociation',
      requestId: 'req-123',
    });
    expect(error.originalError).toBeInstanceOf(ResourceNotFoundException);
  });

  test('says how many attempts a throttled call made', () => {
    const error = upstreamError(
      new ThrottlingException({ message: 'Rate exceeded', $metadata: metadata }),
      op,
    );
    expect(error.message).toBe(
      'IoTManagedIntegrations is throttling requests (still throttled after 3 attempts); retry later',
    );
  });

  test('does not echo AWS authorization messages (they name principals and accounts)', () => {
    const error = upstreamError(
      new AccessDeniedException({
        message: 'User: arn:aws:iam::123456789012:user/x is not authorized',
        $metadata: metadata,
      }),
      op,
    );
    expect(error.message).not.toContain('123456789012');
  });

  test('passes a GraphQLError through unchanged', () => {
    const original = new GraphQLError('already mapped', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(upstreamError(original, op)).toBe(original);
  });
});
