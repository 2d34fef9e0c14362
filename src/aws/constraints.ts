import { badUserInput } from '../errors';

// AWS's Smithy constraint traits (`length`, `pattern`, `range`) as the gateway checks them before a
// request leaves, so a caller gets a `BAD_USER_INPUT` naming the argument and the rule instead of a
// round trip that ends in AWS's ValidationException. The rules themselves are generated from the
// trimmed AWS models into src/generated/aws/.

/** An AWS string constraint (Smithy `length` + `pattern`) with a readable description of the pattern. */
export interface StringConstraint {
  minLength: number;
  /** `Number.MAX_SAFE_INTEGER` when the model sets no upper bound. */
  maxLength: number;
  pattern?: RegExp;
  /** What `pattern` allows, in words, e.g. "letters and digits". */
  allowed?: string;
}

/**
 * A Smithy `length` trait on a list or map (number of entries) or a `range` trait on a number.
 * Either bound may be absent, as in the model.
 */
export interface LengthConstraint {
  min?: number;
  max?: number;
}

/**
 * A structure of the model: its member names, the required ones, and the members that hold
 * structures (directly, as list elements or as map values) with the shape they hold.
 */
export interface StructureTable {
  readonly members: readonly string[];
  readonly required: readonly string[];
  readonly nested?: Readonly<
    Record<string, { readonly shape: string; readonly kind: 'structure' | 'list' | 'map' }>
  >;
}

/** A `maxLength` at or above this means the model sets no upper bound. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/**
 * Checks `value` against an AWS string constraint. Lengths count code points, as Smithy's `length`
 * trait does for strings.
 */
export function checkString(value: string, rule: StringConstraint, argumentName: string): string {
  const length = [...value].length;
  if (length < rule.minLength || length > rule.maxLength) {
    const range =
      rule.maxLength >= UNBOUNDED
        ? `at least ${rule.minLength}`
        : rule.minLength === rule.maxLength
          ? `exactly ${rule.minLength}`
          : `${rule.minLength} to ${rule.maxLength}`;
    throw badUserInput(
      `Argument "${argumentName}" must be ${range} characters long; got ${length}`,
      argumentName,
    );
  }
  if (rule.pattern && !rule.pattern.test(value)) {
    throw badUserInput(
      `Argument "${argumentName}" must match ${rule.pattern.source}${rule.allowed ? ` (${rule.allowed})` : ''}; got ${JSON.stringify(value)}`,
      argumentName,
    );
  }
  return value;
}

/**
 * Checks the number of entries of a list or map argument against a Smithy `length` trait.
 * `noun` names the entries in the plural, e.g. "tags".
 */
export function checkCount(
  count: number,
  rule: LengthConstraint,
  argumentName: string,
  noun: string,
): number {
  if (rule.min !== undefined && count < rule.min) {
    throw badUserInput(
      rule.min === 1
        ? `Argument "${argumentName}" must not be empty`
        : `Argument "${argumentName}" must hold at least ${rule.min} ${noun}; got ${count}`,
      argumentName,
    );
  }
  if (rule.max !== undefined && count > rule.max) {
    throw badUserInput(
      `Argument "${argumentName}" may hold at most ${rule.max} ${noun}; got ${count}`,
      argumentName,
    );
  }
  return count;
}

/** Checks a numeric argument against a Smithy `range` trait (bounds inclusive). */
export function checkRange(value: number, rule: LengthConstraint, argumentName: string): number {
  const tooLow = rule.min !== undefined && value < rule.min;
  const tooHigh = rule.max !== undefined && value > rule.max;
  if (tooLow || tooHigh) {
    const bounds =
      rule.min !== undefined && rule.max !== undefined
        ? `between ${rule.min} and ${rule.max}`
        : rule.min !== undefined
          ? `at least ${rule.min}`
          : `at most ${rule.max}`;
    throw badUserInput(`Argument "${argumentName}" must be ${bounds}; got ${value}`, argumentName);
  }
  return value;
}
