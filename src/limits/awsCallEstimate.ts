/**
 * An upper bound on the AWS calls an operation may cause, computed before execution from the cost
 * annotations of the schema (`@cost` / `@listSize`, the GraphQL Cost Directives specification; see
 * their descriptions in `schema/base.graphql`).
 *
 * Model: a field costs its `@cost` weight each time it is resolved, i.e. once per parent object
 * and once per alias. A list multiplies what is selected inside it by its size: the `first` it was
 * asked for (or `assumedSize`), or the length of a list argument such as `nodes(ids:)`. Fragments
 * are followed, `@skip`/`@include` honoured, and a field returning an interface costs its most
 * expensive implementation. It is an upper bound because the per-request loaders share identical
 * reads (two aliases of one Get, `tags` and `oauthAuthorizationUrl` of the same item, a Get whose
 * answer already holds the field): the estimate charges each resolution as if it were alone.
 */

import {
  Kind,
  getNamedType,
  getNullableType,
  isAbstractType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
} from 'graphql';
import type {
  ConstDirectiveNode,
  DirectiveNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

import { MAX_PAGE_SIZE } from '../graphql/connection';

/** What the schema declares about the AWS cost of one field. */
export interface FieldCost {
  /** AWS calls per resolution (`@cost(weight:)`), 0 when the field has no `@cost`. */
  readonly weight: number;
  /** `@listSize`, when declared. */
  readonly listSize?: ListSize;
}

export interface ListSize {
  readonly assumedSize: number | undefined;
  readonly slicingArguments: readonly SlicingArgument[];
  /** Child fields the size applies to; empty when the field itself is the list. */
  readonly sizedFields: readonly string[];
}

export interface SlicingArgument {
  readonly name: string;
  /** A list-typed argument sizes by its length and charges the field's weight per element. */
  readonly isList: boolean;
  /** The argument's schema default, used when the operation does not give it. */
  readonly defaultValue: unknown;
}

type Variables = Readonly<Record<string, unknown>>;

/** `Type.field` → declared cost, for the fields that declare one. */
export type DeclaredCosts = ReadonlyMap<string, FieldCost>;

// Per schema, built once: a request only reads it. Keyed weakly so a replaced schema (tests, a
// reload) is collected with its costs.
const declaredCostsBySchema = new WeakMap<GraphQLSchema, DeclaredCosts>();

/**
 * The cost annotations of `schema`, checked and cached. A malformed annotation throws, naming the
 * field: a cost that silently read as 0 would let that field's calls through every limit. Call it
 * once at start-up so a bad schema fails there rather than on the first request.
 */
export function declaredAwsCallCosts(schema: GraphQLSchema): DeclaredCosts {
  let costs = declaredCostsBySchema.get(schema);
  if (costs === undefined) {
    costs = readDeclaredCosts(schema);
    declaredCostsBySchema.set(schema, costs);
  }
  return costs;
}

/**
 * Estimated AWS calls of the operation `operationName` of `document` (the only operation when the
 * name is absent) with `variables` as the client sent them. Expects a validated document; anything
 * it cannot resolve (no such operation, unknown field or fragment) costs 0 rather than throwing.
 * The result may be `Infinity` when sizes from variables overflow. The names of the variables the
 * estimate looked at are added to `read`, when given: it depends on nothing else.
 */
export function estimateAwsCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  read?: Set<string>,
): number {
  const operation = pickOperation(document, operationName);
  if (operation === undefined) return 0;
  const root = schema.getRootType(operation.operation);
  if (root === undefined || root === null) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const walk = new EstimateWalk(
    schema,
    declaredAwsCallCosts(schema),
    fragments,
    recording(variableValues(operation, variables ?? {}), read),
  );
  return walk.selectionSet(operation.selectionSet, root, undefined);
}

/** `values`, noting in `read` the name of every variable looked up (`values` itself without one). */
function recording(values: Variables, read: Set<string> | undefined): Variables {
  if (read === undefined) return values;
  return new Proxy(values, {
    get(target, name, receiver) {
      if (typeof name === 'string') read.add(name);
      return Reflect.get(target, name, receiver) as unknown;
    },
    has(target, name) {
      if (typeof name === 'string') read.add(name);
      return Reflect.has(target, name);
    },
  });
}

/** The largest list any field accepts (`first`, `nodes(ids:)`). */
const MAX_LIST_SIZE = MAX_PAGE_SIZE;

/** The size a connection's `sizedFields` get from the connection field's slicing argument. */
interface Sizing {
  readonly size: number;
  readonly fields: readonly string[];
  /** Part of the memo key: the same selection set costs differently under another size. */
  readonly key: string;
}

/**
 * One estimate. Costs are memoised per (selection set, runtime type, sizing): the cost of a
 * selection set is per parent object and does not depend on how many parents there are, so a
 * fragment spread many times, or nested fragments that spread each other repeatedly, are walked
 * once each instead of once per expansion (which could be exponential in the document's size).
 */
class EstimateWalk {
  private readonly memo = new Map<SelectionSetNode, Map<string, number>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly costs: DeclaredCosts,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Variables,
  ) {}

  /** Cost of `set` resolved once on an object of type `type`. */
  selectionSet(set: SelectionSetNode, type: GraphQLObjectType, sizing: Sizing | undefined): number {
    const key = sizing === undefined ? type.name : `${type.name}|${sizing.key}`;
    let byKey = this.memo.get(set);
    if (byKey === undefined) {
      byKey = new Map();
      this.memo.set(set, byKey);
    }
    const known = byKey.get(key);
    if (known !== undefined) return known;
    // Marks the set in progress: a fragment cycle (invalid, but the walk must not hang) reads 0.
    byKey.set(key, 0);

    let total = 0;
    for (const selection of set.selections) {
      if (!this.isIncluded(selection.directives)) continue;
      switch (selection.kind) {
        case Kind.FIELD:
          total += this.field(selection, type, sizing);
          break;
        case Kind.INLINE_FRAGMENT:
          if (this.applies(selection.typeCondition?.name.value, type)) {
            total += this.selectionSet(selection.selectionSet, type, sizing);
          }
          break;
        case Kind.FRAGMENT_SPREAD: {
          const fragment = this.fragments.get(selection.name.value);
          if (fragment !== undefined && this.applies(fragment.typeCondition.name.value, type)) {
            total += this.selectionSet(fragment.selectionSet, type, sizing);
          }
          break;
        }
      }
    }
    byKey.set(key, total);
    return total;
  }

  private field(node: FieldNode, parent: GraphQLObjectType, sizing: Sizing | undefined): number {
    const name = node.name.value;
    // `__typename`, `__schema`, `__type`: answered from the schema, never from AWS.
    if (name.startsWith('__')) return 0;
    const definition = parent.getFields()[name];
    if (definition === undefined) return 0;
    const declared = this.costs.get(`${parent.name}.${name}`);

    let weight = declared?.weight ?? 0;
    // A sized field of a connection holds `size` items, each resolving the children once.
    let childMultiplier = sizing !== undefined && sizing.fields.includes(name) ? sizing.size : 1;
    let childSizing: Sizing | undefined;
    const listSize = declared?.listSize;
    if (listSize !== undefined) {
      const { size, perElement } = this.listSize(node, listSize);
      if (perElement) weight = multiply(weight, size);
      if (listSize.sizedFields.length > 0) {
        childSizing = {
          size,
          fields: listSize.sizedFields,
          key: `${size}|${listSize.sizedFields.join(',')}`,
        };
      } else {
        childMultiplier = multiply(childMultiplier, size);
      }
    }
    if (node.selectionSet === undefined) return weight;
    const children = this.maxOverRuntimeTypes(
      node.selectionSet,
      getNamedType(definition.type),
      childSizing,
    );
    return weight + multiply(childMultiplier, children);
  }

  /** A field of an interface or union type returns one of its implementations: the dearest counts. */
  private maxOverRuntimeTypes(
    set: SelectionSetNode,
    type: GraphQLNamedType,
    sizing: Sizing | undefined,
  ): number {
    if (isObjectType(type)) return this.selectionSet(set, type, sizing);
    if (!isAbstractType(type)) return 0;
    let max = 0;
    for (const runtime of this.schema.getPossibleTypes(type)) {
      max = Math.max(max, this.selectionSet(set, runtime, sizing));
    }
    return max;
  }

  /** The size of a `@listSize` field, and whether its weight is charged per element. */
  private listSize(node: FieldNode, listSize: ListSize): { size: number; perElement: boolean } {
    let size: number | undefined;
    let perElement = false;
    for (const argument of listSize.slicingArguments) {
      const given = node.arguments?.find((arg) => arg.name.value === argument.name);
      const value =
        given !== undefined
          ? this.argumentSize(given.value, argument.isList)
          : sizeOfValue(argument.defaultValue, argument.isList);
      if (value === undefined) continue;
      size = size === undefined ? value : Math.max(size, value);
      perElement ||= argument.isList;
    }
    // Lists never run larger than the resolvers accept (`first` and `nodes(ids:)` at most 100):
    // a larger value is refused by the resolver naming the argument, so it counts as the maximum
    // here and the caller gets that clear `BAD_USER_INPUT` rather than a cost refusal.
    return { size: Math.min(size ?? listSize.assumedSize ?? 0, MAX_LIST_SIZE), perElement };
  }

  private argumentSize(value: ValueNode, isList: boolean): number | undefined {
    if (value.kind === Kind.VARIABLE) {
      return sizeOfValue(this.variables[value.name.value], isList);
    }
    // A literal list has one entry per element, whatever each holds (a literal or a variable).
    if (value.kind === Kind.LIST) return isList ? value.values.length : undefined;
    return sizeOfValue(valueFromASTUntyped(value, this.variables), isList);
  }

  /**
   * `@skip`/`@include` as execution applies them. A condition whose variable is missing keeps the
   * selection: counting it can only raise the bound (execution would refuse the request anyway).
   */
  private isIncluded(directives: readonly DirectiveNode[] | undefined): boolean {
    if (directives === undefined) return true;
    for (const directive of directives) {
      const name = directive.name.value;
      if (name !== 'skip' && name !== 'include') continue;
      const condition = directive.arguments?.find((arg) => arg.name.value === 'if')?.value;
      if (condition === undefined) continue;
      const value =
        condition.kind === Kind.VARIABLE
          ? this.variables[condition.name.value]
          : condition.kind === Kind.BOOLEAN
            ? condition.value
            : undefined;
      if (name === 'skip' && value === true) return false;
      if (name === 'include' && value === false) return false;
    }
    return true;
  }

  /** Whether a fragment with this type condition applies to an object of type `runtime`. */
  private applies(condition: string | undefined, runtime: GraphQLObjectType): boolean {
    if (condition === undefined || condition === runtime.name) return true;
    const type = this.schema.getType(condition);
    return type !== undefined && isAbstractType(type) && this.schema.isSubType(type, runtime);
  }
}

/**
 * The size a slicing argument's value gives: a list's length (a single value is coerced to a
 * one-element list), or a number of items rounded up. `null`/absent/not a number: not given.
 */
function sizeOfValue(value: unknown, isList: boolean): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (isList) return Array.isArray(value) ? value.length : 1;
  if (typeof value !== 'number' || Number.isNaN(value)) return undefined;
  return value > 0 ? Math.ceil(value) : 0;
}

/** `0 × Infinity` is 0 here, not NaN: a field selecting nothing costly costs nothing at any size. */
function multiply(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : a * b;
}

function pickOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  let found: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName !== null && operationName !== undefined) {
      if (definition.name?.value === operationName) return definition;
    } else {
      // Without a name, the document must hold exactly one operation (as execution requires).
      if (found !== undefined) return undefined;
      found = definition;
    }
  }
  return found;
}

/** The request's variables, with the operation's default values for those it does not give. */
function variableValues(
  operation: OperationDefinitionNode,
  given: Record<string, unknown>,
): Variables {
  let values: Record<string, unknown> | undefined;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.defaultValue === undefined || Object.hasOwn(given, name)) continue;
    values ??= { ...given };
    values[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return values ?? given;
}

function readDeclaredCosts(schema: GraphQLSchema): DeclaredCosts {
  const costs = new Map<string, FieldCost>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const cost = readFieldCost(field, `${type.name}.${field.name}`);
      if (cost !== undefined) costs.set(`${type.name}.${field.name}`, cost);
    }
  }
  // The estimate looks fields up on the object an interface field resolves on: an implementation
  // that declares nothing itself inherits its interface's declaration.
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const name of Object.keys(type.getFields())) {
      if (costs.has(`${type.name}.${name}`)) continue;
      const inherited = type
        .getInterfaces()
        .map((iface) => costs.get(`${iface.name}.${name}`))
        .find((cost) => cost !== undefined);
      if (inherited !== undefined) costs.set(`${type.name}.${name}`, inherited);
    }
  }
  return costs;
}

function readFieldCost(
  field: GraphQLField<unknown, unknown>,
  coordinate: string,
): FieldCost | undefined {
  const directives = field.astNode?.directives ?? [];
  const cost = directives.find((directive) => directive.name.value === 'cost');
  const listSizeDirective = directives.find((directive) => directive.name.value === 'listSize');
  if (cost === undefined && listSizeDirective === undefined) return undefined;

  let weight = 0;
  if (cost !== undefined) {
    const raw = directiveArguments(cost).weight;
    weight = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    if (!Number.isFinite(weight) || weight < 0) {
      throw new Error(
        `${coordinate}: @cost(weight:) must be a non-negative number, got ${JSON.stringify(raw)}`,
      );
    }
  }
  if (listSizeDirective === undefined) return { weight };
  return { weight, listSize: readListSize(field, listSizeDirective, coordinate) };
}

function readListSize(
  field: GraphQLField<unknown, unknown>,
  directive: ConstDirectiveNode,
  coordinate: string,
): ListSize {
  const args = directiveArguments(directive);
  const assumedSize = args.assumedSize ?? undefined;
  if (assumedSize !== undefined && !(typeof assumedSize === 'number' && assumedSize >= 0)) {
    throw new Error(`${coordinate}: @listSize(assumedSize:) must be a non-negative integer`);
  }
  const slicingArguments = stringList(args.slicingArguments).map((name): SlicingArgument => {
    const argument = field.args.find((arg) => arg.name === name);
    if (argument === undefined) {
      throw new Error(`${coordinate}: @listSize slicing argument "${name}" is not an argument`);
    }
    return {
      name,
      isList: isListType(getNullableType(argument.type)),
      defaultValue: argument.defaultValue,
    };
  });
  const sizedFields = stringList(args.sizedFields);
  const returned = getNamedType(field.type);
  for (const name of sizedFields) {
    const sized =
      isObjectType(returned) || isInterfaceType(returned) ? returned.getFields()[name] : undefined;
    if (sized === undefined || !isListType(getNullableType(sized.type))) {
      throw new Error(`${coordinate}: @listSize sized field "${name}" is not a list field`);
    }
  }
  if (sizedFields.length === 0 && !isListType(getNullableType(field.type))) {
    throw new Error(`${coordinate}: @listSize without sizedFields on a field that is not a list`);
  }
  if (assumedSize === undefined && slicingArguments.length === 0) {
    throw new Error(`${coordinate}: @listSize needs assumedSize or slicingArguments`);
  }
  return { assumedSize, slicingArguments, sizedFields };
}

function directiveArguments(directive: ConstDirectiveNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const argument of directive.arguments ?? []) {
    values[argument.name.value] = valueFromASTUntyped(argument.value);
  }
  return values;
}

function stringList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.filter((item): item is string => typeof item === 'string');
}
