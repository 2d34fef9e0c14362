import { ServiceError } from '../ServiceError';
import type { ServiceModel } from '../smithy/ServiceModel';
import { memberPath } from './memberTraits';

function serializationError(path: string, expected: string, value: unknown): ServiceError {
  const got = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  return new ServiceError(
    'SerializationException',
    `Expected ${expected} at '${path || 'input'}' but found ${got}`,
    {},
    400,
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a JSON document into the shape `shapeId`: checks JSON types (a mismatch is the
 * `SerializationException` AWS answers), turns epoch-second timestamps into `Date`s and drops members
 * the model does not know, as AWS services do. `null` members count as absent.
 */
export function decodeShape(
  model: ServiceModel,
  shapeId: string,
  value: unknown,
  path = '',
): unknown {
  const shape = model.shape(shapeId);
  switch (shape.type) {
    case 'structure': {
      if (!isPlainObject(value)) throw serializationError(path, 'an object', value);
      const out: Record<string, unknown> = {};
      for (const [name, ref] of Object.entries(shape.members ?? {})) {
        const memberValue = value[name];
        if (memberValue === undefined || memberValue === null) continue;
        out[name] = decodeShape(model, ref.target, memberValue, memberPath(path, name));
      }
      return out;
    }
    case 'union': {
      if (!isPlainObject(value)) throw serializationError(path, 'an object', value);
      const out: Record<string, unknown> = {};
      for (const [name, ref] of Object.entries(shape.members ?? {})) {
        if (value[name] !== undefined && value[name] !== null) {
          out[name] = decodeShape(model, ref.target, value[name], memberPath(path, name));
        }
      }
      return out;
    }
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) throw serializationError(path, 'an array', value);
      const member = shape.member!;
      return value.map((item, i) =>
        decodeShape(model, member.target, item, `${path}.${i + 1}.member`),
      );
    }
    case 'map': {
      if (!isPlainObject(value)) throw serializationError(path, 'an object', value);
      const target = shape.value!.target;
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, decodeShape(model, target, v, `${path}.${k}`)]),
      );
    }
    case 'string':
    case 'enum':
      if (typeof value !== 'string') throw serializationError(path, 'a string', value);
      return value;
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'intEnum':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        throw serializationError(path, 'an integer', value);
      }
      return value;
    case 'float':
    case 'double':
      if (typeof value !== 'number') throw serializationError(path, 'a number', value);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw serializationError(path, 'a boolean', value);
      return value;
    case 'timestamp':
      if (typeof value === 'number') return new Date(value * 1000);
      if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
      throw serializationError(path, 'a timestamp', value);
    case 'document':
      return value;
    default:
      throw new Error(`shape type ${shape.type} (${shapeId}) is not supported`);
  }
}
