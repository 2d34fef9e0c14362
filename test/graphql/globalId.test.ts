import { GraphQLError } from 'graphql';

import { fromGlobalId, toGlobalId } from '../../src/graphql/globalId';

describe('global ids', () => {
  test('round-trip one key and several keys, including keys with separators', () => {
    const arn = 'arn:aws:sso:::instance/ssoins-1234567890abcdef';
    expect(fromGlobalId(toGlobalId('AccountAssociation', 'abc123'), 'id')).toEqual({
      typeName: 'AccountAssociation',
      keys: ['abc123'],
    });
    expect(fromGlobalId(toGlobalId('AssignmentStatus', arn, 'a:b%c'), 'id')).toEqual({
      typeName: 'AssignmentStatus',
      keys: [arn, 'a:b%c'],
    });
  });

  test('are URL-safe base64 without padding', () => {
    expect(
      toGlobalId('EnvironmentAccountConnection', '0f0e0d0c-0000-4000-8000-000000000000'),
    ).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  test.each([
    ['empty', ''],
    ['not base64url', 'a+b/c='],
    ['no separator', Buffer.from('AccountAssociation').toString('base64url')],
    ['bad percent-encoding', Buffer.from('AccountAssociation:%E0%A4%A').toString('base64url')],
    ['non-canonical base64 (stray bits)', 'QUJ'],
    ['too long', 'A'.repeat(5000)],
  ])('%s is BAD_USER_INPUT naming the argument', (_what, id) => {
    let error: unknown;
    try {
      fromGlobalId(id, 'ids[3]');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'ids[3]',
    });
  });
});
