import { type ImportEdge, importGraph } from './support/import-graph';

/**
 * The seams between folders (docs/architecture.md, "Boundaries"): checked over the import
 * statements themselves, so a new reach across a seam fails here rather than in a review.
 */
const edges = importGraph(['apps', 'libs', 'projections']);
const shown = (e: ImportEdge) => `${e.from} → ${e.specifier}`;

/** apps/<app>/… → app; libs/<lib>/… → lib. */
function top(path: string, folder: 'apps' | 'libs'): string | undefined {
  const [first, second] = path.split('/');
  return first === folder ? second : undefined;
}

/** apps/api/src/<folder>/… → folder (files at src/ itself are the composition root: none). */
function apiFolder(path: string): string | undefined {
  const parts = path.split('/');
  return parts[0] === 'apps' && parts[1] === 'api' && parts[2] === 'src' && parts.length > 4
    ? parts[3]
    : undefined;
}

describe('import boundaries', () => {
  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(1000);
    expect(edges.some((e) => e.specifier === '@app/audit' && e.to === 'libs/audit/src')).toBe(true);
  });

  it('no app imports another app', () => {
    const crossing = edges.filter((e) => {
      const from = top(e.from, 'apps');
      const to = e.to && top(e.to, 'apps');
      return from !== undefined && to !== undefined && from !== to;
    });
    expect(crossing.map(shown)).toEqual([]);
  });

  it('no library imports an app', () => {
    expect(edges.filter((e) => e.from.startsWith('libs/') && e.to?.startsWith('apps/')).map(shown)).toEqual(
      [],
    );
  });

  it('no two folders of the api import each other, even through a third', () => {
    // A spec is imported by nothing, so it cannot close a loop; it may read across folders.
    const uses = new Map<string, Map<string, ImportEdge>>();
    for (const e of edges.filter((edge) => !/\.(e2e-)?spec\.tsx?$/.test(edge.from))) {
      const from = apiFolder(e.from);
      const to = e.to && apiFolder(e.to);
      if (!from || !to || from === to) continue;
      if (!uses.has(from)) uses.set(from, new Map());
      if (!uses.get(from)!.has(to)) uses.get(from)!.set(to, e);
    }
    /** The imports that lead from `from` back to `start`, if any. */
    const loop = (start: string, from: string, seen: Set<string>): ImportEdge[] | undefined => {
      for (const [to, e] of uses.get(from) ?? []) {
        if (to === start) return [e];
        if (seen.has(to)) continue;
        seen.add(to);
        const rest = loop(start, to, seen);
        if (rest) return [e, ...rest];
      }
      return undefined;
    };
    const loops = [...uses.keys()].flatMap((folder) => loop(folder, folder, new Set()) ?? []).map(shown);
    expect(loops).toEqual([]);
  });

  it('the runtime library does not know the projections (the apps wire them in)', () => {
    const reaching = edges.filter(
      (e) =>
        e.from.startsWith('libs/runtime/') && (e.to === 'projections' || e.to?.startsWith('projections/')),
    );
    expect(reaching.map(shown)).toEqual([]);
  });

  it("the auditor's library is framework-free and entered only by its index", () => {
    const framework = edges.filter(
      (e) =>
        e.from.startsWith('libs/audit/') && /^(@nestjs\/|nest-commander$|@app\/runtime)/.test(e.specifier),
    );
    expect(framework.map(shown)).toEqual([]);
    const deep = edges.filter(
      (e) =>
        !e.from.startsWith('libs/audit/') && e.to?.startsWith('libs/audit/') && e.to !== 'libs/audit/src',
    );
    expect(deep.map(shown)).toEqual([]);
  });
});
