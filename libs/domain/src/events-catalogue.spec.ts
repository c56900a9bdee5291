import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/*
 * docs/events.md lists every event of the domain and every field of its data. The events and
 * their fields are read from the domain's union (AnyDomainEvent) by the TypeScript compiler, the
 * documented ones from the doc's tables (the column headed "event", and "data"): an event or a
 * field added to the code and not to the doc, or left in the doc after it is gone, fails here.
 */
const ROOT = join(__dirname, '../../..');
const EVENTS_SOURCE = join(ROOT, 'libs/domain/src/events.ts');
const CATALOGUE = join(ROOT, 'docs/events.md');

/** Every event type of AnyDomainEvent with the names of its data's fields. */
function domainEvents(): Map<string, string[]> {
  const program = ts.createProgram([EVENTS_SOURCE], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(EVENTS_SOURCE)!;
  const alias = source.statements.find(
    (s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'AnyDomainEvent',
  )!;
  const union = checker.getTypeAtLocation(alias.name);
  const events = new Map<string, string[]>();
  for (const member of union.isUnion() ? union.types : [union]) {
    const property = (type: ts.Type, name: string) =>
      checker.getTypeOfSymbolAtLocation(type.getProperty(name)!, source);
    const type = property(member, 'type');
    if (!type.isStringLiteral())
      throw new Error(`an event type is not a string literal: ${checker.typeToString(type)}`);
    const fields = checker.getPropertiesOfType(property(member, 'data')).map((p) => p.name);
    events.set(type.value, fields);
  }
  return events;
}

/**
 * Each documented event with the text of its data cell (several rows of a table may add up). The
 * task's table has no stream column: its heading names the stream and says every event's data has
 * `taskId`, which its rows leave out.
 */
function documentedEvents(markdown: string): Map<string, { data: string; taskTable: boolean }> {
  const documented = new Map<string, { data: string; taskTable: boolean }>();
  let columns: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = undefined;
      continue;
    }
    const cells = line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    if (!columns) {
      columns = cells.map((c) => c.toLowerCase());
      continue;
    }
    const eventColumn = columns.indexOf('event');
    const dataColumn = columns.indexOf('data');
    if (eventColumn < 0 || dataColumn < 0 || /^-+$/.test(cells[eventColumn] ?? '')) continue;
    const name = /^`([A-Za-z]+)`$/.exec(cells[eventColumn] ?? '')?.[1];
    if (name) {
      const data = `${documented.get(name)?.data ?? ''} ${cells[dataColumn] ?? ''}`;
      documented.set(name, { data, taskTable: !columns.includes('stream') });
    }
  }
  return documented;
}

describe('docs/events.md', () => {
  const events = domainEvents();
  const documented = documentedEvents(readFileSync(CATALOGUE, 'utf8'));

  it('reads the domain union (a sanity check of the reading itself)', () => {
    expect(events.size).toBeGreaterThan(30);
    expect(events.get('InspectionTaskInitiated')).toContain('inspectorSeedCommitments');
    expect(documented.size).toBeGreaterThan(30);
  });

  it('lists every event type of the domain, and no other', () => {
    expect([...documented.keys()].sort()).toEqual([...events.keys()].sort());
  });

  it("names every field of every event's data", () => {
    const missing = [...events].flatMap(([type, fields]) =>
      fields
        .filter((field) => !(field === 'taskId' && documented.get(type)?.taskTable))
        .filter((field) => !new RegExp(`\\b${field}\\b`).test(documented.get(type)?.data ?? ''))
        .map((field) => `${type}.${field}`),
    );
    expect(missing).toEqual([]);
  });
});
