import type { EmulatorRequest } from './http/types';
import type { EmulatedService } from './services/EmulatedService';
import type { OperationModel } from './smithy/ServiceModel';

export type RouteResult =
  | {
      readonly kind: 'operation';
      readonly service: EmulatedService;
      readonly operation: OperationModel;
      /** restJson1 path labels, percent-decoded, keyed by member name. */
      readonly labels: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: 'unknownOperation';
      readonly service: EmulatedService;
      readonly message: string;
    }
  | { readonly kind: 'notFound' };

type Segment = { readonly literal: string } | { readonly label: string };

interface RestRoute {
  readonly service: EmulatedService;
  readonly operation: OperationModel;
  readonly method: string;
  readonly segments: readonly Segment[];
}

function compileUri(uri: string): Segment[] {
  return uri
    .split('?')[0]
    .split('/')
    .filter((s) => s !== '')
    .map((s) =>
      s.startsWith('{') && s.endsWith('}') ? { label: s.slice(1, -1) } : { literal: s },
    );
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Finds the service and operation a request is for, as AWS's front ends do: awsJson services by the
 * `X-Amz-Target: <TargetPrefix>.<Operation>` header, restJson1 services by method and path against the
 * model's `@http` URI templates (literal segments win over labels).
 */
export class Router {
  private readonly byTargetPrefix = new Map<string, EmulatedService>();
  private readonly restRoutes: RestRoute[] = [];

  constructor(services: readonly EmulatedService[]) {
    for (const service of services) {
      if (service.model.protocol === 'restJson1') {
        for (const operation of service.model.operations.values()) {
          if (!operation.http)
            throw new Error(`${service.name}.${operation.name} has no @http trait`);
          this.restRoutes.push({
            service,
            operation,
            method: operation.http.method,
            segments: compileUri(operation.http.uri),
          });
        }
      } else {
        this.byTargetPrefix.set(service.model.targetPrefix, service);
      }
    }
    const literals = (route: RestRoute): number =>
      route.segments.filter((s) => 'literal' in s).length;
    this.restRoutes.sort((a, b) => literals(b) - literals(a));
  }

  route(request: EmulatorRequest): RouteResult {
    const target = request.headers['x-amz-target'];
    if (typeof target === 'string') {
      const dot = target.lastIndexOf('.');
      const service = this.byTargetPrefix.get(target.slice(0, dot));
      if (!service) return { kind: 'notFound' };
      const operation = service.model.operations.get(target.slice(dot + 1));
      if (!operation) {
        return {
          kind: 'unknownOperation',
          service,
          message: `Operation ${target} is not supported.`,
        };
      }
      return { kind: 'operation', service, operation, labels: {} };
    }

    const segments = request.path.split('/').filter((s) => s !== '');
    let pathMatch: RestRoute | undefined;
    for (const route of this.restRoutes) {
      const labels = this.match(route.segments, segments);
      if (!labels) continue;
      if (route.method === request.method) {
        return { kind: 'operation', service: route.service, operation: route.operation, labels };
      }
      pathMatch ??= route;
    }
    if (pathMatch) {
      return {
        kind: 'unknownOperation',
        service: pathMatch.service,
        message: `${request.method} ${request.path} is not a supported operation.`,
      };
    }
    return { kind: 'notFound' };
  }

  private match(
    pattern: readonly Segment[],
    segments: readonly string[],
  ): Record<string, string> | undefined {
    if (pattern.length !== segments.length) return undefined;
    const labels: Record<string, string> = {};
    for (let i = 0; i < pattern.length; i++) {
      const part = pattern[i];
      const decoded = safeDecode(segments[i]);
      if (decoded === undefined) return undefined;
      if ('label' in part) labels[part.label] = decoded;
      else if (part.literal !== decoded) return undefined;
    }
    return labels;
  }
}
