import type { EmulatorRequest, EmulatorResponse } from '../http/types';
import { commonErrorStatus } from '../protocol/errorMembers';
import type { EmulatedService } from '../services/EmulatedService';
import type { CallCounter } from './CallCounter';
import type { FaultInjector } from './FaultInjector';
import { FaultRuleError, parseFaultRules } from './parseFaultRules';

export const ADMIN_PREFIX = '/__emulator/';

export interface AdminDependencies {
  readonly calls: CallCounter;
  readonly faults: FaultInjector;
  readonly services: readonly EmulatedService[];
  /** State back to the seed, counters and faults cleared. */
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

/**
 * The admin API (DESIGN.md, "Emulator admin API"): call counts, fault rules and reset. Plain JSON
 * over HTTP on the emulator's port; no SigV4. The development OIDC issuer under `/__emulator/oidc`
 * is answered by `oidc/oidcApi.ts` before requests reach this.
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
      case '/__emulator/reset':
        if (request.method === 'POST') {
          deps.reset();
          return noContent;
        }
        return methodNotAllowed(['POST'], request.method, path);
      default:
        return json(404, {
          message: `unknown admin endpoint ${request.path}; available: /__emulator/calls, /__emulator/faults, /__emulator/reset, /__emulator/oidc/.well-known/openid-configuration`,
        });
    }
  };
}
