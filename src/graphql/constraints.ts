import { badUserInput } from '../errors';

/** An AWS string constraint (Smithy `length` + `pattern`) with a readable description of the pattern. */
export interface StringConstraint {
  minLength: number;
  maxLength: number;
  pattern?: RegExp;
  /** What `pattern` allows, in words, e.g. "letters and digits". */
  allowed?: string;
}

/**
 * Checks `value` against an AWS constraint before anything is sent, so the caller gets a
 * `BAD_USER_INPUT` naming the argument and the rule instead of a round trip to AWS.
 */
export function checkString(value: string, rule: StringConstraint, argumentName: string): string {
  const length = [...value].length;
  if (length < rule.minLength || length > rule.maxLength) {
    const range =
      rule.minLength === rule.maxLength
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
