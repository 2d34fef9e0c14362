import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse, type OperationDefinitionNode } from 'graphql';

import { startStack, type Stack } from './integration/gatewayStack';

// The README promises its GraphQL examples work as printed against the seeded emulator.
const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => {
  const source = match[1];
  const operation = parse(source).definitions[0] as OperationDefinitionNode;
  return { name: operation.name?.value ?? '(anonymous)', source };
});

describe('README example queries', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  test('the README has examples for every root field and mutation', () => {
    const all = examples.map((e) => e.source).join('\n');
    for (const field of [
      'accountAssociation(',
      'accountAssociations(',
      'assignmentStatus(',
      'environmentAccountConnection(',
      'node(',
      'createAccountAssociation(',
      'connectorDestination(',
      'connectorDestinations(',
      'assignmentStatuses(',
      'ssoInstances',
      'permissionSet(',
      'environmentAccountConnections(',
      'updateAccountAssociation(',
      'deleteAccountAssociation(',
      'startAccountAssociationRefresh(',
      'createAccountAssignment(',
    ]) {
      expect(all).toContain(field);
    }
  });

  test.each(examples.map((e) => [e.name, e.source]))(
    '%s runs without errors and returns data for every root field',
    async (_name, source) => {
      const { status, body } = await stack.graphql(source);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      for (const value of Object.values(body.data ?? {})) expect(value).not.toBeNull();
      expect(Object.keys(body.data ?? {}).length).toBeGreaterThan(0);
    },
  );
});
