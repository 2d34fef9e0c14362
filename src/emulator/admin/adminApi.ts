import type { EmulatorRequest, EmulatorResponse } from '../http/types';
import { commonErrorStatus } from '../protocol/errorMembers';
import type { PeakRates } from '../quotas/PeakRates';
import { NO_QUOTAS, parseQuotas, QuotaError } from '../quotas/parseQuotas';
import type { RateQuotas } from '../quotas/RateQuotas';
import type { EmulatedService } from '../services/EmulatedService';
import type { CallCounter } from './CallCounter';
import type { FaultInjector } from './FaultInjector';
import { FaultRuleError, parseFaultRules } from './parseFaultRules';

export const ADMIN_PREFIX = '/__emulator/';

export interface AdminDependencies {
  readonly calls: CallCounter;
  readonly faults: FaultInjector;
  readonly quotas: RateQuotas;
  /** Requests answered `ThrottlingException` because of a quota, per `<Service>.<Operation>`. */
  readonly throttled: CallCounter;
  readonly peaks: PeakRates;
  readonly services: readonly EmulatedService[];
  /** State back to the seed, counters and faults cleared, start-up quotas restored. */
  readonly reset: () => void;
}

function json(status: number, body: unknown): EmulatorResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

const noContent: EmulatorResponse = { status: 204, headers: {} };

function methodNotAllowed(
  allowed: readonly string[],
  method: string,
  path: string,
): EmulatorResponse {
  return {
    status: 405,
    headers: { 'content-type': 'application/json', allow: allowed.join(', ') },
    body: JSON.stringify({
      message: `${method} is not supported on ${path}; use ${allowed.join(' or ')}`,
    }),
  };
}

const QUOTAS_BODY =
  '{ "tps": { "<Service>": <requests per second> | null } } or { "tps": "aws" | "off" }';

/** `PUT /__emulator/quotas`: the new table, or the 400 saying what the body should be. */
function putQuotas(deps: AdminDependencies, request: EmulatorRequest): EmulatorResponse {
  let body: unknown;
  try {
    body = JSON.parse(request.body.toString('utf8'));
  } catch {
    return json(400, { message: `request body is not valid JSON; expected ${QUOTAS_BODY}` });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('tps' in body)) {
    return json(400, { message: `expected a JSON object ${QUOTAS_BODY}` });
  }
  const unknownKeys = Object.keys(body).filter((key) => key !== 'tps');
  if (unknownKeys.length > 0) {
    return json(400, {
      message: `unknown field(s) ${unknownKeys.join(', ')}; expected ${QUOTAS_BODY}`,
    });
  }
  try {
    deps.quotas.set(parseQuotas(body.tps, 'tps'));
  } catch (error) {
    if (error instanceof QuotaError) return json(400, { message: error.message });
    throw error;
  }
  return json(200, { tps: deps.quotas.get() });
}

/**
 * The admin API (DESIGN.md, "Emulator admin API"): call counts, fault rules, request-rate quotas
 * with their throttled counts and peak rates, and reset. Plain JSON over HTTP on the emulator's
 * port; no SigV4. The development OIDC issuer under `/__emulator/oidc` is answered by
 * `oidc/oidcApi.ts` before requests reach this.
 */
export function createAdminApi(
  deps: AdminDependencies,
): (request: EmulatorRequest) => EmulatorResponse {
  const serviceOf = (operation: string): EmulatedService | undefined => {
    const [serviceName, operationName = ''] = operation.split('.');
    const service = deps.services.find((s) => s.name === serviceName);
    return service?.model.operations.has(operationName) ? service : undefined;
  };
  const isKnownError = (operation: string, error: string): boolean => {
    if (commonErrorStatus(error) !== undefined) return true;
    const targets = operation === '*' ? deps.services : [serviceOf(operation)!];
    return targets.every((service) => service.model.error(error) !== undefined);
  };

  return (request) => {
    const path = request.path.replace(/\/+$/, '');
    switch (path) {
      case '/__emulator/calls':
        if (request.method === 'GET') return json(200, deps.calls.snapshot());
        if (request.method === 'DELETE') {
          deps.calls.clear();
          deps.throttled.clear();
          deps.peaks.clear();
          return noContent;
        }
        return methodNotAllowed(['GET', 'DELETE'], request.method, path);
      case '/__emulator/quotas':
        if (request.method === 'GET') return json(200, { tps: deps.quotas.get() });
        if (request.method === 'PUT') return putQuotas(deps, request);
        if (request.method === 'DELETE') {
          deps.quotas.set(NO_QUOTAS);
          return noContent;
        }
        return methodNotAllowed(['GET', 'PUT', 'DELETE'], request.method, path);
      case '/__emulator/throttled':
        if (request.method === 'GET') return json(200, deps.throttled.snapshot());
        if (request.method === 'DELETE') {
          deps.throttled.clear();
          return noContent;
        }
        return methodNotAllowed(['GET', 'DELETE'], request.method, path);
      case '/__emulator/peaks':
        if (request.method === 'GET') return json(200, deps.peaks.snapshot());
        if (request.method === 'DELETE') {
          deps.peaks.clear();
          return noContent;
        }
        return methodNotAllowed(['GET', 'DELETE'], request.method, path);
      case '/__emulator/faults':
        if (request.method === 'GET') return json(200, { rules: deps.faults.list() });
        if (request.method === 'PUT') {
          let body: unknown;
          try {
            body = JSON.parse(request.body.toString('utf8'));
          } catch {
            return json(400, {
              message: 'request body is not valid JSON; expected { "rules": [ ... ] }',
            });
          }
          try {
            const rules = parseFaultRules(body, (op) => serviceOf(op) !== undefined, isKnownError);
            deps.faults.set(rules);
            return json(200, { rules });
          } catch (error) {
            if (error instanceof FaultRuleError) return json(400, { message: error.message });
            throw error;
          }
        }
        if (request.method === 'DELETE') {
          deps.faults.clear();
          return noContent;
        }
        return methodNotAllowed(['GET', 'PUT', 'DELETE'], request.method, path);
      case '/__emulator/outstanding': {
        // Requests still in progress after their call was answered (CreateAccountAssignment).
        if (request.method === 'GET') {
          return json(200, Object.assign({}, ...deps.services.map((s) => s.outstanding())));
        }
        if (request.method === 'DELETE') {
          for (const service of deps.services) service.restartOutstanding();
          return noContent;
        }
        return methodNotAllowed(['GET', 'DELETE'], request.method, path);
      }
      case '/__emulator/reset':
        if (request.method === 'POST') {
          deps.reset();
          return noContent;
        }
        return methodNotAllowed(['POST'], request.method, path);
      default:
        return json(404, {
          message: `unknown admin endpoint ${request.path}; available: /__emulator/calls, /__emulator/faults, /__emulator/quotas, /__emulator/throttled, /__emulator/peaks, /__emulator/outstanding, /__emulator/reset, /__emulator/oidc/.well-known/openid-configuration`,
        });
    }
  };
}
