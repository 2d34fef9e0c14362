import { SCOPES, type Scope } from '../shared/scopes';

export { SCOPES, type Scope };

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/**
 * Who is calling, as the gateway knows after authentication. Nothing here comes from the request
 * without verification: JWT claims are read only from a token whose signature, issuer, audience
 * and lifetime were checked; API-key attributes come from the key file.
 */
export interface Principal {
  /** Stable id for logs and rate limits: `jwt:<sub>`, `key:<id>` or `anonymous`. Never a secret. */
  readonly id: string;
  readonly kind: 'jwt' | 'apiKey' | 'anonymous';
  readonly scopes: ReadonlySet<Scope>;
  /**
   * The connector destinations this caller may see and use; `undefined` means all of them. An
   * association outside them is reported as not found, a list or create outside them is refused.
   */
  readonly connectorDestinationIds?: ReadonlySet<string>;
  /** The IAM Identity Center instances this caller may see; `undefined` means all of them. */
  readonly ssoInstanceArns?: ReadonlySet<string>;
}

/** The caller when authentication is off (`AUTH_MODE=none`, or development without configuration). */
export const ANONYMOUS: Principal = {
  id: 'anonymous',
  kind: 'anonymous',
  scopes: new Set(SCOPES),
};

/** Whether a tenant restriction (`undefined` = none) admits `value`. */
export function admits(restriction: ReadonlySet<string> | undefined, value: string): boolean {
  return restriction === undefined || restriction.has(value);
}
