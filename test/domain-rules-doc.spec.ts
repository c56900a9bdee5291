import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * docs/domain-rules.md maps the seeds' articles to code and tests. This keeps the map from rotting:
 * every code path it names exists (and holds the identifier after `#`), every test it quotes is a
 * test title (it/test/describe) in the file named, and every row says its status.
 */
const ROOT = join(__dirname, '..');
const DOC = readFileSync(join(ROOT, 'docs/domain-rules.md'), 'utf8');
const STATUSES = ['implemented', 'partial', 'not built', 'left out'];
const PATH = /^(apps|libs|projections|test|docs)\/[\w./-]+$/;

/** The table rows of the doc that map an article (not headers nor separators). */
function articleRows(): string[][] {
  return DOC.split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .slice(1, line.endsWith('|') ? -1 : undefined)
        .split('|')
        .map((cell) => cell.trim()),
    )
    .filter((cells) => cells.length === 5 && cells[0] !== 'Article');
}

/** Every `path` or `path#identifier` in backticks. */
function codeReferences(): { path: string; identifier?: string }[] {
  return [...DOC.matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1].split('#'))
    .filter(([path]) => PATH.test(path))
    .map(([path, identifier]) => ({ path, identifier }));
}

/** Every `spec file` › "test name". */
function quotedTests(): { path: string; name: string }[] {
  return [...DOC.matchAll(/`([^`\s]+)` › "([^"]+)"/g)].map((match) => ({ path: match[1], name: match[2] }));
}

/** The titles of a spec file's it/test/describe calls, wrapped over lines or not. */
function testTitles(path: string): string[] {
  const source = readFileSync(join(ROOT, path), 'utf8');
  const call = /\b(?:it|test|describe)(?:\.each\([^)]*\))?\(\s*(['"`])((?:(?!\1)[\s\S])*?)\1/g;
  return [...source.matchAll(call)].map((match) => match[2]);
}

describe('docs/domain-rules.md', () => {
  it('maps articles in rows of five cells, each with a status', () => {
    const rows = articleRows();
    expect(rows.length).toBeGreaterThan(100);
    const without = rows.filter(
      (cells) => !STATUSES.some((status) => cells[4].toLowerCase().startsWith(status)),
    );
    expect(without.map((cells) => cells[0])).toEqual([]);
  });

  it('names only code paths that exist, holding the identifiers it names', () => {
    const references = codeReferences();
    expect(references.length).toBeGreaterThan(50);
    const missing = references.filter(({ path }) => !existsSync(join(ROOT, path))).map(({ path }) => path);
    expect(missing).toEqual([]);
    const absent = references
      .filter(({ identifier }) => identifier !== undefined)
      .filter(
        ({ path, identifier }) => !readFileSync(join(ROOT, path), 'utf8').includes(identifier as string),
      )
      .map(({ path, identifier }) => `${path}#${identifier}`);
    expect(absent).toEqual([]);
  });

  it('quotes only tests that exist, by a part of their title, in spec files', () => {
    const tests = quotedTests();
    expect(tests.length).toBeGreaterThan(50);
    const notSpecs = tests.filter(({ path }) => !/\.(e2e-)?spec\.ts$/.test(path)).map(({ path }) => path);
    expect(notSpecs).toEqual([]);
    const titles = new Map<string, string[]>();
    const unknown = tests
      .filter(({ path, name }) => {
        if (!existsSync(join(ROOT, path))) return true;
        if (!titles.has(path)) titles.set(path, testTitles(path));
        return !(titles.get(path) as string[]).some((title) => title.includes(name));
      })
      .map(({ path, name }) => `${path} › ${name}`);
    expect(unknown).toEqual([]);
  });
});
