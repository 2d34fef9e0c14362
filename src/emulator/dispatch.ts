import type { CallCounter } from './admin/CallCounter';
import type { FaultInjector } from './admin/FaultInjector';
import { assertNever } from '../shared/assertNever';
import { checkSigV4 } from './auth/checkSigV4';
import type { EmulatorRequest, EmulatorResponse } from './http/types';
import { validateShape } from './protocol/validateShape';
import type { PeakRates } from './quotas/PeakRates';
import type { RateQuotas } from './quotas/RateQuotas';
import type { Router } from './router';
import { ServiceError } from './ServiceError';
import type { EmulatedService } from './services/EmulatedService';
import type { Sleeper } from './Sleeper';
import type { OperationModel } from './smithy/ServiceModel';

export interface DispatchDependencies {
  readonly router: Router;
  readonly calls: CallCounter;
  readonly faults: FaultInjector;
  readonly quotas: RateQuotas;
  /** Requests answered `ThrottlingException` because of a quota (not a fault rule), per operation. */
  readonly throttled: CallCounter;
  readonly peaks: PeakRates;
  readonly sleeper: Sleeper;
  readonly onInternalError: (error: unknown) => void;
}

/** AWS's answer to a request over a rate quota, whether the quota is real or a fault rule's. */
function throttlingError(): ServiceError {
  return new ServiceError('ThrottlingException', 'Rate exceeded');
}

function injectedError(code: string): ServiceError {
  if (code === 'ThrottlingException') return throttlingError();
  return new ServiceError(code, `${code} injected by an emulator fault rule`);
}

/**
 * The path of an AWS request: route → count → SigV4 check → rate quota → fault rules → protocol
 * parse → model validation → service handler → protocol serialize. Every request routed to an
 * operation is counted, including those answered with an auth error, a throttle, an injected fault
 * or a validation error, so SDK retries show up one by one in `/__emulator/calls` (and in the peak
 * rates). The quota is checked on arrival, before any injected latency, as AWS's front end does.
 */
export function createDispatcher(
  deps: DispatchDependencies,
): (request: EmulatorRequest) => Promise<EmulatorResponse> {
  async function invoke(
    service: EmulatedService,
    operation: OperationModel,
    labels: Readonly<Record<string, string>>,
    request: EmulatorRequest,
  ): Promise<EmulatorResponse> {
    const key = `${service.name}.${operation.name}`;
    deps.calls.record(key);
    deps.peaks.record(service.name);
    try {
      const { region } = checkSigV4(request.headers, service.model.signingName);
      if (!deps.quotas.admit(service.name, region)) {
        deps.throttled.record(key);
        throw throttlingError();
      }
      const fault = deps.faults.decide(key);
      if (fault && fault.latencyMs > 0) await deps.sleeper.sleep(fault.latencyMs);
      if (fault?.error) throw injectedError(fault.error);
      const input = service.protocol.parseInput(operation, request, labels);
      if (operation.inputId) validateShape(service.model, operation.inputId, input);
      const output = service.invoke(operation.name, input, region);
      return service.protocol.serializeOutput(operation, output);
    } catch (error) {
      if (error instanceof ServiceError) return service.protocol.serializeError(error);
      deps.onInternalError(error);
      return service.protocol.serializeError(
        new ServiceError('InternalServerException', 'An internal error occurred.', {}, 500),
      );
    }
  }

  return async (request) => {
    const route = deps.router.route(request);
    switch (route.kind) {
      case 'operation':
        return invoke(route.service, route.operation, route.labels, request);
      case 'unknownOperation': {
        const status = route.service.model.protocol === 'restJson1' ? 404 : 400;
        return route.service.protocol.serializeError(
          new ServiceError('UnknownOperationException', route.message, {}, status),
        );
      }
      case 'notFound':
        return {
          status: 404,
          headers: {
            'content-type': 'application/json',
            'x-amzn-errortype': 'UnknownOperationException',
          },
          body: JSON.stringify({
            message: `No emulated operation for ${request.method} ${request.path}${
              request.headers['x-amz-target']
                ? ` with X-Amz-Target ${String(request.headers['x-amz-target'])}`
                : ''
            }`,
          }),
        };
      default:
        return assertNever(route, 'route');
    }
  };
}
