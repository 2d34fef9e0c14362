import type { NodeTypeName } from '../domains/module';
import { badUserInput } from '../errors';

/** A decoded global id: the type and its AWS key(s), still unvalidated. */
export interface GlobalIdParts {
  typeName: string;
  keys: string[];
}

const MAX_GLOBAL_ID_LENGTH = 4096;

/**
 * Relay global id: base64url of `<type>:<key>[:<key>…]`, each key percent-encoded so a key
 * containing `:` (an ARN) stays unambiguous. Opaque to clients; only `fromGlobalId` reads it.
 */
export function toGlobalId(typeName: NodeTypeName, ...keys: string[]): string {
  return Buffer.from([typeName, ...keys.map(encodeURIComponent)].join(':'), 'utf8').toString(
    'base64url',
  );
}

/** Decodes a global id; anything that is not one this gateway issued is `BAD_USER_INPUT`. */
export function fromGlobalId(id: string, argumentName: string): GlobalIdParts {
  const invalid = () =>
    badUserInput(
      `Argument "${argumentName}" is not a valid global id (use the \`id\` field of a Node); got ${JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)}`,
      argumentName,
    );
  if (id.length === 0 || id.length > MAX_GLOBAL_ID_LENGTH || !/^[A-Za-z0-9_-]+$/.test(id)) {
    throw invalid();
  }
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  // Round-trip check rejects ids with stray bits or non-UTF-8 bytes.
  if (Buffer.from(decoded, 'utf8').toString('base64url') !== id) throw invalid();
  const [typeName, ...encodedKeys] = decoded.split(':');
  if (!typeName || encodedKeys.length === 0) throw invalid();
  try {
    return { typeName, keys: encodedKeys.map(decodeURIComponent) };
  } catch {
    throw invalid();
  }
}
