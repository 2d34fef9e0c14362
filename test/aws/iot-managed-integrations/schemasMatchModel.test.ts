// The client's static schemas (schemas/schemas.ts) are transcribed by hand from AWS's model. This
// test reads the trimmed Smithy model the emulator serves and compares, operation by operation, what
// decides the wire: HTTP method, URI and status code; member names, required members, HTTP binding
// traits, member kinds and sensitivity of every structure reachable from the operations; and the
// modeled errors' names, faults, status codes and members. Each check collects every difference, so
// a failure lists all of them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { translateTraits } from '@smithy/core/schema';

import * as client from '../../../src/aws/iot-managed-integrations';
import type * as models from '../../../src/aws/iot-managed-integrations/models/models';
import * as schemas from '../../../src/aws/iot-managed-integrations/schemas/schemas';
import type { structures } from '../../../src/generated/aws/iot-managed-integrations';

interface ModelRef {
  target: string;
  traits?: Record<string, unknown>;
}
interface ModelShape {
  type: string;
  traits?: Record<string, unknown>;
  members?: Record<string, ModelRef>;
  member?: ModelRef;
  key?: ModelRef;
  value?: ModelRef;
  input?: ModelRef;
  output?: ModelRef;
  errors?: ModelRef[];
  operations?: ModelRef[];
}

const NS = 'com.amazonaws.iotmanagedintegrations';
const model = JSON.parse(
  readFileSync(
    resolve(__dirname, '../../../src/emulator/models/iot-managed-integrations.json'),
    'utf8',
  ),
) as { shapes: Record<string, ModelShape> };
const shapes = model.shapes;
const localName = (id: string): string => id.slice(id.indexOf('#') + 1);
const service = Object.values(shapes).find((shape) => shape.type === 'service')!;
const modelOperations = service.operations!.map((ref) => localName(ref.target)).sort();

// Errors the client knows that the trimmed model leaves out: AWS's model declares them on the
// tagging operations (ListTagsForResource, TagResource, UntagResource), which are not emulated.
// Their fault and status code are AWS's (iot-managed-integrations model, API 2025-03-03).
const ERRORS_OUTSIDE_TRIMMED_MODEL: Record<string, { error: string; httpError: number }> = {
  InvalidRequestException: { error: 'client', httpError: 400 },
  UnauthorizedException: { error: 'client', httpError: 401 },
};

// ---- Reading the client's schemas -------------------------------------------------------------

type Traits = Record<string, unknown>;

/** A member reference is a schema, a function returning one, or `[reference, member traits]`. */
function unwrapMember(ref: unknown): { schema: unknown; traits: Traits } {
  let traits: Traits = {};
  if (Array.isArray(ref) && ref.length === 2) {
    traits = { ...translateTraits(ref[1] as never) };
    ref = ref[0];
  }
  return { schema: typeof ref === 'function' ? (ref as () => unknown)() : ref, traits };
}

function sentinelKind(sentinel: number): string {
  if (sentinel & 0b0100_0000) return 'list';
  if (sentinel & 0b1000_0000) return 'map';
  if (sentinel >= 4 && sentinel <= 7) return 'timestamp';
  const kinds: Record<number, string> = {
    0: 'string',
    1: 'number',
    2: 'boolean',
    15: 'document',
    17: 'number',
    19: 'number',
    21: 'blob',
    42: 'blob',
  };
  return kinds[sentinel] ?? `sentinel ${sentinel}`;
}

interface Described {
  kind: string;
  /** Shape name, for named schemas. */
  name?: string;
  sensitive: boolean;
  schema: unknown;
}

function describeClient(schema: unknown, memberTraits: Traits = {}): Described {
  const memberSensitive = Boolean(memberTraits.sensitive);
  if (typeof schema === 'number') {
    return { kind: sentinelKind(schema), sensitive: memberSensitive, schema };
  }
  if (schema === 'unit') return { kind: 'unit', sensitive: false, schema };
  if (!Array.isArray(schema))
    return { kind: `unreadable ${String(schema)}`, sensitive: false, schema };
  const [tag, , name, traits] = schema as [number, string, string, number | Traits];
  const sensitive = memberSensitive || Boolean(translateTraits(traits as never).sensitive);
  const kinds: Record<number, string> = { 1: 'list', 2: 'map', 3: 'structure', [-3]: 'error' };
  if (tag === 0) {
    const inner = describeClient(schema[4] as unknown);
    return { kind: inner.kind, name, sensitive, schema };
  }
  return { kind: kinds[tag] ?? `schema ${tag}`, name, sensitive, schema };
}

// ---- Reading the model ------------------------------------------------------------------------

const PRELUDE_KINDS: Record<string, string> = {
  String: 'string',
  Boolean: 'boolean',
  PrimitiveBoolean: 'boolean',
  Integer: 'number',
  PrimitiveInteger: 'number',
  Long: 'number',
  PrimitiveLong: 'number',
  Float: 'number',
  Double: 'number',
  Timestamp: 'timestamp',
  Blob: 'blob',
  Document: 'document',
  Unit: 'unit',
};
const MODEL_KINDS: Record<string, string> = {
  string: 'string',
  enum: 'string',
  boolean: 'boolean',
  byte: 'number',
  short: 'number',
  integer: 'number',
  intEnum: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  bigInteger: 'number',
  bigDecimal: 'number',
  timestamp: 'timestamp',
  blob: 'blob',
  document: 'document',
  list: 'list',
  map: 'map',
  structure: 'structure',
};

function describeModel(target: string, memberTraits: Traits = {}): Described {
  const memberSensitive = 'smithy.api#sensitive' in memberTraits;
  if (target.startsWith('smithy.api#')) {
    const kind = PRELUDE_KINDS[localName(target)] ?? `prelude ${target}`;
    return { kind, sensitive: memberSensitive, schema: target };
  }
  const shape = shapes[target];
  const isError = shape.type === 'structure' && 'smithy.api#error' in (shape.traits ?? {});
  return {
    kind: isError ? 'error' : (MODEL_KINDS[shape.type] ?? shape.type),
    name: localName(target),
    sensitive: memberSensitive || 'smithy.api#sensitive' in (shape.traits ?? {}),
    schema: target,
  };
}

/** The client-side spelling of a model member's HTTP binding and serialization traits. */
function bindingTraits(traits: Traits = {}): Traits {
  const out: Traits = {};
  const flags: Record<string, string> = {
    'smithy.api#httpLabel': 'httpLabel',
    'smithy.api#httpPayload': 'httpPayload',
    'smithy.api#httpResponseCode': 'httpResponseCode',
    'smithy.api#httpQueryParams': 'httpQueryParams',
    'smithy.api#idempotencyToken': 'idempotencyToken',
  };
  for (const [trait, name] of Object.entries(flags)) if (trait in traits) out[name] = 1;
  const named: Record<string, string> = {
    'smithy.api#httpQuery': 'httpQuery',
    'smithy.api#httpHeader': 'httpHeader',
    'smithy.api#httpPrefixHeaders': 'httpPrefixHeaders',
    'smithy.api#jsonName': 'jsonName',
  };
  for (const [trait, name] of Object.entries(named)) if (trait in traits) out[name] = traits[trait];
  return out;
}

// ---- Comparing --------------------------------------------------------------------------------

const sorted = (items: Iterable<string>): string[] => [...items].sort();

class Comparison {
  readonly differences: string[] = [];
  /** Model structures (and errors) compared so far, by shape name. */
  readonly visited = new Set<string>();

  differ(where: string, what: string, clientValue: unknown, modelValue: unknown): void {
    if (JSON.stringify(clientValue) !== JSON.stringify(modelValue)) {
      this.differences.push(
        `${where} ${what}: client ${JSON.stringify(clientValue)}, model ${JSON.stringify(modelValue)}`,
      );
    }
  }

  /** Compares a client schema with the model shape it stands for, descending into named shapes. */
  value(
    where: string,
    clientSchema: unknown,
    clientTraits: Traits,
    target: string,
    traits?: Traits,
  ): void {
    const ours = describeClient(clientSchema, clientTraits);
    const theirs = describeModel(target, traits);
    this.differ(where, 'kind', ours.kind, theirs.kind);
    this.differ(where, 'sensitive', ours.sensitive, theirs.sensitive);
    if (ours.kind !== theirs.kind) return;
    const shape = shapes[target];
    const schema = ours.schema as unknown[];
    switch (theirs.kind) {
      case 'structure':
      case 'error':
        this.differ(where, 'shape name', ours.name, theirs.name);
        this.structure(schema, target);
        break;
      case 'list':
        if (ours.name !== undefined) this.differ(where, 'shape name', ours.name, theirs.name);
        if (Array.isArray(schema)) {
          const member = unwrapMember(schema[4]);
          this.value(`${where}[]`, member.schema, member.traits, shape.member!.target);
        }
        break;
      case 'map':
        if (ours.name !== undefined) this.differ(where, 'shape name', ours.name, theirs.name);
        if (Array.isArray(schema)) {
          const key = unwrapMember(schema[4]);
          const value = unwrapMember(schema[5]);
          this.value(`${where}{key}`, key.schema, key.traits, shape.key!.target);
          this.value(`${where}{value}`, value.schema, value.traits, shape.value!.target);
        }
        break;
      default:
        // A named simple schema (e.g. a sensitive string) must name the model's shape.
        if (ours.name !== undefined && Array.isArray(schema)) {
          this.differ(where, 'shape name', ours.name, theirs.name);
        }
    }
  }

  /** Members, required members (the leading count) and member traits of one structure. */
  structure(schema: unknown[], target: string): void {
    const name = localName(target);
    if (this.visited.has(name)) return;
    this.visited.add(name);
    const shape = shapes[target];
    const [, namespace, , , memberNames, memberRefs, requiredCount] = schema as [
      number,
      string,
      string,
      unknown,
      string[],
      unknown[],
      number | undefined,
    ];
    this.differ(name, 'namespace', namespace, NS);
    const modelMembers = Object.entries(shape.members ?? {});
    this.differ(name, 'members', sorted(memberNames), sorted(modelMembers.map(([m]) => m)));
    this.differ(
      name,
      'required members',
      sorted(memberNames.slice(0, requiredCount ?? 0)),
      sorted(
        modelMembers
          .filter(([, ref]) => 'smithy.api#required' in (ref.traits ?? {}))
          .map(([m]) => m),
      ),
    );
    for (const [memberName, ref] of modelMembers) {
      const index = memberNames.indexOf(memberName);
      if (index < 0) continue;
      const member = unwrapMember(memberRefs[index]);
      // Sensitivity is compared with the member's shape below; the rest are binding traits.
      const binding = Object.fromEntries(
        Object.entries(member.traits).filter(([trait]) => trait !== 'sensitive'),
      );
      this.differ(`${name}.${memberName}`, 'traits', binding, bindingTraits(ref.traits));
      this.value(`${name}.${memberName}`, member.schema, member.traits, ref.target, ref.traits);
    }
  }
}

// ---- The client's operations ------------------------------------------------------------------

type CommandClass = new (input: object) => { schema?: unknown };
const commands = Object.entries(client as Record<string, unknown>)
  .filter(([name, value]) => name.endsWith('Command') && typeof value === 'function')
  .map(([name, value]) => ({ name, schema: new (value as CommandClass)({}).schema as unknown[] }));

const errorSchemas = Object.entries(schemas as Record<string, unknown>)
  .filter(([, value]) => Array.isArray(value) && value[0] === -3 && value[1] === NS)
  .map(([, value]) => value as unknown[]);
const modelErrors = Object.entries(shapes)
  .filter(([, shape]) => 'smithy.api#error' in (shape.traits ?? {}))
  .map(([id]) => localName(id));

describe('IoT managed integrations client schemas against the AWS model', () => {
  test('the client ships exactly the modeled operations, each command with its own schema', () => {
    expect(sorted(commands.map((command) => command.name))).toEqual(
      modelOperations.map((operation) => `${operation}Command`),
    );
    for (const command of commands) {
      expect(command.schema[0]).toBe(9);
      expect(`${String(command.schema[2])}Command`).toBe(command.name);
    }
  });

  describe.each(modelOperations)('%s', (operation) => {
    const shape = shapes[`${NS}#${operation}`];
    const schema = commands.find((command) => command.name === `${operation}Command`)!.schema;

    test('HTTP method, URI and success code', () => {
      const http = shape.traits!['smithy.api#http'] as {
        method: string;
        uri: string;
        code?: number;
      };
      const traits = schema[3] as { http: [string, string, number] };
      expect(traits.http).toEqual([http.method, http.uri, http.code ?? 200]);
    });

    test('input and output structures, nested shapes included', () => {
      const comparison = new Comparison();
      for (const [index, ref] of [
        [4, shape.input],
        [5, shape.output],
      ] as const) {
        const target = ref?.target ?? 'smithy.api#Unit';
        const clientSchema = (schema[index] as () => unknown)();
        comparison.value(index === 4 ? 'input' : 'output', clientSchema, {}, target);
      }
      expect(comparison.differences).toEqual([]);
    });

    test('every error the operation declares is modeled by the client', () => {
      const declared = shape.errors!.map((ref) => localName(ref.target));
      const known = errorSchemas.map((error) => error[2]);
      expect(declared.filter((name) => !known.includes(name))).toEqual([]);
    });
  });

  test('every structure in the model was compared', () => {
    const comparison = new Comparison();
    for (const { schema } of commands) {
      const operation = shapes[`${NS}#${String(schema[2])}`];
      comparison.value('input', (schema[4] as () => unknown)(), {}, operation.input!.target);
      comparison.value('output', (schema[5] as () => unknown)(), {}, operation.output!.target);
    }
    const structuresInModel = Object.entries(shapes)
      .filter(
        ([, shape]) => shape.type === 'structure' && !('smithy.api#error' in (shape.traits ?? {})),
      )
      .map(([id]) => localName(id));
    expect(sorted(comparison.visited)).toEqual(sorted(structuresInModel));
  });

  describe('errors', () => {
    test('the client has a schema for every modeled error, and only documented extras', () => {
      const known = errorSchemas.map((error) => String(error[2]));
      expect(modelErrors.filter((name) => !known.includes(name))).toEqual([]);
      expect(sorted(known.filter((name) => !modelErrors.includes(name)))).toEqual(
        sorted(Object.keys(ERRORS_OUTSIDE_TRIMMED_MODEL)),
      );
    });

    test.each(modelErrors)('%s: fault, HTTP status and members', (name) => {
      const schema = errorSchemas.find((error) => error[2] === name)!;
      const traits = shapes[`${NS}#${name}`].traits!;
      expect(schema[3]).toEqual({
        error: traits['smithy.api#error'],
        httpError: traits['smithy.api#httpError'],
        ...('smithy.api#retryable' in traits ? { retryable: 1 } : {}),
      });
      const comparison = new Comparison();
      comparison.value(name, schema, {}, `${NS}#${name}`);
      expect(comparison.differences).toEqual([]);
    });

    test.each(Object.entries(ERRORS_OUTSIDE_TRIMMED_MODEL))(
      '%s (outside the trimmed model): fault and HTTP status as AWS models them',
      (name, expected) => {
        const schema = errorSchemas.find((error) => error[2] === name)!;
        expect(schema[3]).toEqual(expected);
        expect(schema[4]).toEqual(['Message']);
      },
    );

    test.each(errorSchemas.map((schema) => [String(schema[2]), schema] as const))(
      '%s is registered with an exception class of the same name and fault',
      (name, schema) => {
        const registry = schemas.errorTypeRegistries.find(
          (candidate) => candidate.namespace === NS,
        )!;
        const ErrorClass = registry.getErrorCtor(schema as never) as new (
          options: object,
        ) => Error & {
          $fault: string;
        };
        const error = new ErrorClass({ message: 'm', $metadata: {} });
        expect(error).toBeInstanceOf(client.IoTManagedIntegrationsServiceException);
        expect(error.name).toBe(name);
        expect(error.$fault).toBe((schema[3] as { error: string }).error);
        expect(ErrorClass).toBe((client as Record<string, unknown>)[name]);
      },
    );
  });

  test('enum objects hold the model’s values', () => {
    for (const name of ['AssociationState', 'AuthType', 'TokenEndpointAuthenticationScheme']) {
      const shape = shapes[`${NS}#${name}`];
      const values = Object.values(shape.members!).map(
        (member) => member.traits!['smithy.api#enumValue'] as string,
      );
      expect(
        sorted(Object.values((client as unknown as Record<string, Record<string, string>>)[name])),
      ).toEqual(sorted(values));
    }
  });

  test('the input and output interfaces have the model’s members (checked by npm run typecheck)', () => {
    // Each entry is `true` only if the interface in models/models.ts has exactly the generated
    // table's members, with the required ones non-optional; a drift makes this file fail to compile.
    const checks: Record<string, true> = {
      AccountAssociationItem: matches<models.AccountAssociationItem, 'AccountAssociationItem'>(),
      CreateAccountAssociationRequest: matches<
        models.CreateAccountAssociationRequest,
        'CreateAccountAssociationRequest'
      >(),
      CreateAccountAssociationResponse: matches<
        models.CreateAccountAssociationResponse,
        'CreateAccountAssociationResponse'
      >(),
      GetAccountAssociationRequest: matches<
        models.GetAccountAssociationRequest,
        'GetAccountAssociationRequest'
      >(),
      GetAccountAssociationResponse: matches<
        models.GetAccountAssociationResponse,
        'GetAccountAssociationResponse'
      >(),
      ListAccountAssociationsRequest: matches<
        models.ListAccountAssociationsRequest,
        'ListAccountAssociationsRequest'
      >(),
      ListAccountAssociationsResponse: matches<
        models.ListAccountAssociationsResponse,
        'ListAccountAssociationsResponse'
      >(),
      UpdateAccountAssociationRequest: matches<
        models.UpdateAccountAssociationRequest,
        'UpdateAccountAssociationRequest'
      >(),
      DeleteAccountAssociationRequest: matches<
        models.DeleteAccountAssociationRequest,
        'DeleteAccountAssociationRequest'
      >(),
      StartAccountAssociationRefreshRequest: matches<
        models.StartAccountAssociationRefreshRequest,
        'StartAccountAssociationRefreshRequest'
      >(),
      StartAccountAssociationRefreshResponse: matches<
        models.StartAccountAssociationRefreshResponse,
        'StartAccountAssociationRefreshResponse'
      >(),
      ProactiveRefreshTokenRenewal: matches<
        models.ProactiveRefreshTokenRenewal,
        'ProactiveRefreshTokenRenewal'
      >(),
      OAuthConfig: matches<models.OAuthConfig, 'OAuthConfig'>(),
      AuthConfig: matches<models.AuthConfig, 'AuthConfig'>(),
      SecretsManager: matches<models.SecretsManager, 'SecretsManager'>(),
      GeneralAuthorizationName: matches<
        models.GeneralAuthorizationName,
        'GeneralAuthorizationName'
      >(),
      ConnectorDestinationSummary: matches<
        models.ConnectorDestinationSummary,
        'ConnectorDestinationSummary'
      >(),
      CreateConnectorDestinationRequest: matches<
        models.CreateConnectorDestinationRequest,
        'CreateConnectorDestinationRequest'
      >(),
      CreateConnectorDestinationResponse: matches<
        models.CreateConnectorDestinationResponse,
        'CreateConnectorDestinationResponse'
      >(),
      GetConnectorDestinationRequest: matches<
        models.GetConnectorDestinationRequest,
        'GetConnectorDestinationRequest'
      >(),
      GetConnectorDestinationResponse: matches<
        models.GetConnectorDestinationResponse,
        'GetConnectorDestinationResponse'
      >(),
      ListConnectorDestinationsRequest: matches<
        models.ListConnectorDestinationsRequest,
        'ListConnectorDestinationsRequest'
      >(),
      ListConnectorDestinationsResponse: matches<
        models.ListConnectorDestinationsResponse,
        'ListConnectorDestinationsResponse'
      >(),
    };
    // Every non-error structure in the model has an interface above.
    const structuresInModel = Object.entries(shapes)
      .filter(
        ([, shape]) => shape.type === 'structure' && !('smithy.api#error' in (shape.traits ?? {})),
      )
      .map(([id]) => localName(id));
    expect(sorted(Object.keys(checks))).toEqual(sorted(structuresInModel));
  });
});

// ---- Compile-time comparison of models/models.ts with the generated member tables ------------

type OptionalKeys<T> = {
  [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? K : never;
}[keyof T];
type RequiredKeys<T> = Exclude<keyof T, OptionalKeys<T>>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Table = typeof structures;

/** Typed `true` when `T` has the members and required members of the model's structure `S`. */
function matches<T, S extends keyof Table>(): Same<
  keyof T,
  Table[S]['members'][number]
> extends true
  ? Same<RequiredKeys<T>, Table[S]['required'][number]> extends true
    ? true
    : 'required members differ from the model'
  : 'members differ from the model' {
  return true as never;
}
