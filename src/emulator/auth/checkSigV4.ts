import type { IncomingHttpHeaders } from 'node:http';
import { REGION_PATTERN } from '../../shared/env';
import { ServiceError } from '../ServiceError';

/**
 * Checks that a request carries a SigV4 `Authorization` header scoped to `signingName` and returns the
 * region of its credential scope. Signatures are not verified (any credentials work), but the errors
 * for a missing, malformed or mis-scoped header are the ones AWS answers.
 */
export function checkSigV4(headers: IncomingHttpHeaders, signingName: string): { region: string } {
  const authorization = headers.authorization;
  if (!authorization) {
    throw new ServiceError(
      'MissingAuthenticationTokenException',
      'Missing Authentication Token',
      {},
      403,
    );
  }
  const [scheme = '', ...rest] = authorization.trim().split(' ');
  const parameters = new Map<string, string>();
  if (scheme === 'AWS4-HMAC-SHA256') {
    for (const part of rest.join(' ').split(',')) {
      const [key, ...value] = part.trim().split('=');
      if (key) parameters.set(key, value.join('='));
    }
  }
  const missing = ['Credential', 'Signature', 'SignedHeaders'].filter((p) => !parameters.get(p));
  if (missing.length > 0) {
    const required = missing
      .map((p) => `Authorization header requires '${p}' parameter.`)
      .join(' ');
    throw new ServiceError(
      'IncompleteSignatureException',
      `${required} Authorization=${scheme}`,
      {},
      400,
    );
  }
  const scope = parameters.get('Credential')!.split('/');
  if (scope.length !== 5 || scope[4] !== 'aws4_request') {
    throw new ServiceError(
      'IncompleteSignatureException',
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${parameters.get('Credential')}'`,
      {},
      400,
    );
  }
  const [, , region, service] = scope as [string, string, string, string, string];
  if (service !== signingName) {
    throw new ServiceError(
      'InvalidSignatureException',
      `Credential should be scoped to correct service: '${signingName}'. `,
      {},
      403,
    );
  }
  if (!REGION_PATTERN.test(region)) {
    throw new ServiceError(
      'InvalidSignatureException',
      'Credential should be scoped to a valid region. ',
      {},
      403,
    );
  }
  return { region };
}
