import type { Logger } from 'pino';

/** The enum member that stands for any value AWS added after the schema was written. */
export const UNKNOWN = 'UNKNOWN';

const reported = new Set<string>();

/**
 * Maps an AWS enum string onto a GraphQL enum. A value the schema does not know yet becomes
 * `UNKNOWN` (its `…Raw` sibling field carries the exact string) instead of failing the query;
 * each new value is logged once per process so the schema can be updated.
 */
export function toKnownEnum<T extends string>(
  raw: string | undefined,
  known: readonly T[],
  enumName: string,
  logger: Logger,
): T | typeof UNKNOWN | null {
  if (raw === undefined || raw === null) return null;
  if ((known as readonly string[]).includes(raw)) return raw as T;
  const key = `${enumName}.${raw}`;
  if (!reported.has(key)) {
    reported.add(key);
    logger.warn(
      { enum: enumName, value: raw },
      'AWS returned an enum value the schema does not know; serving UNKNOWN',
    );
  }
  return UNKNOWN;
}
