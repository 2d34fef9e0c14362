import type { BenchFixtures } from '../../bench/fixtures/BenchFixtures';
import { planPages } from '../../bench/fixtures/planPages';

const instanceArn = 'arn:aws:sso:::instance/ssoins-1';
const fixtures: BenchFixtures = {
  listedAssociationIds: ['a0', 'a1', 'a2'],
  connectorDestinationId: 'cd',
  instanceArn,
  succeededRequestId: 'r0',
  failedRequestId: 'r2',
  connectedConnectionId: 'c0',
  pendingConnectionId: 'c1',
  assignmentRequests: [
    { requestId: 'r0', status: 'SUCCEEDED', permissionSetArn: 'ps-a' },
    { requestId: 'r1', status: 'IN_PROGRESS', permissionSetArn: 'ps-b' },
    { requestId: 'r2', status: 'FAILED', permissionSetArn: 'ps-gone' },
    { requestId: 'r3', status: 'SUCCEEDED', permissionSetArn: 'ps-b' },
    { requestId: 'r4', status: 'SUCCEEDED', permissionSetArn: 'ps-a' },
  ],
  permissionSetNames: { 'ps-a': 'AdministratorAccess', 'ps-b': 'ReadOnlyAccess' },
};

describe('planPages: the pages a plan lists, from the discovered fixtures', () => {
  const pages = planPages(fixtures);

  it('filters creation requests by status before paging, in list order', () => {
    const ids = (status?: 'SUCCEEDED' | 'FAILED', maxResults = 10) =>
      pages
        .assignmentRequests({ instanceArn, maxResults, ...(status ? { status } : {}) })
        .map((r) => r.requestId);
    expect(ids('SUCCEEDED')).toEqual(['r0', 'r3', 'r4']);
    expect(ids('SUCCEEDED', 2)).toEqual(['r0', 'r3']);
    expect(ids('FAILED')).toEqual(['r2']);
    expect(ids(undefined, 4)).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it("gives a request's permission set and the first associations of the list", () => {
    expect(pages.permissionSetOf(instanceArn, 'r3')).toBe('ps-b');
    expect(pages.permissionSetOf(instanceArn, 'unknown')).toBeUndefined();
    expect(pages.associations({ maxResults: 2 })).toEqual(['a0', 'a1']);
  });

  it('refuses pages it did not discover rather than guessing them', () => {
    expect(() =>
      pages.assignmentRequests({ instanceArn: 'arn:aws:sso:::instance/other', maxResults: 5 }),
    ).toThrow('no fixtures');
    expect(() => pages.associations({ connectorDestinationId: 'cd', maxResults: 5 })).toThrow(
      'no fixtures',
    );
  });
});
