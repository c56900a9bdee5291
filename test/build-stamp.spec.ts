import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildTarget, START_TARGETS, buildIfChanged, forgetStamp } from '../scripts/build-stamp';

/*
 * `npm start` builds only what changed (issue 25, "a quick start"): against a temporary tree whose
 * "build" is a real command that appends a line to its output, so each build is counted.
 */
describe('npm start builds only when the sources changed (scripts/build-stamp.ts)', () => {
  let root: string;
  const target: BuildTarget = {
    name: 'api',
    inputs: ['src', 'package-lock.json'],
    output: 'out/main.js',
    command: [
      process.execPath,
      '-e',
      "require('fs').mkdirSync('out',{recursive:true});require('fs').appendFileSync('out/main.js','built\\n')",
    ],
  };
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const start = () => buildIfChanged(root, [target]);
  const builds = () => readFileSync(join(root, 'out/main.js'), 'utf8').split('\n').filter(Boolean).length;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ssj-stamp-'));
    write('src/main.ts', 'export const a = 1;');
    write('package-lock.json', '{}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds a fresh tree, then starts without building while nothing changed', () => {
    expect(start()).toEqual(['api']);
    expect(start()).toEqual([]);
    expect(start()).toEqual([]);
    expect(builds()).toBe(1);
  });

  it('builds again when a source changes, is added or is removed, or the lock file changes', () => {
    start();
    write('src/main.ts', 'export const a = 2;');
    expect(start()).toEqual(['api']);
    write('src/lib/new.ts', 'export const b = 1;');
    expect(start()).toEqual(['api']);
    rmSync(join(root, 'src/lib/new.ts'));
    expect(start()).toEqual(['api']);
    write('package-lock.json', '{"lockfileVersion":3}');
    expect(start()).toEqual(['api']);
    expect(start()).toEqual([]);
    expect(builds()).toBe(5);
  });

  it('does not build for a test file, which no build reads', () => {
    start();
    write('src/main.spec.ts', 'it("", () => {});');
    expect(start()).toEqual([]);
  });

  it('builds when the output is gone, or a build was interrupted (its stamp forgotten)', () => {
    start();
    rmSync(join(root, 'out'), { recursive: true });
    expect(start()).toEqual(['api']);
    forgetStamp(root, target);
    expect(start()).toEqual(['api']);
    expect(builds()).toBe(2);
  });

  it('keeps the stamp forgotten when the build fails, so the next start builds again', () => {
    const failing = { ...target, command: [process.execPath, '-e', 'process.exit(3)'] };
    expect(() => buildIfChanged(root, [failing])).toThrow('The api build failed (3)');
    expect(start()).toEqual(['api']);
  });

  it('builds everything when asked (npm run build)', () => {
    start();
    expect(buildIfChanged(root, [target], { always: true })).toEqual(['api']);
  });

  it('watches the console and the api over their sources, libs, projections and the lock file', () => {
    for (const t of START_TARGETS)
      expect(t.inputs).toEqual(expect.arrayContaining(['libs', 'projections', 'package-lock.json']));
    expect(START_TARGETS.map((t) => [t.name, t.inputs[0], t.output])).toEqual([
      ['web', 'apps/web', 'dist/apps/web/index.html'],
      ['api', 'apps/api', 'dist/apps/api/main.js'],
    ]);
  });
});
