import { ServiceError } from '../ServiceError';
import type { ServiceModel } from '../smithy/ServiceModel';
import type { LengthTrait, RangeTrait, ShapeRef, Traits } from '../smithy/SmithyModel';
import { memberPath, memberTraits } from './memberTraits';

const patternCache = new Map<string, RegExp>();

/** Smithy patterns are ECMA 262 regexes; some use `\p{…}` (needs the `u` flag), others escapes only legal without it. */
function compilePattern(pattern: string): RegExp {
  let regex = patternCache.get(pattern);
  if (!regex) {
    try {
      regex = new RegExp(pattern, 'u');
    } catch {
      regex = new RegExp(pattern);
    }
    patternCache.set(pattern, regex);
  }
  return regex;
}

/** Renders a value the way AWS's validation messages quote it. */
function display(value: unknown): string {
  if (Array.isArray(value)) return `'[${value.map((v) => String(v)).join(', ')}]'`;
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (typeof value === 'object' && value !== null) return `'${JSON.stringify(value)}'`;
  return `'${String(value)}'`;
}

function enumValues(model: ServiceModel, ref: ShapeRef, traits: Traits): string[] | undefined {
  const shape = model.shape(ref.target);
  if (shape.type === 'enum') {
    return Object.entries(shape.members ?? {}).map(
      ([name, member]) => (member.traits?.['smithy.api#enumValue'] as string | undefined) ?? name,
    );
  }
  const legacy = traits['smithy.api#enum'] as Array<{ value: string }> | undefined;
  return legacy?.map((entry) => entry.value);
}

function check(
  model: ServiceModel,
  ref: ShapeRef,
  value: unknown,
  path: string,
  errors: string[],
): void {
  const traits = memberTraits(model, ref);
  const shape = model.shape(ref.target);
  const fail = (constraint: string): void => {
    errors.push(`Value ${display(value)} at '${path}' failed to satisfy constraint: ${constraint}`);
  };

  const length = traits['smithy.api#length'] as LengthTrait | undefined;
  if (length) {
    const size =
      typeof value === 'string'
        ? [...value].length
        : Array.isArray(value)
          ? value.length
          : Object.keys(value as object).length;
    if (length.min !== undefined && size < length.min) {
      fail(`Member must have length greater than or equal to ${length.min}`);
    }
    if (length.max !== undefined && size > length.max) {
      fail(`Member must have length less than or equal to ${length.max}`);
    }
  }
  const range = traits['smithy.api#range'] as RangeTrait | undefined;
  if (range && typeof value === 'number') {
    if (range.min !== undefined && value < range.min) {
      fail(`Member must have value greater than or equal to ${range.min}`);
    }
    if (range.max !== undefined && value > range.max) {
      fail(`Member must have value less than or equal to ${range.max}`);
    }
  }
  const pattern = traits['smithy.api#pattern'] as string | undefined;
  if (pattern && typeof value === 'string' && !compilePattern(pattern).test(value)) {
    fail(`Member must satisfy regular expression pattern: ${pattern}`);
  }
  const allowed = typeof value === 'string' ? enumValues(model, ref, traits) : undefined;
  if (allowed && !allowed.includes(value as string)) {
    fail(`Member must satisfy enum value set: [${allowed.join(', ')}]`);
  }

  switch (shape.type) {
    case 'structure':
    case 'union':
      collect(model, ref.target, value as Record<string, unknown>, path, errors);
      break;
    case 'list':
    case 'set':
      (value as unknown[]).forEach((item, i) =>
        check(model, shape.member!, item, `${path}.${i + 1}.member`, errors),
      );
      break;
    case 'map':
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        check(model, shape.key!, k, `${path}.${k}.key`, errors);
        check(model, shape.value!, v, `${path}.${k}.value`, errors);
      }
      break;
    default:
      break;
  }
}

function collect(
  model: ServiceModel,
  structureId: string,
  input: Record<string, unknown>,
  path: string,
  errors: string[],
): void {
  for (const [name, ref] of Object.entries(model.shape(structureId).members ?? {})) {
    const value = input[name];
    const at = memberPath(path, name);
    if (value === undefined || value === null) {
      if (ref.traits?.['smithy.api#required'] !== undefined) {
        errors.push(`Value null at '${at}' failed to satisfy constraint: Member must not be null`);
      }
      continue;
    }
    check(model, ref, value, at, errors);
  }
}

/**
 * Checks a decoded input against the model's `required`, `length`, `pattern`, `range` and enum
 * constraints and throws the `ValidationException` AWS answers, worded as AWS words it:
 * `1 validation error detected: Value 'x' at 'accountAssociationId' failed to satisfy constraint: …`.
 */
export function validateShape(
  model: ServiceModel,
  structureId: string,
  input: Record<string, unknown>,
): void {
  const errors: string[] = [];
  collect(model, structureId, input, '', errors);
  if (errors.length === 0) return;
  const count = errors.length === 1 ? '1 validation error' : `${errors.length} validation errors`;
  throw new ServiceError('ValidationException', `${count} detected: ${errors.join('; ')}`);
}
