import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'graphql';

import { countMinimumCalls } from '../../bench/plan/countMinimumCalls';
import type { ListedAssignmentRequest, PlanPages } from '../../bench/plan/countMinimumCalls';
import { planUpstreamCalls } from '../../bench/plan/planUpstreamCalls';

const queriesDir = join(__dirname, '../../bench/queries');
const query = (file: string) => parse(readFileSync(join(queriesDir, file), 'utf8'));
const ids = (count: number, prefix = 'a') =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);

/** Every association page lists `associations`, every creation-request page `requests`. */
function pages(
  associations: readonly string[],
  requests: readonly ListedAssignmentRequest[] = [],
): PlanPages {
  return {
    associations: ({ maxResults }) => associations.slice(0, maxResults),
    assignmentRequests: ({ maxResults }) => requests.slice(0, maxResults),
    permissionSetOf: (_instanceArn, requestId) =>
      requests.find((request) => request.requestId === requestId)?.permissionSetArn,
  };
}

/** `count` requests pointing, in turn, at `sets` permission sets. */
const requests = (count: number, sets: number): ListedAssignmentRequest[] =>
  ids(count, 'r').map((requestId, i) => ({ requestId, permissionSetArn: `ps-${i % sets}` }));

describe('planUpstreamCalls + countMinimumCalls on the benchmark queries', () => {
  it('one association by id costs one Get', () => {
    const plan = planUpstreamCalls(query('1-association-by-id.graphql'), { id: 'a001' });
    expect(countMinimumCalls(plan, pages([]))).toEqual({
      total: 1,
      byOperation: { 'IoTManagedIntegrations.GetAccountAssociation': 1 },
    });
  });

  it('a page with list fields only costs the List alone', () => {
    const plan = planUpstreamCalls(query('2-page-list-fields.graphql'), { first: 50 });
    expect(plan.calls).toEqual([
      {
        operation: 'IoTManagedIntegrations.ListAccountAssociations',
        maxResults: 50,
        getEachItem: false,
      },
    ]);
    expect(countMinimumCalls(plan, pages(ids(50))).total).toBe(1);
  });

  it('a page with tags costs the List plus one Get per item actually on the page', () => {
    const plan = planUpstreamCalls(query('3-page-with-tags.graphql'), { first: 50 });
    expect(countMinimumCalls(plan, pages(ids(50)))).toEqual({
      total: 51,
      byOperation: {
        'IoTManagedIntegrations.ListAccountAssociations': 1,
        'IoTManagedIntegrations.GetAccountAssociation': 50,
      },
    });
    // A short last page needs fewer Gets.
    expect(countMinimumCalls(plan, pages(ids(7))).total).toBe(8);
  });

  it('the dashboard counts each distinct resource once, whatever the aliases', () => {
    const plan = planUpstreamCalls(query('4-dashboard.graphql'), {
      featuredId: 'x1',
      otherId: 'x2',
      instanceArn: 'arn:aws:sso:::instance/ssoins-1',
      firstRequestId: 'r1',
      secondRequestId: 'r2',
      firstConnectionId: 'c1',
      secondConnectionId: 'c2',
    });
    expect(countMinimumCalls(plan, pages(ids(5)))).toEqual({
      total: 7,
      byOperation: {
        'IoTManagedIntegrations.GetAccountAssociation': 2,
        'IoTManagedIntegrations.ListAccountAssociations': 1,
        'SSOAdmin.DescribeAccountAssignmentCreationStatus': 2,
        'Proton.GetEnvironmentAccountConnection': 2,
      },
    });
  });

  it('the mutation costs one Create when the payload asks only for what Create returns', () => {
    const plan = planUpstreamCalls(query('5-create-association.graphql'), {
      input: { connectorDestinationId: 'cd1', name: 'n', tags: [{ key: 'k', value: 'v' }] },
    });
    expect(plan.calls).toEqual([
      {
        operation: 'IoTManagedIntegrations.CreateAccountAssociation',
        connectorDestinationId: 'cd1',
        name: 'n',
        tags: { k: 'v' },
        getAfter: false,
      },
    ]);
    expect(countMinimumCalls(plan, pages([])).total).toBe(1);
  });

  it('the permission-set edge costs the List, a Describe per request and a DescribePermissionSet per distinct set', () => {
    const instanceArn = 'arn:aws:sso:::instance/ssoins-1';
    const plan = planUpstreamCalls(query('8-assignment-statuses-permission-sets.graphql'), {
      instanceArn,
    });
    expect(plan.calls).toEqual([
      {
        operation: 'SSOAdmin.ListAccountAssignmentCreationStatus',
        instanceArn,
        status: 'SUCCEEDED',
        maxResults: 25,
        describeEachItem: true,
        describePermissionSets: true,
      },
    ]);
    expect(countMinimumCalls(plan, pages([], requests(40, 6)))).toEqual({
      total: 32,
      byOperation: {
        'SSOAdmin.ListAccountAssignmentCreationStatus': 1,
        'SSOAdmin.DescribeAccountAssignmentCreationStatus': 25,
        'SSOAdmin.DescribePermissionSet': 6,
      },
    });
    // What is on the page decides: 25 requests sharing 2 sets, or a short page.
    expect(countMinimumCalls(plan, pages([], requests(25, 2))).total).toBe(28);
    expect(countMinimumCalls(plan, pages([], requests(3, 6))).total).toBe(7);
  });
});

describe('planUpstreamCalls on hand-written queries', () => {
  it('shares a Get between a direct lookup and a listed item that needs Get-only fields', () => {
    const plan = planUpstreamCalls(
      parse(`{
        one: accountAssociation(accountAssociationId: "a001") { tags { key } }
        page: accountAssociations(first: 3) { nodes { oauthAuthorizationUrl } }
      }`),
    );
    expect(countMinimumCalls(plan, pages(['a000', 'a001', 'a002'])).total).toBe(4);
  });

  it('merges two selections of the same page and keeps the stronger need', () => {
    const plan = planUpstreamCalls(
      parse(`{
        a: accountAssociations(first: 2) { nodes { name } }
        b: accountAssociations(first: 2) { edges { node { tags { key } } } }
      }`),
    );
    expect(plan.calls).toHaveLength(1);
    expect(countMinimumCalls(plan, pages(['a', 'b'])).total).toBe(3);
  });

  it('honours @skip and @include', () => {
    const plan = planUpstreamCalls(
      parse(`query ($withTags: Boolean!) {
        accountAssociations(first: 2) { nodes { name tags @include(if: $withTags) { key } } }
        skipped: accountAssociation(accountAssociationId: "z") @skip(if: true) { name }
      }`),
      { withTags: false },
    );
    expect(countMinimumCalls(plan, pages(['a', 'b'])).total).toBe(1);
  });

  it('asks for a Get after Create when the payload selects fields Create does not return', () => {
    const plan = planUpstreamCalls(
      parse(`mutation {
        createAccountAssociation(input: { connectorDestinationId: "cd" }) {
          accountAssociation { id tags { key } }
        }
      }`),
    );
    expect(countMinimumCalls(plan, pages([])).byOperation).toEqual({
      'IoTManagedIntegrations.CreateAccountAssociation': 1,
      'IoTManagedIntegrations.GetAccountAssociation': 1,
    });
  });

  it('refuses fields it has no model for instead of guessing', () => {
    expect(() => planUpstreamCalls(parse('{ node(id: "x") { id } }'))).toThrow(
      'no upstream-call model for root field "node"',
    );
    expect(() =>
      planUpstreamCalls(parse('{ accountAssociation(accountAssociationId: "a") { owner } }')),
    ).toThrow('AccountAssociation.owner');
    expect(() =>
      planUpstreamCalls(parse('{ accountAssociations(after: "cursor") { nodes { id } } }')),
    ).toThrow('opaque cursor');
  });
});

describe('planUpstreamCalls on IAM Identity Center queries', () => {
  const instanceArn = 'arn:aws:sso:::instance/ssoins-1';

  it('costs the List alone when the page selects only what list items carry', () => {
    const plan = planUpstreamCalls(
      parse(`query ($instanceArn: String!) {
        assignmentStatuses(instanceArn: $instanceArn, first: 10) {
          edges { cursor node { id requestId status createdDate } }
          pageInfo { hasNextPage }
        }
      }`),
      { instanceArn },
    );
    expect(countMinimumCalls(plan, pages([], requests(10, 3)))).toEqual({
      total: 1,
      byOperation: { 'SSOAdmin.ListAccountAssignmentCreationStatus': 1 },
    });
  });

  it('shares Describes and permission sets between a page, direct lookups and permissionSet', () => {
    const plan = planUpstreamCalls(
      parse(`query ($instanceArn: String!) {
        page: assignmentStatuses(instanceArn: $instanceArn, first: 4) { nodes { targetId } }
        samePage: assignmentStatuses(instanceArn: $instanceArn, first: 4) {
          nodes { permissionSet { name } }
        }
        one: assignmentStatus(instanceArn: $instanceArn, requestId: "r001") { permissionSet { id } }
        outside: assignmentStatus(instanceArn: $instanceArn, requestId: "r007") {
          permissionSet { name }
        }
        direct: permissionSet(instanceArn: $instanceArn, permissionSetArn: "ps-0") { name }
        other: permissionSet(instanceArn: $instanceArn, permissionSetArn: "ps-9") { name }
      }`),
      { instanceArn },
    );
    // One List (both selections of the page), Describes r000–r003 and r007, and the sets
    // ps-0, ps-1, ps-2 (the page, 3 sets over 4 requests), ps-1 (r007) and ps-9.
    expect(countMinimumCalls(plan, pages([], requests(10, 3))).byOperation).toEqual({
      'SSOAdmin.ListAccountAssignmentCreationStatus': 1,
      'SSOAdmin.DescribeAccountAssignmentCreationStatus': 5,
      'SSOAdmin.DescribePermissionSet': 4,
    });
  });

  it('refuses what it has no model for', () => {
    expect(() =>
      planUpstreamCalls(
        parse('{ assignmentStatuses(instanceArn: "i", status: UNKNOWN) { nodes { id } } }'),
      ),
    ).toThrow('status');
    expect(() =>
      planUpstreamCalls(
        parse('{ assignmentStatuses(instanceArn: "i") { nodes { permissionSet { owner } } } }'),
      ),
    ).toThrow('PermissionSet.owner');
    expect(() =>
      planUpstreamCalls(
        parse('{ assignmentStatuses(instanceArn: "i", after: "c") { nodes { id } } }'),
      ),
    ).toThrow('opaque cursor');
  });
});
