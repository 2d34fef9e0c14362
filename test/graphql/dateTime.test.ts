import { Kind } from 'graphql';

import { DateTimeScalar } from '../../src/graphql/dateTime';

describe('DateTime scalar', () => {
  test('serializes Dates and ISO strings as UTC ISO-8601 with milliseconds', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2025, 2, 3, 12, 0, 0)))).toBe(
      '2025-03-03T12:00:00.000Z',
    );
    expect(DateTimeScalar.serialize('2025-03-03T14:00:00+02:00')).toBe('2025-03-03T12:00:00.000Z');
  });

  test('refuses to serialize what is not a point in time', () => {
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow(
      'DateTime cannot represent',
    );
    expect(() => DateTimeScalar.serialize(42)).toThrow('DateTime cannot represent');
  });

  test('parses ISO-8601 input with an offset', () => {
    expect(DateTimeScalar.parseValue('2025-03-03T12:00:00Z')).toEqual(
      new Date(Date.UTC(2025, 2, 3, 12)),
    );
    expect(DateTimeScalar.parseValue('2025-03-03T13:30:00.5+01:30')).toEqual(
      new Date(Date.UTC(2025, 2, 3, 12, 0, 0, 500)),
    );
    expect(
      DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2025-03-03T12:00:00Z' }),
    ).toEqual(new Date(Date.UTC(2025, 2, 3, 12)));
  });

  test.each([
    '2025-03-03',
    '2025-03-03T12:00:00',
    'yesterday',
    '2025-13-45T99:00:00Z',
    1741003200000,
  ])('rejects %p', (value) => {
    expect(() => DateTimeScalar.parseValue(value)).toThrow(/DateTime/);
  });

  test('rejects non-string literals', () => {
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(
      'DateTime must be a string literal',
    );
  });
});
