import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One import of a source file: who imports, what it names, and the repository path it reaches. */
export interface ImportEdge {
  /** The importing file, relative to the repository root (forward slashes). */
  from: string;
  specifier: string;
  /** The imported path relative to the root (no extension), or undefined for a package. */
  to?: string;
}

const ROOT = resolve(__dirname, '../..');
const SKIPPED = new Set(['node_modules', 'dist', 'coverage', 'data']);

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(folder)) {
    if (SKIPPED.has(name)) continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** tsconfig.json's aliases (`@app/domain` → `libs/domain/src`), longest first. */
function aliases(): [string, string][] {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (p) => ts.sys.readFile(p)).config as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.entries(config.compilerOptions.paths)
    .filter(([alias]) => !alias.endsWith('/*'))
    .map(([alias, [target]]): [string, string] => [alias, target])
    .sort((a, b) => b[0].length - a[0].length);
}

function resolveSpecifier(file: string, specifier: string, known: [string, string][]): string | undefined {
  if (specifier.startsWith('.')) return toRoot(resolve(dirname(file), specifier));
  for (const [alias, target] of known) {
    if (specifier === alias || specifier.startsWith(`${alias}/`)) {
      return toRoot(join(ROOT, target, specifier.slice(alias.length)));
    }
  }
  return undefined;
}

function toRoot(path: string): string {
  return relative(ROOT, path).split('\\').join('/');
}

/** Every import, re-export and dynamic import of the .ts/.tsx files under `folders` (tests included). */
export function importGraph(folders: readonly string[]): ImportEdge[] {
  const known = aliases();
  const edges: ImportEdge[] = [];
  for (const folder of folders) {
    const absolute = join(ROOT, folder);
    if (!existsSync(absolute)) continue;
    for (const file of sourceFiles(absolute)) {
      const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      for (const { fileName: specifier } of info.importedFiles) {
        edges.push({ from: toRoot(file), specifier, to: resolveSpecifier(file, specifier, known) });
      }
    }
  }
  return edges;
}
