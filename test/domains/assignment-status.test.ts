import { DescribeAccountAssignmentCreationStatusCommand } from '@aws-sdk/client-sso-admin';

import { startMockedGateway } from './mockedGateway';

const INSTANCE = 'arn:aws:sso:::instance/ssoins-1234567890abcdef';
const REQUEST = '0f0e0d0c-0b0a-4000-8000-000000000001';
const QUERY = `query ($arn: String!, $r: ID!) {
  assignmentStatus(instanceArn: $arn, requestId: $r) {
    instanceArn requestId status statusRaw failureReason targetId targetType targetTypeRaw
    permissionSetArn principalType principalTypeRaw principalId createdDate
  }
}`;

describe('assignment status (mocked SSO Admin client)', () => {
  let gw: Awaited<ReturnType<typeof startMockedGateway>>;
  beforeAll(async () => {
    gw = await startMockedGateway();
  });
  afterAll(() => gw.stop());
  beforeEach(() => gw.mocks.ssoAdmin.reset());

  test('maps DescribeAccountAssignmentCreationStatus onto the schema', async () => {
    gw.mocks.ssoAdmin.on(DescribeAccountAssignmentCreationStatusCommand).resolves({
      AccountAssignmentCreationStatus: {
        Status: 'FAILED',
        RequestId: REQUEST,
        FailureReason: 'Permission set not found',
        TargetId: '111122223333',
        TargetType: 'AWS_ACCOUNT',
        PermissionSetArn: 'arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef',
        PrincipalType: 'GROUP',
        PrincipalId: 'a1b2c3d4-0000-4000-8000-000000000000',
        CreatedDate: new Date(Date.UTC(2025, 5, 2, 9, 30)),
      },
    });
    const body = await gw.graphql(QUERY, { arn: INSTANCE, r: REQUEST });
    expect(body.data!.assignmentStatus).toEqual({
      instanceArn: INSTANCE,
      requestId: REQUEST,
      status: 'FAILED',
      statusRaw: 'FAILED',
      failureReason: 'Permission set not found',
      targetId: '111122223333',
      targetType: 'AWS_ACCOUNT',
      targetTypeRaw: 'AWS_ACCOUNT',
      permissionSetArn: 'arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef',
      principalType: 'GROUP',
      principalTypeRaw: 'GROUP',
      principalId: 'a1b2c3d4-0000-4000-8000-000000000000',
      createdDate: '2025-06-02T09:30:00.000Z',
    });
    expect(
      gw.mocks.ssoAdmin.commandCalls(DescribeAccountAssignmentCreationStatusCommand)[0].args[0]
        .input,
    ).toEqual({
      InstanceArn: INSTANCE,
      AccountAssignmentCreationRequestId: REQUEST,
    });
  });

  test('enum values AWS adds later surface as UNKNOWN plus the raw string', async () => {
    gw.mocks.ssoAdmin.on(DescribeAccountAssignmentCreationStatusCommand).resolves({
      AccountAssignmentCreationStatus: {
        Status: 'CANCELLED' as never,
        RequestId: REQUEST,
        TargetType: 'AWS_ORGANIZATIONAL_UNIT' as never,
        PrincipalType: 'ROLE' as never,
      },
    });
    const body = await gw.graphql(QUERY, { arn: INSTANCE, r: REQUEST });
    expect(body.errors).toBeUndefined();
    expect(body.data!.assignmentStatus).toMatchObject({
      status: 'UNKNOWN',
      statusRaw: 'CANCELLED',
      targetType: 'UNKNOWN',
      targetTypeRaw: 'AWS_ORGANIZATIONAL_UNIT',
      principalType: 'UNKNOWN',
      principalTypeRaw: 'ROLE',
      createdDate: null,
    });
  });

  test.each([
    [
      'an instance ARN of another service',
      { arn: 'arn:aws:iam::123456789012:role/x', r: REQUEST },
      'instanceArn',
    ],
    ['an uppercase request id', { arn: INSTANCE, r: REQUEST.toUpperCase() }, 'requestId'],
  ])('%s is BAD_USER_INPUT before any call', async (_what, variables, argumentName) => {
    const body = await gw.graphql(QUERY, variables);
    expect(body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName });
    expect(gw.mocks.ssoAdmin.calls()).toHaveLength(0);
  });
});
