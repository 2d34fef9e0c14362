import { Kind, valueFromASTUntyped } from 'graphql';
import type {
  DirectiveNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';

import type { AssignmentStatusFilter, UpstreamCall, UpstreamPlan } from './UpstreamPlan';

type Variables = Record<string, unknown>;

/** Fields an item of ListAccountAssociations carries (AWS `AccountAssociationItem`). */
const LIST_ITEM_FIELDS = new Set([
  'id',
  'accountAssociationId',
  'associationState',
  'errorMessage',
  'connectorDestinationId',
  'name',
  'description',
  'arn',
]);
/** Fields only GetAccountAssociation returns. */
const GET_ONLY_FIELDS = new Set(['tags', 'oauthAuthorizationUrl']);
/** Fields the CreateAccountAssociation response carries. */
const CREATE_RESPONSE_FIELDS = new Set([
  'id',
  'accountAssociationId',
  'associationState',
  'arn',
  'oauthAuthorizationUrl',
]);
/** AssignmentStatus fields a ListAccountAssignmentCreationStatus item carries, or its key gives. */
const ASSIGNMENT_LIST_ITEM_FIELDS = new Set([
  'id',
  'instanceArn',
  'requestId',
  'status',
  'statusRaw',
  'createdDate',
]);
/** AssignmentStatus fields only DescribeAccountAssignmentCreationStatus returns. */
const ASSIGNMENT_DESCRIBE_ONLY_FIELDS = new Set([
  'failureReason',
  'targetId',
  'targetType',
  'targetTypeRaw',
  'permissionSetArn',
  'principalType',
  'principalTypeRaw',
  'principalId',
]);
/** PermissionSet fields: all from DescribePermissionSet (or its key). */
const PERMISSION_SET_FIELDS = new Set([
  'id',
  'instanceArn',
  'permissionSetArn',
  'name',
  'description',
  'sessionDuration',
  'relayState',
  'createdDate',
]);
const ASSIGNMENT_STATUS_FILTERS: readonly AssignmentStatusFilter[] = [
  'IN_PROGRESS',
  'FAILED',
  'SUCCEEDED',
];
const CONNECTION_DEFAULT_FIRST = 20;
const CONNECTION_MAX_FIRST = 100;

/**
 * Derives the minimum set of upstream calls a query needs from its selection alone: one call per
 * distinct resource, whatever aliases or repetitions the query uses (DESIGN.md, "Batching rules").
 * Covers the fields the benchmark queries use and refuses anything else rather than guessing.
 */
export function planUpstreamCalls(
  document: DocumentNode,
  variables: Variables = {},
  operationName?: string,
): UpstreamPlan {
  const operation = pickOperation(document, operationName);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const context: Walk = { fragments, variables };
  const calls = new Map<string, UpstreamCall>();
  // The same resource selected twice is one call, with the needs of both selections (a Get after
  // the List, a DescribePermissionSet after the Describe…): its boolean members are or-ed.
  const add = (key: string, call: UpstreamCall): void => {
    const existing = calls.get(key) as Record<string, unknown> | undefined;
    if (!existing) {
      calls.set(key, call);
      return;
    }
    for (const [member, value] of Object.entries(call)) {
      if (typeof value === 'boolean') existing[member] = existing[member] === true || value;
    }
  };

  let mutationIndex = 0;
  for (const field of collectFields(operation.selectionSet, context)) {
    const args = argumentValues(field, variables);
    const name = field.name.value;
    switch (name) {
      case '__typename':
        break;
      case 'accountAssociation': {
        const id = requireString(args, 'accountAssociationId', name);
        add(`get:${id}`, {
          operation: 'IoTManagedIntegrations.GetAccountAssociation',
          accountAssociationId: id,
        });
        // A single object is always fetched (it must be NOT_FOUND when missing); the walk only
        // rejects fields this model does not know.
        accountAssociationNeedsGet(field.selectionSet, context, LIST_ITEM_FIELDS);
        break;
      }
      case 'accountAssociations': {
        const first = firstPage(args, name);
        const connectorDestinationId = optionalString(args, 'connectorDestinationId', name);
        const getEachItem = connectionNodes(field.selectionSet, context, name)
          .map((node) => accountAssociationNeedsGet(node, context, LIST_ITEM_FIELDS))
          .includes(true);
        add(`list:${connectorDestinationId ?? ''}:${first}`, {
          operation: 'IoTManagedIntegrations.ListAccountAssociations',
          ...(connectorDestinationId !== undefined ? { connectorDestinationId } : {}),
          maxResults: first,
          getEachItem,
        });
        break;
      }
      case 'assignmentStatus': {
        const instanceArn = requireString(args, 'instanceArn', name);
        const requestId = requireString(args, 'requestId', name);
        // Always described (it must be NOT_FOUND when missing), like a single association.
        const needs = assignmentStatusNeeds(field.selectionSet, context);
        add(`sso:${instanceArn}:${requestId}`, {
          operation: 'SSOAdmin.DescribeAccountAssignmentCreationStatus',
          instanceArn,
          requestId,
          describePermissionSet: needs.permissionSet,
        });
        break;
      }
      case 'assignmentStatuses': {
        const instanceArn = requireString(args, 'instanceArn', name);
        const first = firstPage(args, name);
        const status = assignmentStatusFilter(args.status);
        const needs = connectionNodes(field.selectionSet, context, name).map((node) =>
          assignmentStatusNeeds(node, context),
        );
        add(`sso-list:${instanceArn}:${status ?? ''}:${first}`, {
          operation: 'SSOAdmin.ListAccountAssignmentCreationStatus',
          instanceArn,
          ...(status !== undefined ? { status } : {}),
          maxResults: first,
          describeEachItem: needs.some((need) => need.describe),
          describePermissionSets: needs.some((need) => need.permissionSet),
        });
        break;
      }
      case 'permissionSet': {
        const instanceArn = requireString(args, 'instanceArn', name);
        const permissionSetArn = requireString(args, 'permissionSetArn', name);
        checkFields(field.selectionSet, context, PERMISSION_SET_FIELDS, 'PermissionSet');
        add(`permission-set:${instanceArn}:${permissionSetArn}`, {
          operation: 'SSOAdmin.DescribePermissionSet',
          instanceArn,
          permissionSetArn,
        });
        break;
      }
      case 'environmentAccountConnection': {
        const id = requireString(args, 'environmentAccountConnectionId', name);
        add(`proton:${id}`, {
          operation: 'Proton.GetEnvironmentAccountConnection',
          environmentAccountConnectionId: id,
        });
        break;
      }
      case 'createAccountAssociation': {
        const input = args.input;
        if (typeof input !== 'object' || input === null) {
          throw new Error('createAccountAssociation(input:) must be an object');
        }
        const values = input as Record<string, unknown>;
        const connectorDestinationId = requireString(values, 'connectorDestinationId', name);
        const nameValue = optionalString(values, 'name', name);
        const description = optionalString(values, 'description', name);
        const tags = tagMap(values.tags);
        add(`create:${mutationIndex++}`, {
          operation: 'IoTManagedIntegrations.CreateAccountAssociation',
          connectorDestinationId,
          ...(nameValue !== undefined ? { name: nameValue } : {}),
          ...(description !== undefined ? { description } : {}),
          ...(tags !== undefined ? { tags } : {}),
          getAfter: createPayloadNeedsGet(field.selectionSet, context),
        });
        break;
      }
      default:
        throw new Error(`no upstream-call model for root field "${name}"`);
    }
  }
  return { calls: [...calls.values()] };
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
}

function pickOperation(document: DocumentNode, name?: string): OperationDefinitionNode {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const chosen =
    name === undefined ? operations : operations.filter((op) => op.name?.value === name);
  if (chosen.length !== 1) {
    throw new Error(
      `expected exactly one operation${name ? ` named "${name}"` : ''}, found ${chosen.length}`,
    );
  }
  return chosen[0];
}

/** Flattens fragments and honours @skip/@include, like graphql-js's CollectFields. */
function collectFields(selectionSet: SelectionSetNode | undefined, walk: Walk): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (!isIncluded(selection.directives, walk.variables)) continue;
      switch (selection.kind) {
        case Kind.FIELD:
          fields.push(selection);
          break;
        case Kind.INLINE_FRAGMENT:
          visit(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const fragment = walk.fragments.get(selection.name.value);
          if (!fragment) throw new Error(`unknown fragment "${selection.name.value}"`);
          visit(fragment.selectionSet);
          break;
        }
      }
    }
  };
  visit(selectionSet);
  return fields;
}

function isIncluded(
  directives: readonly DirectiveNode[] | undefined,
  variables: Variables,
): boolean {
  for (const directive of directives ?? []) {
    const condition = directive.arguments?.find((arg) => arg.name.value === 'if');
    if (!condition) continue;
    const value = valueFromASTUntyped(condition.value, variables);
    if (directive.name.value === 'skip' && value === true) return false;
    if (directive.name.value === 'include' && value === false) return false;
  }
  return true;
}

function argumentValues(field: FieldNode, variables: Variables): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of field.arguments ?? []) {
    values[arg.name.value] = valueFromASTUntyped(arg.value, variables);
  }
  return values;
}

/** True when an AccountAssociation selection needs a field outside `carried`. */
function accountAssociationNeedsGet(
  selectionSet: SelectionSetNode | undefined,
  walk: Walk,
  carried: ReadonlySet<string>,
): boolean {
  let needsGet = false;
  for (const field of collectFields(selectionSet, walk)) {
    const name = field.name.value;
    if (name === '__typename' || carried.has(name)) continue;
    if (GET_ONLY_FIELDS.has(name) || LIST_ITEM_FIELDS.has(name)) {
      needsGet = true;
      continue;
    }
    throw new Error(`no upstream-call model for AccountAssociation.${name}`);
  }
  return needsGet;
}

/**
 * The node selections of a connection (`nodes`, `edges { node }`); `pageInfo` and cursors come with
 * the list page itself.
 */
function connectionNodes(
  selectionSet: SelectionSetNode | undefined,
  walk: Walk,
  connection: string,
): (SelectionSetNode | undefined)[] {
  const nodes: (SelectionSetNode | undefined)[] = [];
  for (const field of collectFields(selectionSet, walk)) {
    switch (field.name.value) {
      case '__typename':
      case 'pageInfo':
        break;
      case 'nodes':
        nodes.push(field.selectionSet);
        break;
      case 'edges':
        for (const edgeField of collectFields(field.selectionSet, walk)) {
          if (edgeField.name.value === 'node') {
            nodes.push(edgeField.selectionSet);
          } else if (edgeField.name.value !== 'cursor' && edgeField.name.value !== '__typename') {
            throw new Error(
              `no upstream-call model for ${connection}.edges.${edgeField.name.value}`,
            );
          }
        }
        break;
      default:
        throw new Error(`no upstream-call model for ${connection}.${field.name.value}`);
    }
  }
  return nodes;
}

/**
 * What an AssignmentStatus selection needs beyond a list item: a Describe (any field the list
 * does not carry, the permission set's ARN included) and the permission set itself.
 */
function assignmentStatusNeeds(
  selectionSet: SelectionSetNode | undefined,
  walk: Walk,
): { describe: boolean; permissionSet: boolean } {
  const needs = { describe: false, permissionSet: false };
  for (const field of collectFields(selectionSet, walk)) {
    const name = field.name.value;
    if (name === '__typename' || ASSIGNMENT_LIST_ITEM_FIELDS.has(name)) continue;
    if (ASSIGNMENT_DESCRIBE_ONLY_FIELDS.has(name)) {
      needs.describe = true;
    } else if (name === 'permissionSet') {
      // Loaded whatever its selection (it is null when the set no longer exists).
      checkFields(field.selectionSet, walk, PERMISSION_SET_FIELDS, 'PermissionSet');
      needs.describe = true;
      needs.permissionSet = true;
    } else {
      throw new Error(`no upstream-call model for AssignmentStatus.${name}`);
    }
  }
  return needs;
}

/** Rejects a field outside `known`: a type whose every field comes from one call. */
function checkFields(
  selectionSet: SelectionSetNode | undefined,
  walk: Walk,
  known: ReadonlySet<string>,
  typeName: string,
): void {
  for (const field of collectFields(selectionSet, walk)) {
    const name = field.name.value;
    if (name !== '__typename' && !known.has(name)) {
      throw new Error(`no upstream-call model for ${typeName}.${name}`);
    }
  }
}

/** `first` of a connection without `after` (an opaque cursor the plan cannot follow). */
function firstPage(args: Record<string, unknown>, field: string): number {
  if (args.after !== undefined && args.after !== null) {
    throw new Error(`${field}(after:) maps to an opaque cursor: not supported`);
  }
  const first = args.first ?? CONNECTION_DEFAULT_FIRST;
  if (typeof first !== 'number' || first < 0 || first > CONNECTION_MAX_FIRST) {
    throw new Error(`${field}(first:) must be 0..100, received ${JSON.stringify(first)}`);
  }
  return first;
}

function assignmentStatusFilter(value: unknown): AssignmentStatusFilter | undefined {
  if (value === undefined || value === null) return undefined;
  const known = ASSIGNMENT_STATUS_FILTERS.find((status) => status === value);
  if (!known) {
    throw new Error(
      `assignmentStatuses(status:) must be one of ${ASSIGNMENT_STATUS_FILTERS.join(', ')}, received ${JSON.stringify(value)}`,
    );
  }
  return known;
}

function createPayloadNeedsGet(selectionSet: SelectionSetNode | undefined, walk: Walk): boolean {
  let needsGet = false;
  for (const field of collectFields(selectionSet, walk)) {
    switch (field.name.value) {
      case '__typename':
      case 'clientToken':
        break;
      case 'accountAssociation':
        needsGet ||= accountAssociationNeedsGet(field.selectionSet, walk, CREATE_RESPONSE_FIELDS);
        break;
      default:
        throw new Error(
          `no upstream-call model for CreateAccountAssociationPayload.${field.name.value}`,
        );
    }
  }
  return needsGet;
}

function requireString(args: Record<string, unknown>, name: string, field: string): string {
  const value = args[name];
  if (typeof value !== 'string') {
    throw new Error(`${field}(${name}:) must be a string, received ${JSON.stringify(value)}`);
  }
  return value;
}

function optionalString(
  args: Record<string, unknown>,
  name: string,
  field: string,
): string | undefined {
  return args[name] === undefined || args[name] === null
    ? undefined
    : requireString(args, name, field);
}

function tagMap(value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new Error('tags must be a list of { key, value }');
  const tags: Record<string, string> = {};
  for (const tag of value as unknown[]) {
    const { key, value: tagValue } = (tag ?? {}) as { key?: unknown; value?: unknown };
    if (typeof key !== 'string' || typeof tagValue !== 'string') {
      throw new Error(`each tag needs string key and value, received ${JSON.stringify(tag)}`);
    }
    tags[key] = tagValue;
  }
  return tags;
}
