import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

import type { StringConstraint } from '../../src/aws/constraints';
import * as iot from '../../src/generated/aws/iot-managed-integrations';
import * as proton from '../../src/generated/aws/proton';
import * as ssoAdmin from '../../src/generated/aws/sso-admin';
import {
  DEFAULT_MODELS_DIR,
  describePattern,
  generate,
  main,
  patternFlags,
  SERVICES,
} from '../../tools/aws-model-tables';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface RawModel {
  shapes: Record<
    string,
    { type: string; traits?: Record<string, unknown>; members?: Record<string, unknown> }
  >;
}
const readModel = (service: string): RawModel =>
  JSON.parse(readFileSync(join(DEFAULT_MODELS_DIR, `${service}.json`), 'utf8')) as RawModel;

const generatedStrings: Record<string, Record<string, StringConstraint>> = {
  'iot-managed-integrations': iot.strings,
  'sso-admin': ssoAdmin.strings,
  proton: proton.strings,
};

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'aws-model-tables-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Copies the committed generated files into a fresh directory and returns it. */
function copyOfGenerated(): string {
  const out = join(tmp, 'out');
  mkdirSync(out);
  for (const file of generate()) copyFileSync(file.path, join(out, basename(file.path)));
  return out;
}

describe('committed tables', () => {
  test.each(SERVICES)('src/generated/aws/%s.ts is what the model produces', (service) => {
    const file = generate().find((candidate) => basename(candidate.path) === `${service}.ts`)!;
    expect(readFileSync(file.path, 'utf8')).toBe(file.contents);
  });

  test('each file names its model and how to regenerate it', () => {
    const head = readFileSync(join(ROOT, 'src/generated/aws/proton.ts'), 'utf8');
    expect(head.split('\n').slice(0, 3).join('\n')).toBe(
      [
        '// Generated from src/emulator/models/proton.json by tools/aws-model-tables.ts; do not edit,',
        '// run `npm run codegen` instead.',
        '// Service: com.amazonaws.proton#AwsProton20200720, API version 2020-07-20.',
      ].join('\n'),
    );
  });
});

describe('model facts in the tables', () => {
  test('list items carry neither tags nor the OAuth URL', () => {
    const members: readonly string[] = iot.structures.AccountAssociationItem.members;
    expect(members).toEqual([
      'AccountAssociationId',
      'AssociationState',
      'ErrorMessage',
      'ConnectorDestinationId',
      'Name',
      'Description',
      'Arn',
    ]);
    expect(members).not.toContain('Tags');
    expect(members).not.toContain('OAuthAuthorizationUrl');
    expect(iot.structures.GetAccountAssociationResponse.members).toContain('Tags');
    expect(iot.structures.AccountAssociationItem.required).toEqual([
      'AccountAssociationId',
      'AssociationState',
    ]);
  });

  test('enum values in model order', () => {
    expect(iot.enums.AssociationState).toEqual([
      'ASSOCIATION_IN_PROGRESS',
      'ASSOCIATION_FAILED',
      'ASSOCIATION_SUCCEEDED',
      'ASSOCIATION_DELETING',
      'REFRESH_TOKEN_EXPIRED',
    ]);
    expect(ssoAdmin.enums.StatusValues).toEqual(['IN_PROGRESS', 'FAILED', 'SUCCEEDED']);
    expect(ssoAdmin.enums.PrincipalType).toEqual(['USER', 'GROUP']);
    expect(ssoAdmin.enums.TargetType).toEqual(['AWS_ACCOUNT']);
    // Proton still uses the Smithy 1.0 enum trait on a string shape.
    expect(proton.enums.EnvironmentAccountConnectionStatus).toEqual([
      'PENDING',
      'CONNECTED',
      'REJECTED',
    ]);
  });

  test('string constraints with their descriptions', () => {
    expect(iot.strings.ConnectorDestinationId).toEqual({
      minLength: 1,
      maxLength: 64,
      pattern: /^[A-Za-z0-9-_]+$/,
      allowed: 'letters, digits, - and _',
    });
    expect(iot.strings.AccountAssociationId.allowed).toBe('letters and digits');
    expect(iot.strings.AccountAssociationName.allowed).toBe('letters, digits, -, _ and space');
    expect(iot.strings.ClientToken.allowed).toBe('letters, digits, =, _ and -');
    expect(ssoAdmin.strings.InstanceArn.allowed).toBe('an IAM Identity Center instance ARN');
    expect(ssoAdmin.strings.UUId.allowed).toBe('a lowercase UUID');
    expect(proton.strings.EnvironmentAccountConnectionId.allowed).toBe('a lowercase UUID');
    // A length trait without an upper bound, and no length trait at all.
    expect(proton.strings.ClientToken).toMatchObject({ minLength: 0, maxLength: 64 });
    expect(proton.strings.EnvironmentAccountConnectionId).toMatchObject({
      minLength: 0,
      maxLength: Number.MAX_SAFE_INTEGER,
    });
  });

  test('collection sizes, integer ranges and operations', () => {
    expect(iot.collections.TagsMap).toEqual({ min: 1, max: 50 });
    expect(proton.collections.TagList).toEqual({ min: 0, max: 50 });
    expect(iot.integers.MaxResults).toEqual({ min: 1, max: 1000 });
    expect(ssoAdmin.integers.MaxResults).toEqual({ min: 1, max: 100 });
    expect(iot.operations.DeleteAccountAssociation).toEqual({
      input: 'DeleteAccountAssociationRequest',
      output: 'Unit',
      errors: [
        'AccessDeniedException',
        'InternalServerException',
        'ResourceNotFoundException',
        'ServiceUnavailableException',
        'ThrottlingException',
        'ValidationException',
      ],
    });
    expect(Object.keys(proton.operations).sort()).toEqual([
      'AcceptEnvironmentAccountConnection',
      'CreateEnvironmentAccountConnection',
      'GetEnvironmentAccountConnection',
      'ListEnvironmentAccountConnections',
      'RejectEnvironmentAccountConnection',
    ]);
  });
});

describe('patterns', () => {
  const patterned = SERVICES.flatMap((service) =>
    Object.entries(readModel(service).shapes)
      .filter(([, shape]) => typeof shape.traits?.['smithy.api#pattern'] === 'string')
      .map(([id, shape]) => ({
        service,
        name: id.slice(id.indexOf('#') + 1),
        source: shape.traits!['smithy.api#pattern'] as string,
      })),
  );

  test('the models have patterns to compare', () => {
    expect(patterned.length).toBeGreaterThan(30);
  });

  test.each(patterned)(
    '$service $name is AWS’s pattern, described',
    ({ service, name, source }) => {
      const generated = generatedStrings[service][name];
      const expected = new RegExp(source, patternFlags(source));
      expect(generated.pattern?.source).toBe(expected.source);
      expect(generated.pattern?.flags).toBe(expected.flags);
      expect(generated.allowed).toEqual(expect.any(String));
    },
  );

  test('Smithy patterns keep their meaning', () => {
    // Unicode property escapes need the u flag; without it \p{L} would match a literal "p".
    expect(ssoAdmin.strings.Reason.pattern.test('Grüße, world!')).toBe(true);
    expect(ssoAdmin.strings.Reason.pattern.test('\u0007')).toBe(false);
    expect(ssoAdmin.strings.RelayState.pattern.test('https://example.com/a?b=c')).toBe(true);
    expect(ssoAdmin.strings.UUId.pattern.test('0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0')).toBe(true);
    expect(ssoAdmin.strings.UUId.pattern.test('0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0')).toBe(false);
  });

  test.each([
    ['^[0-9a-zA-Z]+$', 'letters and digits'],
    ['^[A-Za-z0-9-_]+$', 'letters, digits, - and _'],
    ['^[A-Za-z0-9-_ ]+$', 'letters, digits, -, _ and space'],
    ['^[a-zA-Z0-9=_-]+$', 'letters, digits, =, _ and -'],
    ['^[0-9A-Za-z_\\- ]+$', 'letters, digits, _, - and space'],
    ['^[a-z0-9]*$', 'lowercase letters and digits'],
    ['^[\\w+=,.@-]+$', 'letters, digits and the characters _+=,.@-'],
    ['^\\d{12}$', '12 digits'],
  ])('describePattern(%s) is "%s"', (pattern, words) => {
    expect(describePattern(pattern)).toBe(words);
  });

  test.each(['^[^a]+$', '^[a-f]+$', '^(a|b)$', '^[a-z]+[0-9]$', '^[a-z]+[0-9]+$'])(
    'describePattern(%s) gives up rather than guess',
    (pattern) => {
      expect(describePattern(pattern)).toBeUndefined();
    },
  );
});

describe('command line', () => {
  test('--check passes on fresh files and fails, naming them, on stale or missing ones', () => {
    const out = copyOfGenerated();
    const run = () =>
      spawnSync(TSX, ['tools/aws-model-tables.ts', '--check', '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
      });

    const fresh = run();
    expect(fresh.stderr).toBe('');
    expect(fresh.status).toBe(0);

    const edited = join(out, 'sso-admin.ts');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace("'USER', 'GROUP'", "'USER'"));
    unlinkSync(join(out, 'proton.ts'));
    const stale = run();
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain(`${edited} is stale`);
    expect(stale.stderr).toContain(`${join(out, 'proton.ts')} is missing`);
    expect(stale.stderr).not.toContain('iot-managed-integrations.ts');
    expect(stale.stderr).toContain('npm run codegen:aws');
  });

  test('--models and --out regenerate from another copy of the models', () => {
    const models = join(tmp, 'models');
    const out = join(tmp, 'out');
    mkdirSync(models);
    for (const service of SERVICES) {
      const model = readModel(service);
      if (service === 'iot-managed-integrations') {
        const item = model.shapes['com.amazonaws.iotmanagedintegrations#AccountAssociationItem'];
        delete item.members!.Arn;
      }
      writeFileSync(join(models, `${service}.json`), JSON.stringify(model));
    }

    const logged: string[] = [];
    expect(main(['--models', models, '--out', out], (line: string) => logged.push(line))).toBe(0);
    expect(logged).toHaveLength(3);
    const text = readFileSync(join(out, 'iot-managed-integrations.ts'), 'utf8');
    expect(text).toContain(`Generated from ${join(models, 'iot-managed-integrations.json')}`);
    expect(text).toMatch(
      /AccountAssociationItem: \{\n {4}members: \[\n(?: {6}'\w+',\n){6} {4}\],\n/,
    );
    expect(text).not.toMatch(/AccountAssociationItem: \{[^}]*'Arn'/);

    // Running again leaves identical files alone.
    logged.length = 0;
    main(['--models', models, '--out', out], (line: string) => logged.push(line));
    expect(logged.every((line) => line.endsWith('unchanged'))).toBe(true);
  });

  test('an unknown argument is a usage error', () => {
    const errors: string[] = [];
    expect(
      main(
        ['--frobnicate'],
        () => undefined,
        (line: string) => errors.push(line),
      ),
    ).toBe(2);
    expect(errors.join('\n')).toContain('usage: tsx tools/aws-model-tables.ts');
  });
});
