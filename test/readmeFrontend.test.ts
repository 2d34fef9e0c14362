import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { EXAMPLE_DIR, PERSISTED_DOCUMENTS, readmeTrustedDocumentsEnv } from './e2e/exampleApp';

// Every code block of the README's "Using it from a frontend" is exercised: a `snippet` is the
// exact text of a file of the example app (which `npm run test:e2e` builds and drives in Chromium),
// `commands` name scripts that exist, and the trusted-documents command is the one the browser test
// starts the gateway with. This test checks those ties without installing the example.

const ROOT = join(__dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const start = readme.indexOf('\n## Using it from a frontend\n');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));

interface Block {
  marker: string | undefined;
  lang: string;
  code: string;
}

/** The section's fenced blocks, each with the `<!-- … -->` comment right before it, if any. */
function blocks(): Block[] {
  return [...section.matchAll(/(?:<!-- ([^>]*?) -->\n\n)?```(\w*)\n([\s\S]*?)```/g)].map(
    ([, marker, lang, code]) => ({ marker, lang, code }),
  );
}

function scriptsOf(dir: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return manifest.scripts ?? {};
}

describe('README "Using it from a frontend"', () => {
  test('exists, after "Errors" and before "Authentication and authorization"', () => {
    expect(start).toBeGreaterThan(readme.indexOf('\n## Errors\n'));
    expect(start).toBeLessThan(readme.indexOf('\n## Authentication and authorization\n'));
  });

  test('every code block says what exercises it', () => {
    const unmarked = blocks().filter((block) => block.marker === undefined);
    expect(unmarked.map((block) => block.code.split('\n')[0])).toEqual([]);
    expect(blocks().length).toBeGreaterThanOrEqual(4);
  });

  test.each(
    blocks()
      .filter((block) => block.marker?.startsWith('snippet: '))
      .map((block) => [block.marker!.slice('snippet: '.length), block.code]),
  )('the snippet of %s is that file, as it is', (path, code) => {
    expect(code).toBe(readFileSync(join(ROOT, path), 'utf8'));
  });

  test('the snippets cover the codegen config (DateTime as string) and the Apollo Client setup', () => {
    const snippets = blocks()
      .filter((block) => block.marker?.startsWith('snippet: '))
      .map((block) => block.code)
      .join('\n');
    expect(snippets).toContain("scalars: { DateTime: 'string' }");
    expect(snippets).toContain("relayStylePagination(['connectorDestinationId'])");
    expect(snippets).toContain('possibleTypes');
    expect(snippets).toContain('authorization: `Bearer ${token}`');
    expect(snippets).toContain("response.headers.get('x-request-id')");
  });

  test('the commands name scripts that exist where they run', () => {
    const commandBlocks = blocks().filter((block) => block.marker === 'commands');
    expect(commandBlocks.length).toBeGreaterThan(0);
    for (const block of commandBlocks) {
      for (const line of block.code.split('\n')) {
        let dir = ROOT;
        for (const command of line
          .replace(/#.*$/, '')
          .split('&&')
          .map((c) => c.trim())) {
          if (command === '') continue;
          const cd = /^cd (\S+)$/.exec(command);
          const script = /^npm (?:run )?(\S+)$/.exec(command);
          if (cd !== null) {
            dir = join(dir, cd[1]);
            expect(existsSync(join(dir, 'package.json'))).toBe(true);
          } else if (command === 'npm ci') {
            expect(existsSync(join(dir, 'package-lock.json'))).toBe(true);
          } else if (script !== null) {
            expect(Object.keys(scriptsOf(dir))).toContain(script[1]);
          } else {
            throw new Error(`a command this test does not know: ${command}`);
          }
        }
      }
    }
  });

  test('the trusted-documents command is the one the browser test starts the gateway with', () => {
    const used = blocks().filter((block) => block.marker === 'used by: test/e2e/frontend.test.ts');
    expect(used).toHaveLength(1);
    expect(used[0].code).toContain('TRUSTED_DOCUMENTS=require');
    expect(readmeTrustedDocumentsEnv()).toEqual({
      TRUSTED_DOCUMENTS: 'require',
      TRUSTED_DOCUMENTS_FILE: PERSISTED_DOCUMENTS,
    });
    // Written by the example's codegen: the path is the one its config generates into.
    expect(readFileSync(join(EXAMPLE_DIR, 'codegen.ts'), 'utf8')).toContain("'./src/gql/': {");
    expect(readFileSync(join(EXAMPLE_DIR, '.gitignore'), 'utf8')).toContain('src/gql/');
  });

  test('the example files it names exist', () => {
    const named = [...section.matchAll(/`(src\/[\w/]+\.tsx?)`/g)].map(([, path]) => path);
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((path) => !existsSync(join(EXAMPLE_DIR, path)))).toEqual([]);
  });
});
