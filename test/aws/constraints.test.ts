import type { GraphQLError } from 'graphql';

import { checkCount, checkRange, checkString } from '../../src/aws/constraints';
import type { StringConstraint } from '../../src/aws/constraints';

/** Runs `fn`, expecting it to throw a policy error; returns that error. */
function thrown(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}

const ID: StringConstraint = {
  minLength: 1,
  maxLength: 64,
  pattern: /^[0-9a-zA-Z]+$/,
  allowed: 'letters and digits',
};

describe('checkString', () => {
  test('returns a value that satisfies the rule', () => {
    expect(checkString('abc123', ID, 'id')).toBe('abc123');
  });

  test('a length outside the bounds names the argument, the bounds and the length', () => {
    const error = thrown(() => checkString('a'.repeat(65), ID, 'input.id'));
    expect(error.message).toBe('Argument "input.id" must be 1 to 64 characters long; got 65');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'input.id' });
    expect(thrown(() => checkString('', ID, 'id')).message).toBe(
      'Argument "id" must be 1 to 64 characters long; got 0',
    );
  });

  test('equal bounds read as an exact length', () => {
    const rule: StringConstraint = { minLength: 36, maxLength: 36 };
    expect(thrown(() => checkString('abc', rule, 'requestId')).message).toBe(
      'Argument "requestId" must be exactly 36 characters long; got 3',
    );
  });

  test('a rule without an upper bound reads as a minimum', () => {
    const rule: StringConstraint = { minLength: 2, maxLength: Number.MAX_SAFE_INTEGER };
    expect(checkString('x'.repeat(10_000), rule, 'text')).toHaveLength(10_000);
    expect(thrown(() => checkString('x', rule, 'text')).message).toBe(
      'Argument "text" must be at least 2 characters long; got 1',
    );
  });

  test('length counts code points, not UTF-16 units', () => {
    const rule: StringConstraint = { minLength: 1, maxLength: 2 };
    expect(checkString('😀😀', rule, 'name')).toBe('😀😀');
  });

  test('a pattern mismatch quotes the pattern, its description and the value', () => {
    const error = thrown(() => checkString('not-valid', ID, 'accountAssociationId'));
    expect(error.message).toBe(
      'Argument "accountAssociationId" must match ^[0-9a-zA-Z]+$ (letters and digits); got "not-valid"',
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  test('a pattern without a description is quoted alone', () => {
    const rule: StringConstraint = { minLength: 0, maxLength: 10, pattern: /^\d+$/ };
    expect(thrown(() => checkString('x', rule, 'n')).message).toBe(
      'Argument "n" must match ^\\d+$; got "x"',
    );
  });
});

describe('checkCount', () => {
  test('accepts counts within the bounds', () => {
    expect(checkCount(50, { min: 1, max: 50 }, 'input.tags', 'tags')).toBe(50);
    expect(checkCount(0, { max: 50 }, 'input.tags', 'tags')).toBe(0);
  });

  test('too many entries', () => {
    const error = thrown(() => checkCount(51, { min: 1, max: 50 }, 'input.tags', 'tags'));
    expect(error.message).toBe('Argument "input.tags" may hold at most 50 tags; got 51');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'input.tags' });
  });

  test('too few entries', () => {
    expect(thrown(() => checkCount(0, { min: 1, max: 50 }, 'input.tags', 'tags')).message).toBe(
      'Argument "input.tags" must not be empty',
    );
    expect(thrown(() => checkCount(1, { min: 2 }, 'ids', 'ids')).message).toBe(
      'Argument "ids" must hold at least 2 ids; got 1',
    );
  });
});

describe('checkRange', () => {
  test('bounds are inclusive', () => {
    expect(checkRange(1, { min: 1, max: 100 }, 'first')).toBe(1);
    expect(checkRange(100, { min: 1, max: 100 }, 'first')).toBe(100);
  });

  test('messages name the bounds the rule has', () => {
    expect(thrown(() => checkRange(101, { min: 1, max: 100 }, 'first')).message).toBe(
      'Argument "first" must be between 1 and 100; got 101',
    );
    expect(thrown(() => checkRange(29, { min: 30 }, 'days')).message).toBe(
      'Argument "days" must be at least 30; got 29',
    );
    expect(thrown(() => checkRange(11, { max: 10 }, 'n')).message).toBe(
      'Argument "n" must be at most 10; got 11',
    );
    expect(thrown(() => checkRange(0, { min: 1 }, 'first')).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
    });
  });
});
