import type { ServiceModel } from '../smithy/ServiceModel';
import { memberTraits } from './memberTraits';

type TimestampFormat = 'epoch-seconds' | 'date-time' | 'http-date';

function encodeTimestamp(date: Date, format: TimestampFormat): number | string {
  switch (format) {
    case 'epoch-seconds':
      return date.getTime() / 1000;
    case 'date-time':
      return date.toISOString();
    case 'http-date':
      return date.toUTCString();
  }
}

/**
 * Writes a value as the JSON of shape `shapeId`: only members the model declares are sent (so a list
 * item never leaks fields its summary shape lacks), absent members are omitted, and timestamps use the
 * member's `timestampFormat` or the JSON protocols' default, epoch seconds.
 */
export function encodeShape(
  model: ServiceModel,
  shapeId: string,
  value: unknown,
  timestampFormat: TimestampFormat = 'epoch-seconds',
): unknown {
  const shape = model.shape(shapeId);
  switch (shape.type) {
    case 'structure':
    case 'union': {
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, ref] of Object.entries(shape.members ?? {})) {
        const memberValue = source[name];
        if (memberValue === undefined || memberValue === null) continue;
        const format = memberTraits(model, ref)['smithy.api#timestampFormat'] as
          TimestampFormat | undefined;
        out[name] = encodeShape(model, ref.target, memberValue, format ?? 'epoch-seconds');
      }
      return out;
    }
    case 'list':
    case 'set':
      return (value as unknown[]).map((item) => encodeShape(model, shape.member!.target, item));
    case 'map':
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [
          k,
          encodeShape(model, shape.value!.target, v),
        ]),
      );
    case 'timestamp':
      return encodeTimestamp(value as Date, timestampFormat);
    default:
      return value;
  }
}
