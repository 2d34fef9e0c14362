import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'graphql';

import type { BenchFixtures } from '../fixtures/BenchFixtures';
import { planPages } from '../fixtures/planPages';
import type { Scenario } from './Scenario';

const QUERIES_DIR = join(__dirname, '..', 'queries');
const PAGE_SIZE = 50;
/** Scenario 8's page of succeeded creation requests (`first` in its query). */
const STATUS_PAGE_SIZE = 25;

function load(queryFile: string): Pick<Scenario, 'queryFile' | 'source' | 'document'> {
  const source = readFileSync(join(QUERIES_DIR, queryFile), 'utf8');
  return { queryFile, source, document: parse(source) };
}

type Json = Record<string, unknown>;

function pageProblem(data: Json, withTags: boolean): string | undefined {
  const connection = data.accountAssociations as { edges?: { node?: Json }[] } | undefined;
  const edges = connection?.edges ?? [];
  if (edges.length !== PAGE_SIZE) return `expected ${PAGE_SIZE} edges, received ${edges.length}`;
  if (withTags && !edges.every((edge) => Array.isArray(edge.node?.tags) && edge.node.tags.length)) {
    return 'every association on the page should carry its seeded tags';
  }
  return undefined;
}

/** Scenario 1's check, for the association with id `id`. */
function associationProblem(data: Json, id: string | undefined): string | undefined {
  const association = data.accountAssociation as Json | null;
  if (!association || association.accountAssociationId !== id) {
    return 'expected the requested association';
  }
  return Array.isArray(association.tags) && association.tags.length > 0
    ? undefined
    : 'expected the seeded tags';
}

/**
 * Scenario 8's check: the first 25 succeeded requests in list order, each with the name of the
 * permission set it points at (so an answer that reuses one set for every request is caught).
 */
function permissionSetPageProblem(data: Json, f: BenchFixtures): string | undefined {
  const nodes = (data.assignmentStatuses as { nodes?: Json[] } | undefined)?.nodes ?? [];
  const expected = planPages(f).assignmentRequests({
    instanceArn: f.instanceArn,
    status: 'SUCCEEDED',
    maxResults: STATUS_PAGE_SIZE,
  });
  if (expected.length !== STATUS_PAGE_SIZE) {
    return `the seed should have ${STATUS_PAGE_SIZE} succeeded requests, discovered ${expected.length}`;
  }
  if (nodes.length !== STATUS_PAGE_SIZE) {
    return `expected ${STATUS_PAGE_SIZE} nodes, received ${nodes.length}`;
  }
  for (const [index, request] of expected.entries()) {
    const node = nodes[index];
    const name = request.permissionSetArn && f.permissionSetNames[request.permissionSetArn];
    if (node.requestId !== request.requestId || node.status !== 'SUCCEEDED') {
      return `node ${index}: expected succeeded request ${request.requestId}, received ${JSON.stringify(node)}`;
    }
    if (typeof node.targetId !== 'string' || node.targetId === '') {
      return `node ${index}: expected a targetId`;
    }
    const permissionSet = node.permissionSet as Json | null | undefined;
    if (!name || permissionSet?.name !== name) {
      return `node ${index}: expected permission set ${name ?? '(unknown)'}, received ${JSON.stringify(permissionSet)}`;
    }
  }
  return undefined;
}

/**
 * The scenarios, in table order: 1–5 and 8 compare the contenders, 6 and 7 the gateway's cache.
 */
export const SCENARIOS: readonly Scenario[] = [
  {
    number: 1,
    id: 'association-by-id',
    title: 'one association by id, with tags',
    ...load('1-association-by-id.graphql'),
    mutates: false,
    variables: (f: BenchFixtures) => ({ id: f.listedAssociationIds[0] }),
    checkData: (data, f) => associationProblem(data, f.listedAssociationIds[0]),
  },
  {
    number: 2,
    id: 'page-list-fields',
    title: '50-item page, list fields only',
    ...load('2-page-list-fields.graphql'),
    mutates: false,
    variables: () => ({ first: PAGE_SIZE }),
    checkData: (data) => pageProblem(data, false),
  },
  {
    number: 3,
    id: 'page-with-tags',
    title: '50-item page with tags',
    ...load('3-page-with-tags.graphql'),
    mutates: false,
    variables: () => ({ first: PAGE_SIZE }),
    checkData: (data) => pageProblem(data, true),
  },
  {
    number: 4,
    id: 'dashboard',
    title: 'dashboard: 3 types, repeated ids, aliases',
    ...load('4-dashboard.graphql'),
    mutates: false,
    // Ids beyond the dashboard's 5-item list page, so the page and the lookups share no resource.
    variables: (f: BenchFixtures) => ({
      featuredId: f.listedAssociationIds[20],
      otherId: f.listedAssociationIds[21],
      instanceArn: f.instanceArn,
      firstRequestId: f.succeededRequestId,
      secondRequestId: f.failedRequestId,
      firstConnectionId: f.connectedConnectionId,
      secondConnectionId: f.pendingConnectionId,
    }),
    checkData: (data) => {
      const missing = Object.entries(data)
        .filter(([, value]) => value === null || value === undefined)
        .map(([alias]) => alias);
      return missing.length > 0 ? `null fields: ${missing.join(', ')}` : undefined;
    },
  },
  {
    number: 5,
    id: 'create-association',
    title: 'createAccountAssociation mutation',
    ...load('5-create-association.graphql'),
    mutates: true,
    variables: (f: BenchFixtures) => ({
      input: {
        connectorDestinationId: f.connectorDestinationId,
        name: 'Benchmark Studio',
        description: 'Created by the benchmark',
        tags: [{ key: 'created-by', value: 'benchmark' }],
      },
    }),
    checkData: (data) => {
      const payload = data.createAccountAssociation as
        { clientToken?: unknown; accountAssociation?: Json } | undefined;
      return typeof payload?.clientToken === 'string' &&
        typeof payload.accountAssociation?.accountAssociationId === 'string'
        ? undefined
        : 'expected a clientToken and the new association';
    },
  },
  {
    number: 6,
    id: 'association-by-id-cache-cold',
    title: 'single Get, cache cold',
    ...load('1-association-by-id.graphql'),
    mutates: false,
    cache: 'cold',
    variables: (f: BenchFixtures) => ({ id: f.listedAssociationIds[0] }),
    coldVariables: (f: BenchFixtures, index: number) => ({
      id: f.listedAssociationIds[index % f.listedAssociationIds.length],
    }),
    // Each cold request asks for its own id; the check of the first answer is enough here.
    checkData: (data, f) => associationProblem(data, f.listedAssociationIds[0]),
  },
  {
    number: 7,
    id: 'association-by-id-cache-warm',
    title: 'single Get, cache warm',
    ...load('1-association-by-id.graphql'),
    mutates: false,
    cache: 'warm',
    variables: (f: BenchFixtures) => ({ id: f.listedAssociationIds[0] }),
    checkData: (data, f) => associationProblem(data, f.listedAssociationIds[0]),
  },
  {
    number: 8,
    id: 'assignment-statuses-permission-sets',
    title: '25 assignment statuses with their permission sets',
    ...load('8-assignment-statuses-permission-sets.graphql'),
    mutates: false,
    variables: (f: BenchFixtures) => ({ instanceArn: f.instanceArn }),
    checkData: permissionSetPageProblem,
  },
];
