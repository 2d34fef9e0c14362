import type { EmulatorRequest, EmulatorResponse } from '../http/types';
import { ServiceError } from '../ServiceError';
import type { OperationModel, ServiceModel } from '../smithy/ServiceModel';
import type { Shape } from '../smithy/SmithyModel';
import { decodeShape } from './decodeShape';
import { encodeShape } from './encodeShape';
import { errorMembers } from './errorMembers';
import { memberPath } from './memberTraits';
import { parseJsonBody } from './parseJsonBody';
import type { Protocol } from './Protocol';

const CONTENT_TYPE = 'application/json';

/** Converts a label, query or header string to the member's type, as restJson1 binds scalars. */
function fromString(model: ServiceModel, target: string, raw: string, path: string): unknown {
  const shape = model.shape(target);
  switch (shape.type) {
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'intEnum': {
      if (!/^-?\d+$/.test(raw)) {
        throw new ServiceError(
          'SerializationException',
          `Expected an integer at '${path}' but found '${raw}'`,
          {},
          400,
        );
      }
      return Number(raw);
    }
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') {
        throw new ServiceError(
          'SerializationException',
          `Expected a boolean at '${path}' but found '${raw}'`,
          {},
          400,
        );
      }
      return raw === 'true';
    case 'timestamp':
      return decodeShape(model, target, Number.isNaN(Number(raw)) ? raw : Number(raw), path);
    default:
      return raw;
  }
}

function bodyMembers(shape: Shape): string[] {
  return Object.entries(shape.members ?? {})
    .filter(([, ref]) => {
      const traits = ref.traits ?? {};
      return !(
        'smithy.api#httpLabel' in traits ||
        'smithy.api#httpQuery' in traits ||
        'smithy.api#httpHeader' in traits ||
        'smithy.api#httpResponseCode' in traits
      );
    })
    .map(([name]) => name);
}

/**
 * AWS restJson1 (https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html): the operation is
 * chosen by method and path (see the router), members are bound to labels, query parameters and
 * headers by the model's HTTP traits, the rest travel as the JSON body. Errors name themselves in the
 * `X-Amzn-ErrorType` header.
 */
export function restJson1Protocol(model: ServiceModel): Protocol {
  return {
    parseInput(operation, request: EmulatorRequest, labels): Record<string, unknown> {
      if (!operation.inputId) return {};
      const shape = model.shape(operation.inputId);
      const input: Record<string, unknown> = {};
      for (const [name, ref] of Object.entries(shape.members ?? {})) {
        const traits = ref.traits ?? {};
        const path = memberPath('', name);
        if ('smithy.api#httpLabel' in traits) {
          const raw = labels[name];
          if (raw !== undefined) input[name] = fromString(model, ref.target, raw, path);
        } else if ('smithy.api#httpQuery' in traits) {
          const key = traits['smithy.api#httpQuery'] as string;
          const target = model.shape(ref.target);
          if (target.type === 'list') {
            const values = request.query.getAll(key);
            if (values.length > 0) {
              input[name] = values.map((v) => fromString(model, target.member!.target, v, path));
            }
          } else {
            const raw = request.query.get(key);
            if (raw !== null) input[name] = fromString(model, ref.target, raw, path);
          }
        } else if ('smithy.api#httpHeader' in traits) {
          const raw = request.headers[(traits['smithy.api#httpHeader'] as string).toLowerCase()];
          if (typeof raw === 'string') input[name] = fromString(model, ref.target, raw, path);
        }
      }
      const inBody = bodyMembers(shape);
      if (inBody.length > 0) {
        const document = parseJsonBody(request.body);
        const decoded = decodeShape(model, operation.inputId, document) as Record<string, unknown>;
        for (const name of inBody) {
          if (decoded[name] !== undefined) input[name] = decoded[name];
        }
      }
      return input;
    },

    serializeOutput(operation: OperationModel, output): EmulatorResponse {
      const status = operation.http?.code ?? 200;
      if (!operation.outputId) return { status, headers: {} };
      const shape = model.shape(operation.outputId);
      const payload: Record<string, unknown> = {};
      for (const name of bodyMembers(shape)) payload[name] = output[name];
      const body = encodeShape(model, operation.outputId, payload);
      return { status, headers: { 'content-type': CONTENT_TYPE }, body: JSON.stringify(body) };
    },

    serializeError(error: ServiceError): EmulatorResponse {
      const { status, members } = errorMembers(model, error);
      return {
        status,
        headers: { 'content-type': CONTENT_TYPE, 'x-amzn-errortype': error.code },
        body: JSON.stringify(members),
      };
    },
  };
}
