/**
 * Regenerates the trimmed Smithy models in this folder from AWS's published models.
 *
 *   npx tsx src/emulator/models/trim.ts <dir containing AWS's model JSON files>
 *
 * For each service it keeps the service shape (operations flattened out of resources), the
 * emulated operations and every shape they reach, and drops documentation, examples and other
 * traits the emulator does not read. Everything else is copied unchanged, so constraints, HTTP
 * bindings and error codes stay exactly AWS's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Shape {
  type: string;
  traits?: Record<string, unknown>;
  [key: string]: unknown;
}
interface Model {
  smithy: string;
  shapes: Record<string, Shape>;
}

/**
 * Shapes and members AWS added to a model after the revision in `source`, copied from AWS's current
 * model and merged in where the source lacks them, so regenerating from the older file keeps them.
 */
interface NewerRevision {
  /** Whole shapes by id, as AWS's current model has them. */
  readonly shapes: Readonly<Record<string, Shape>>;
  /** Members added to existing structures: structure id → member name → member. */
  readonly members: Readonly<Record<string, Readonly<Record<string, Member>>>>;
}

interface Member {
  target: string;
  traits?: Record<string, unknown>;
}

const IOT = 'com.amazonaws.iotmanagedintegrations';

/**
 * IoT managed integrations' General Authorization (AWS SDK for JavaScript 3.985.0 and later):
 * CreateAccountAssociation takes, and GetAccountAssociation returns, the name of the connector
 * destination's authorization material to use instead of OAuth.
 */
const IOT_GENERAL_AUTHORIZATION: NewerRevision = {
  shapes: {
    [`${IOT}#AuthMaterialName`]: {
      type: 'string',
      traits: {
        'smithy.api#length': { min: 1, max: 100 },
        'smithy.api#pattern': '^[a-zA-Z0-9=_+/-]+$',
      },
    },
    [`${IOT}#GeneralAuthorizationName`]: {
      type: 'structure',
      members: {
        AuthMaterialName: {
          target: `${IOT}#AuthMaterialName`,
          traits: { 'smithy.api#documentation': '<p>The name of the authorization material.</p>' },
        },
      },
      traits: {
        'smithy.api#documentation':
          '<p>The General Authorization reference by authorization material name.</p>',
      },
    },
  },
  members: Object.fromEntries(
    ['CreateAccountAssociationRequest', 'GetAccountAssociationResponse'].map((structure) => [
      `${IOT}#${structure}`,
      {
        GeneralAuthorization: {
          target: `${IOT}#GeneralAuthorizationName`,
          traits: {
            'smithy.api#documentation':
              '<p>The General Authorization reference by authorization material name.</p>',
          },
        },
      },
    ]),
  ),
};

const TRIMS: ReadonlyArray<{
  source: string;
  target: string;
  operations: readonly string[];
  newer?: NewerRevision;
}> = [
  {
    source: 'iot-managed-integrations.account-associations.json',
    target: 'iot-managed-integrations.json',
    newer: IOT_GENERAL_AUTHORIZATION,
    operations: [
      'CreateAccountAssociation',
      'GetAccountAssociation',
      'ListAccountAssociations',
      'UpdateAccountAssociation',
      'DeleteAccountAssociation',
      'StartAccountAssociationRefresh',
      'CreateConnectorDestination',
      'GetConnectorDestination',
      'ListConnectorDestinations',
    ],
  },
  {
    source: 'sso-admin-2020-07-20.json',
    target: 'sso-admin.json',
    operations: [
      'ListInstances',
      'ListPermissionSets',
      'DescribePermissionSet',
      'CreateAccountAssignment',
      'DescribeAccountAssignmentCreationStatus',
      'ListAccountAssignmentCreationStatus',
    ],
  },
  {
    source: 'proton-2020-07-20.json',
    target: 'proton.json',
    operations: [
      'CreateEnvironmentAccountConnection',
      'GetEnvironmentAccountConnection',
      'ListEnvironmentAccountConnections',
      'AcceptEnvironmentAccountConnection',
      'RejectEnvironmentAccountConnection',
    ],
  },
];

/** Traits the emulator reads; everything else (docs, examples, CloudFormation, IAM) is dropped. */
const KEPT_TRAITS = new Set([
  'aws.api#service',
  'aws.auth#sigv4',
  'aws.protocols#awsJson1_0',
  'aws.protocols#awsJson1_1',
  'aws.protocols#restJson1',
  'smithy.api#http',
  'smithy.api#httpLabel',
  'smithy.api#httpQuery',
  'smithy.api#httpHeader',
  'smithy.api#httpPayload',
  'smithy.api#httpError',
  'smithy.api#error',
  'smithy.api#retryable',
  'smithy.api#required',
  'smithy.api#length',
  'smithy.api#pattern',
  'smithy.api#range',
  'smithy.api#enum',
  'smithy.api#enumValue',
  'smithy.api#idempotencyToken',
  'smithy.api#paginated',
  'smithy.api#timestampFormat',
  'smithy.api#jsonName',
  'smithy.api#sensitive',
  'smithy.api#input',
  'smithy.api#output',
]);

function keepTraits(traits: Record<string, unknown> | undefined): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(traits ?? {})) {
    if (KEPT_TRAITS.has(name)) kept[name] = value;
  }
  return kept;
}

function targetsOf(shape: Shape): string[] {
  const targets: string[] = [];
  for (const key of ['input', 'output', 'member', 'key', 'value'] as const) {
    const ref = shape[key] as { target: string } | undefined;
    if (ref) targets.push(ref.target);
  }
  for (const error of (shape.errors as Array<{ target: string }> | undefined) ?? []) {
    targets.push(error.target);
  }
  for (const member of Object.values((shape.members as Record<string, Shape> | undefined) ?? {})) {
    targets.push((member as unknown as { target: string }).target);
  }
  return targets;
}

function trim(model: Model, operations: readonly string[]): Model {
  const serviceEntry = Object.entries(model.shapes).find(([, s]) => s.type === 'service');
  if (!serviceEntry) throw new Error('model has no service shape');
  const [serviceId, service] = serviceEntry;
  const namespace = serviceId.split('#')[0];
  const out: Record<string, Shape> = {};

  const visit = (id: string): void => {
    if (out[id] || id.startsWith('smithy.api#')) return;
    const shape = model.shapes[id];
    if (!shape) throw new Error(`shape ${id} not found`);
    const copy: Shape = { ...shape, traits: keepTraits(shape.traits) };
    if (shape.members) {
      copy.members = Object.fromEntries(
        Object.entries(shape.members as Record<string, Shape>).map(([name, member]) => [
          name,
          { ...member, traits: keepTraits(member.traits) },
        ]),
      );
    }
    out[id] = copy;
    targetsOf(shape).forEach(visit);
  };

  const operationIds = operations.map((name) => `${namespace}#${name}`);
  out[serviceId] = {
    type: 'service',
    version: service.version,
    operations: operationIds.map((target) => ({ target })),
    errors: service.errors,
    traits: keepTraits(service.traits),
  };
  for (const error of (service.errors as Array<{ target: string }> | undefined) ?? []) {
    visit(error.target);
  }
  operationIds.forEach(visit);
  const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
  return { smithy: model.smithy, shapes: sorted };
}

/** `model` with the shapes and members of `newer` it lacks (what it already has is kept). */
function withNewerRevision(model: Model, newer: NewerRevision): Model {
  const shapes: Record<string, Shape> = { ...newer.shapes, ...model.shapes };
  for (const [id, members] of Object.entries(newer.members)) {
    const shape = shapes[id];
    if (!shape) throw new Error(`shape ${id} not found`);
    // Added members go last, as AWS appends them.
    const own = (shape.members ?? {}) as Record<string, Member>;
    shapes[id] = { ...shape, members: { ...own, ...members, ...own } };
  }
  return { ...model, shapes };
}

const sourceDir = process.argv[2];
if (!sourceDir) {
  console.error('usage: tsx src/emulator/models/trim.ts <directory with AWS model JSON files>');
  process.exit(2);
}
for (const { source, target, operations, newer } of TRIMS) {
  const model = JSON.parse(readFileSync(join(sourceDir, source), 'utf8')) as Model;
  const trimmed = trim(newer ? withNewerRevision(model, newer) : model, operations);
  writeFileSync(join(__dirname, target), `${JSON.stringify(trimmed, null, 1)}\n`);
  console.log(`${target}: ${Object.keys(trimmed.shapes).length} shapes`);
}
