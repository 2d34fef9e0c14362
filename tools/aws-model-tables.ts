/**
 * Generates the gateway's tables of AWS facts from the trimmed Smithy models, so constraints, member
 * sets, enum values and operation shapes are read from AWS's model instead of being restated by hand.
 *
 *   npx tsx tools/aws-model-tables.ts            write src/generated/aws/<service>.ts
 *   npx tsx tools/aws-model-tables.ts --check    exit 1, naming the stale files, if any differ
 *
 * Options: --models <dir> (default src/emulator/models) and --out <dir> (default src/generated/aws).
 * `npm run codegen` runs the write mode and `npm run codegen:check` the check (CI).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
export const DEFAULT_MODELS_DIR = join(ROOT, 'src/emulator/models');
export const DEFAULT_OUT_DIR = join(ROOT, 'src/generated/aws');

/** One generated file per trimmed model; both are named after the service. */
export const SERVICES = ['iot-managed-integrations', 'sso-admin', 'proton'] as const;

interface ShapeRef {
  target: string;
  traits?: Record<string, unknown>;
}

interface Shape {
  type: string;
  traits?: Record<string, unknown>;
  members?: Record<string, ShapeRef>;
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  input?: ShapeRef;
  output?: ShapeRef;
  errors?: ShapeRef[];
  operations?: ShapeRef[];
  resources?: ShapeRef[];
  collectionOperations?: ShapeRef[];
  [lifecycle: string]: unknown;
}

interface Model {
  smithy: string;
  shapes: Record<string, Shape>;
}

interface LengthTrait {
  min?: number;
  max?: number;
}

const LENGTH = 'smithy.api#length';
const PATTERN = 'smithy.api#pattern';
const RANGE = 'smithy.api#range';
const ENUM = 'smithy.api#enum';
const ENUM_VALUE = 'smithy.api#enumValue';
const REQUIRED = 'smithy.api#required';
const PRELUDE = 'smithy.api#';

// Patterns whose meaning is not a plain character set, described by hand. Keyed by AWS's pattern
// text, so a pattern that changes in a model update loses its description instead of keeping a
// wrong one (the generator's test insists that every pattern is described).
const PATTERN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  // IoT managed integrations
  [String.raw`^arn:aws:iotmanagedintegrations:[0-9a-zA-Z-]+:[0-9]+:account-association/[0-9a-zA-Z]+$`]:
    'an account association ARN',
  [String.raw`^https?:\/\/(www\.)?[-a-zA-Z0-9@:%._\+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}([-a-zA-Z0-9()@:%_\+.~#?&\/=]*)$`]:
    'an http or https URL',
  [String.raw`^(https)://.*$`]: 'an https URL',
  [String.raw`^(http|https)://.*$`]: 'an http or https URL',
  [String.raw`^arn:aws:secretsmanager:[0-9a-zA-Z-]{1,32}:\d{12}:secret:[A-Za-z0-9/_+=.@-]{8,520}$`]:
    'a Secrets Manager secret ARN',
  // IAM Identity Center
  [String.raw`^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$`]:
    'an IAM Identity Center instance ARN',
  [String.raw`^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}$`]:
    'an IAM Identity Center permission set ARN',
  [String.raw`^\b[0-9a-f]{8}\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\b[0-9a-f]{12}\b$`]:
    'a lowercase UUID',
  [String.raw`^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$`]:
    'a UUID, optionally preceded by 10 lowercase hex digits and -',
  [String.raw`^(-?)P(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)([DW]))?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$`]:
    'an ISO 8601 duration',
  [String.raw`^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$`]:
    'printable Latin-1 characters, tabs and line breaks',
  [String.raw`^[\p{L}\p{M}\p{Z}\p{S}\p{N}\p{P}]*$`]:
    'letters, marks, spaces, symbols, digits and punctuation',
  [String.raw`^[a-zA-Z0-9&$@#\\\/%?=~\-_'"|!:,.;*+\[\]\ \(\)\{\}]+$`]:
    'letters, digits, space and URL punctuation',
  // AWS Proton
  [String.raw`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`]: 'a lowercase UUID',
  [String.raw`^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`]:
    'an ARN',
  [String.raw`^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$`]:
    'an IAM role ARN',
  [String.raw`^[!-~]*$`]: 'printable ASCII characters other than space',
  [String.raw`^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`]: 'a letter or digit, then letters, digits, _ and -',
};

/** Escapes in a character class that stand for the character itself. */
const LITERAL_ESCAPES = new Set([...'-_ /\\.+*?()[]{}|^$&=,:;!@#%~\'"']);

type ClassAtom = { char: string } | { escape: 'w' | 'd' };

/**
 * Describes the character set of a one-class pattern (`^[...]+$` or `^[...]*$`) in words, e.g.
 * `^[A-Za-z0-9-_ ]+$` → "letters, digits, -, _ and space"; undefined for anything else.
 */
function describeCharacterClass(body: string): string | undefined {
  let lower = false;
  let upper = false;
  let digits = false;
  const extras: string[] = [];
  const addExtra = (char: string): void => {
    if (!extras.includes(char)) extras.push(char);
  };

  let i = 0;
  const readAtom = (): ClassAtom | undefined => {
    const char = body[i++];
    if (char !== '\\') return { char };
    const escaped = body[i++];
    if (escaped === 'w' || escaped === 'd') return { escape: escaped };
    if (escaped === 'u' && /^[0-9A-Fa-f]{4}$/.test(body.slice(i, i + 4))) {
      const code = parseInt(body.slice(i, i + 4), 16);
      i += 4;
      return { char: String.fromCharCode(code) };
    }
    return LITERAL_ESCAPES.has(escaped) ? { char: escaped } : undefined;
  };

  while (i < body.length) {
    const atom = readAtom();
    if (!atom) return undefined;
    if ('escape' in atom) {
      if (atom.escape === 'w') {
        lower = upper = digits = true;
        addExtra('_');
      } else {
        digits = true;
      }
      continue;
    }
    // A '-' between two atoms makes a range; first, last or right after a range it is itself.
    if (body[i] === '-' && i + 1 < body.length) {
      i++;
      const end = readAtom();
      if (!end || 'escape' in end) return undefined;
      const range = `${atom.char}-${end.char}`;
      if (range === 'a-z') lower = true;
      else if (range === 'A-Z') upper = true;
      else if (range === '0-9') digits = true;
      else return undefined;
      continue;
    }
    addExtra(atom.char);
  }

  const parts: string[] = [];
  if (lower && upper) parts.push('letters');
  else if (lower) parts.push('lowercase letters');
  else if (upper) parts.push('uppercase letters');
  if (digits) parts.push('digits');
  const named = extras.map((char) => (char === ' ' ? 'space' : char));
  if (extras.length > 3) {
    // A long list of punctuation reads better as one run of characters.
    if (extras.includes(' ') || parts.length === 0) return undefined;
    return `${parts.join(', ')} and the characters ${extras.join('')}`;
  }
  parts.push(...named);
  if (parts.length === 0) return undefined;
  return parts.length === 1
    ? parts[0]
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** What a Smithy pattern allows, in words, or undefined when it has no description. */
export function describePattern(pattern: string): string | undefined {
  const described = PATTERN_DESCRIPTIONS[pattern];
  if (described) return described;
  const digits = /^\^\\d\{(\d+)\}\$$/.exec(pattern);
  if (digits) return `${digits[1]} digits`;
  // One class: escapes or anything but brackets inside, and not a negated class.
  const oneClass = /^\^\[((?:\\.|[^\\[\]])+)\][+*]\$$/.exec(pattern);
  return oneClass && !oneClass[1].startsWith('^') ? describeCharacterClass(oneClass[1]) : undefined;
}

/**
 * The flags a Smithy pattern needs as a JavaScript RegExp: Unicode property escapes (`\p{L}`) only
 * mean something in Unicode mode; every other AWS pattern keeps the default mode, where escapes like
 * `\ ` (allowed in Smithy's ECMA 262 patterns) are valid.
 */
export function patternFlags(pattern: string): string {
  return /\\[pP]\{/.test(pattern) ? 'u' : '';
}

/**
 * The pattern as a RegExp literal: AWS's text with `/` escaped outside character classes, which is
 * exactly how `new RegExp(text).source` reads, so `.source` equals what the RegExp constructor makes.
 */
function regExpLiteral(pattern: string): string {
  const flags = patternFlags(pattern);
  // Throws on a pattern JavaScript cannot compile, which stops the generator with the reason.
  new RegExp(pattern, flags);
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      out += char + pattern[++i];
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char === '/' && !inClass ? '\\/' : char;
  }
  return `/${out}/${flags}`;
}

const localName = (id: string): string => id.slice(id.indexOf('#') + 1);

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Formats a string array at `indent`, on one line when it fits in 100 columns. */
function stringArray(items: readonly string[], prefix: string, indent: string): string {
  const oneLine = `${indent}${prefix}[${items.map(quote).join(', ')}],`;
  if (oneLine.length <= 100) return oneLine;
  return [
    `${indent}${prefix}[`,
    ...items.map((item) => `${indent}  ${quote(item)},`),
    `${indent}],`,
  ].join('\n');
}

/** Every shape id reachable from the service: its operations, their inputs, outputs and errors. */
function reachableShapes(model: Model, serviceId: string): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id) || id.startsWith(PRELUDE)) return;
    const shape = model.shapes[id];
    if (!shape) throw new Error(`shape ${id} is referenced but not in the model`);
    seen.add(id);
    const refs: ShapeRef[] = [
      ...(shape.operations ?? []),
      ...(shape.resources ?? []),
      ...(shape.collectionOperations ?? []),
      ...(shape.errors ?? []),
      ...Object.values(shape.members ?? {}),
    ];
    for (const key of ['input', 'output', 'member', 'key', 'value'] as const) {
      if (shape[key]) refs.push(shape[key]);
    }
    if (shape.type === 'resource') {
      for (const key of ['create', 'put', 'read', 'update', 'delete', 'list']) {
        const ref = shape[key] as ShapeRef | undefined;
        if (ref) refs.push(ref);
      }
    }
    for (const ref of refs) visit(ref.target);
  };
  visit(serviceId);
  return seen;
}

const byName = ([a]: [string, unknown], [b]: [string, unknown]): number =>
  a < b ? -1 : a > b ? 1 : 0;

/** Renders the generated TypeScript module for one trimmed model. */
export function renderTables(model: Model, sourceLabel: string): string {
  const services = Object.entries(model.shapes).filter(([, shape]) => shape.type === 'service');
  if (services.length !== 1) throw new Error(`${sourceLabel}: expected one service shape`);
  const [serviceId, service] = services[0];
  const reachable = reachableShapes(model, serviceId);

  const shapes = new Map<string, Shape>();
  for (const id of reachable) {
    const name = localName(id);
    if (shapes.has(name)) throw new Error(`${sourceLabel}: two shapes are named ${name}`);
    shapes.set(name, model.shapes[id]);
  }
  const sorted = [...shapes.entries()].sort(byName);

  const strings: string[] = [];
  const collections: string[] = [];
  const integers: string[] = [];
  const structures: string[] = [];
  const enums: string[] = [];
  const operations: string[] = [];

  for (const [name, shape] of sorted) {
    const traits = shape.traits ?? {};
    const length = traits[LENGTH] as LengthTrait | undefined;
    const pattern = traits[PATTERN] as string | undefined;
    switch (shape.type) {
      case 'string': {
        if (traits[ENUM]) {
          const values = (traits[ENUM] as Array<{ value: string }>).map((entry) => entry.value);
          enums.push(stringArray(values, `${name}: `, '  '));
        }
        if (!length && pattern === undefined) break;
        const lines = [
          `  ${name}: {`,
          `    minLength: ${length?.min ?? 0},`,
          `    maxLength: ${length?.max ?? 'Number.MAX_SAFE_INTEGER'},`,
        ];
        if (pattern !== undefined) {
          lines.push(`    pattern: ${regExpLiteral(pattern)},`);
          const allowed = describePattern(pattern);
          if (allowed) lines.push(`    allowed: ${quote(allowed)},`);
        }
        lines.push('  },');
        strings.push(lines.join('\n'));
        break;
      }
      case 'enum': {
        const values = Object.entries(shape.members ?? {}).map(
          ([member, ref]) => (ref.traits?.[ENUM_VALUE] as string | undefined) ?? member,
        );
        enums.push(stringArray(values, `${name}: `, '  '));
        break;
      }
      case 'list':
      case 'map':
        if (length) collections.push(`  ${name}: ${bounds(length)},`);
        break;
      case 'byte':
      case 'short':
      case 'integer':
      case 'long': {
        const range = traits[RANGE] as LengthTrait | undefined;
        if (range) integers.push(`  ${name}: ${bounds(range)},`);
        break;
      }
      case 'structure': {
        const members = Object.entries(shape.members ?? {});
        const required = members.filter(([, ref]) => ref.traits?.[REQUIRED] !== undefined);
        const nested = members.flatMap(([member, ref]) => {
          const inner = nestedStructure(model, ref.target);
          return inner
            ? [`      ${member}: { shape: ${quote(inner.shape)}, kind: ${quote(inner.kind)} },`]
            : [];
        });
        structures.push(
          [
            `  ${name}: {`,
            stringArray(
              members.map(([member]) => member),
              'members: ',
              '    ',
            ),
            stringArray(
              required.map(([member]) => member),
              'required: ',
              '    ',
            ),
            ...(nested.length > 0 ? ['    nested: {', ...nested, '    },'] : []),
            '  },',
          ].join('\n'),
        );
        break;
      }
      case 'operation': {
        const errors = [...(shape.errors ?? []), ...(service.errors ?? [])].map((ref) =>
          localName(ref.target),
        );
        operations.push(
          [
            `  ${name}: {`,
            `    input: ${quote(localName(shape.input?.target ?? 'smithy.api#Unit'))},`,
            `    output: ${quote(localName(shape.output?.target ?? 'smithy.api#Unit'))},`,
            stringArray([...new Set(errors)], 'errors: ', '    '),
            '  },',
          ].join('\n'),
        );
        break;
      }
      default:
        break;
    }
  }

  const table = (doc: string, exportName: string, entries: string[], satisfies: string): string =>
    [
      `/** ${doc} */`,
      entries.length === 0
        ? `export const ${exportName} = {} as const satisfies ${satisfies};`
        : [`export const ${exportName} = {`, ...entries, `} as const satisfies ${satisfies};`].join(
            '\n',
          ),
    ].join('\n');

  return [
    `// Generated from ${sourceLabel} by tools/aws-model-tables.ts; do not edit,`,
    '// run `npm run codegen` instead.',
    `// Service: ${serviceId}, API version ${String(service.version)}.`,
    "import type { LengthConstraint, StringConstraint, StructureTable } from '../../aws/constraints';",
    '',
    table(
      'String shapes with a `length` and/or `pattern` trait, keyed by shape name.',
      'strings',
      strings,
      'Record<string, StringConstraint>',
    ),
    '',
    table(
      'List and map shapes with a `length` trait (bounds on the number of entries).',
      'collections',
      collections,
      'Record<string, LengthConstraint>',
    ),
    '',
    table(
      'Integer shapes with a `range` trait (inclusive bounds).',
      'integers',
      integers,
      'Record<string, LengthConstraint>',
    ),
    '',
    table(
      'Structures reachable from the emulated operations: member names in model order, the required ones, and the members that hold structures.',
      'structures',
      structures,
      'Record<string, StructureTable>',
    ),
    '',
    table(
      'Enum shapes (Smithy `enum` shapes and strings with the `enum` trait): their values in model order.',
      'enums',
      enums,
      'Record<string, readonly string[]>',
    ),
    '',
    table(
      'Emulated operations: input and output shape names (`Unit` for none) and the errors they declare.',
      'operations',
      operations,
      'Record<string, { readonly input: string; readonly output: string; readonly errors: readonly string[] }>',
    ),
    '',
  ].join('\n');
}

/**
 * The structure a member holds, directly (`structure`) or as the elements of a list or the values
 * of a map, so the gateway can check required members at every level of an AWS answer.
 */
function nestedStructure(
  model: Model,
  target: string,
): { shape: string; kind: 'structure' | 'list' | 'map' } | undefined {
  const shape = model.shapes[target];
  if (shape === undefined) return undefined;
  if (shape.type === 'structure') return { shape: localName(target), kind: 'structure' };
  const element =
    shape.type === 'list' ? shape.member : shape.type === 'map' ? shape.value : undefined;
  if (element && model.shapes[element.target]?.type === 'structure') {
    return { shape: localName(element.target), kind: shape.type as 'list' | 'map' };
  }
  return undefined;
}

function bounds(trait: LengthTrait): string {
  const parts: string[] = [];
  if (trait.min !== undefined) parts.push(`min: ${trait.min}`);
  if (trait.max !== undefined) parts.push(`max: ${trait.max}`);
  return `{ ${parts.join(', ')} }`;
}

/** A path as shown in messages and headers: relative to the repository when inside it. */
function displayPath(path: string): string {
  const fromRoot = relative(ROOT, path);
  return fromRoot && !fromRoot.startsWith('..') && !isAbsolute(fromRoot)
    ? fromRoot.split('\\').join('/')
    : path;
}

export interface GeneratedFile {
  /** Absolute path of the generated file. */
  path: string;
  /** Absolute path of the model it comes from. */
  source: string;
  contents: string;
}

/** What the generator writes for the models in `modelsDir`, without writing it. */
export function generate(
  modelsDir: string = DEFAULT_MODELS_DIR,
  outDir: string = DEFAULT_OUT_DIR,
): GeneratedFile[] {
  return SERVICES.map((service) => {
    const source = resolve(modelsDir, `${service}.json`);
    const model = JSON.parse(readFileSync(source, 'utf8')) as Model;
    return {
      path: resolve(outDir, `${service}.ts`),
      source,
      contents: renderTables(model, displayPath(source)),
    };
  });
}

const USAGE = 'usage: tsx tools/aws-model-tables.ts [--check] [--models <dir>] [--out <dir>]';

/** Runs the command line; returns the process exit code. */
export function main(argv: readonly string[], log = console.log, error = console.error): number {
  let check = false;
  let modelsDir = DEFAULT_MODELS_DIR;
  let outDir = DEFAULT_OUT_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if ((arg === '--models' || arg === '--out') && argv[i + 1] !== undefined) {
      const dir = resolve(argv[++i]);
      if (arg === '--models') modelsDir = dir;
      else outDir = dir;
    } else {
      error(`unknown or incomplete argument: ${arg}\n${USAGE}`);
      return 2;
    }
  }

  const files = generate(modelsDir, outDir);
  if (check) {
    const stale = files.filter(
      (file) => !existsSync(file.path) || readFileSync(file.path, 'utf8') !== file.contents,
    );
    if (stale.length === 0) {
      log(`AWS model tables are up to date (${files.length} files)`);
      return 0;
    }
    for (const file of stale) {
      const state = existsSync(file.path) ? 'is stale' : 'is missing';
      error(
        `${displayPath(file.path)} ${state}: it differs from what ${displayPath(file.source)} produces`,
      );
    }
    error('run `npm run codegen:aws` and commit the result');
    return 1;
  }

  mkdirSync(outDir, { recursive: true });
  for (const file of files) {
    const current = existsSync(file.path) ? readFileSync(file.path, 'utf8') : undefined;
    if (current === file.contents) {
      log(`${displayPath(file.path)} unchanged`);
    } else {
      writeFileSync(file.path, file.contents);
      log(`${displayPath(file.path)} written`);
    }
  }
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
