import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

import ts from 'typescript';

/**
 * Compiles `bench/` and `src/` to CommonJS under `node_modules/.cache/` (so their imports still
 * resolve the project's node_modules), for the naive peer and the floor to run on plain `node`:
 * a TypeScript loader in the measured process would add its own memory and start-up cost.
 * Transpile-only, file by file (the project compiles with isolatedModules); `npm run typecheck`
 * type-checks the same files. Returns the output directory.
 */
export function transpileBenchServers(repoRoot: string): string {
  const outDir = join(repoRoot, 'node_modules', '.cache', 'account-graph-bench');
  rmSync(outDir, { recursive: true, force: true });
  const compilerOptions: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    resolveJsonModule: true,
    isolatedModules: true,
  };
  for (const folder of ['bench', 'src']) {
    for (const file of listFiles(join(repoRoot, folder))) {
      const target = join(outDir, relative(repoRoot, file));
      if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
        const output = ts.transpileModule(readFileSync(file, 'utf8'), {
          compilerOptions,
          fileName: file,
        });
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target.replace(/\.ts$/, '.js'), output.outputText);
      } else if (file.endsWith('.json') && !file.includes(`${join('bench', 'results')}`)) {
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(file, target);
      }
    }
  }
  return outDir;
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else files.push(path);
  }
  return files;
}
