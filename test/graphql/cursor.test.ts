import { randomBytes } from 'node:crypto';

import { GraphQLError } from 'graphql';

import { CursorCodec } from '../../src/graphql/cursor';

const codec = new CursorCodec(randomBytes(32));
const filter = { connectorDestinationId: 'dest-1' };

function rejection(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected a BAD_USER_INPUT error');
}

describe('CursorCodec', () => {
  test('round-trips a position', () => {
    const cursor = codec.encode('accountAssociations', filter, { token: 'tok_en-123=', offset: 7 });
    expect(codec.decode(cursor, 'accountAssociations', filter)).toEqual({
      token: 'tok_en-123=',
      offset: 7,
    });
    const first = codec.encode(
      'accountAssociations',
      { connectorDestinationId: null },
      { token: null, offset: 1 },
    );
    expect(codec.decode(first, 'accountAssociations', { connectorDestinationId: null })).toEqual({
      token: null,
      offset: 1,
    });
  });

  test('is opaque: no AWS token in clear text', () => {
    const cursor = codec.encode('accountAssociations', filter, {
      token: 'visible-token',
      offset: 1,
    });
    expect(cursor).not.toContain('visible-token');
  });

  test('rejects every single-character change (payload or signature)', () => {
    const cursor = codec.encode('accountAssociations', filter, { token: 'abc', offset: 3 });
    for (let i = 0; i < cursor.length; i++) {
      const changed = cursor.slice(0, i) + (cursor[i] === 'x' ? 'y' : 'x') + cursor.slice(i + 1);
      const error = rejection(() => codec.decode(changed, 'accountAssociations', filter));
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    }
  });

  test('rejects a cursor for another filter value or another connection', () => {
    const cursor = codec.encode('accountAssociations', filter, { token: 'abc', offset: 3 });
    expect(
      rejection(() =>
        codec.decode(cursor, 'accountAssociations', { connectorDestinationId: 'dest-2' }),
      ).message,
    ).toContain('different connectorDestinationId');
    expect(
      rejection(() => codec.decode(cursor, 'accountAssociations', { connectorDestinationId: null }))
        .message,
    ).toContain('different connectorDestinationId');
    expect(rejection(() => codec.decode(cursor, 'somethingElse', filter)).message).toContain(
      'belongs to accountAssociations',
    );
  });

  test('rejects a cursor signed with another key', () => {
    const other = new CursorCodec(randomBytes(32));
    const cursor = other.encode('accountAssociations', filter, { token: null, offset: 1 });
    expect(rejection(() => codec.decode(cursor, 'accountAssociations', filter)).message).toContain(
      'signature does not match',
    );
  });

  test.each(['', 'v1', 'v1..', 'v1.a.b.c', 'x'.repeat(200_000), '💥'])(
    'rejects malformed input %#',
    (cursor) => {
      expect(
        rejection(() => codec.decode(cursor, 'accountAssociations', filter)).extensions.code,
      ).toBe('BAD_USER_INPUT');
    },
  );
});
