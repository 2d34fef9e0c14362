import type { FaultRule } from './FaultInjector';

/** A fault-rule body that cannot be accepted; its message says which field and why. */
export class FaultRuleError extends Error {}

const MAX_LATENCY_MS = 60_000;

/**
 * Parses and validates a `{ "rules": [...] }` body. `isKnownOperation` and `isKnownError` come from
 * the service models, so a typo (`SSOAdmin.ListInstance`, `Throttling`) is refused instead of silently
 * never matching.
 */
export function parseFaultRules(
  body: unknown,
  isKnownOperation: (operation: string) => boolean,
  isKnownError: (operation: string, error: string) => boolean,
): FaultRule[] {
  if (
    typeof body !== 'object' ||
    body === null ||
    !Array.isArray((body as { rules?: unknown }).rules)
  ) {
    throw new FaultRuleError('expected a JSON object { "rules": [ ... ] }');
  }
  return (body as { rules: unknown[] }).rules.map((raw, i) => {
    const at = `rules[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new FaultRuleError(`${at} must be an object`);
    }
    const rule = raw as Record<string, unknown>;
    const unknownKeys = Object.keys(rule).filter(
      (k) => !['operation', 'latencyMs', 'errorRate', 'error'].includes(k),
    );
    if (unknownKeys.length > 0) {
      throw new FaultRuleError(
        `${at} has unknown field(s) ${unknownKeys.join(', ')}; expected operation, latencyMs, errorRate, error`,
      );
    }
    const { operation, latencyMs = 0, errorRate, error } = rule;
    if (typeof operation !== 'string' || !(operation === '*' || isKnownOperation(operation))) {
      throw new FaultRuleError(
        `${at}.operation must be "*" or "<Service>.<Operation>" of an emulated operation (e.g. "SSOAdmin.ListInstances"), got ${JSON.stringify(operation)}`,
      );
    }
    if (
      typeof latencyMs !== 'number' ||
      !Number.isInteger(latencyMs) ||
      latencyMs < 0 ||
      latencyMs > MAX_LATENCY_MS
    ) {
      throw new FaultRuleError(
        `${at}.latencyMs must be an integer from 0 to ${MAX_LATENCY_MS}, got ${JSON.stringify(latencyMs)}`,
      );
    }
    if (error !== undefined && (typeof error !== 'string' || !isKnownError(operation, error))) {
      throw new FaultRuleError(
        `${at}.error must be an AWS error code the service defines (e.g. "ThrottlingException", "InternalServerException", "ServiceUnavailableException"), got ${JSON.stringify(error)}`,
      );
    }
    if (
      errorRate !== undefined &&
      (typeof errorRate !== 'number' || !(errorRate >= 0 && errorRate <= 1))
    ) {
      throw new FaultRuleError(
        `${at}.errorRate must be a number from 0 to 1, got ${JSON.stringify(errorRate)}`,
      );
    }
    if (errorRate !== undefined && error === undefined) {
      throw new FaultRuleError(`${at}.errorRate needs an error to inject`);
    }
    if (error === undefined && latencyMs === 0) {
      throw new FaultRuleError(`${at} does nothing: give latencyMs and/or error`);
    }
    return { operation, latencyMs, errorRate: error === undefined ? 0 : (errorRate ?? 1), error };
  });
}
