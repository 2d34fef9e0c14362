import { ServiceError } from '../ServiceError';

/** Parses a JSON request body; an empty body is an empty object, malformed JSON a `SerializationException`. */
export function parseJsonBody(body: Buffer): unknown {
  const text = body.toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ServiceError('SerializationException', 'Request body is not valid JSON', {}, 400);
  }
}
