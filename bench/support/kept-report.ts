/**
 * What `npm run bench -- --only …` keeps of the report it rewrites (docs/performance.md): the
 * figure rows and outputs of the benches it did not run again, in the benches' order, and the
 * line saying when those ran.
 */
export interface KeptReport {
  /** The report's rows: the new rows of the benches run again, the old rows of the others. */
  rows(fresh: readonly string[]): string[];
  /** The same for the outputs (one `### title (store)` section each). */
  outputs(fresh: readonly string[]): string[];
  /** The old report's "Written by …" line, which dates the rows kept. */
  written: string | undefined;
}

export function keptFromReport(
  report: string,
  benches: readonly { title: string }[],
  only: readonly string[],
): KeptReport {
  const lines = report.split('\n');
  const rowOf = (title: string) => (line: string) => line.startsWith(`| ${title}: `);
  const sections = report.split(/\n(?=### )/).filter((part) => part.startsWith('### '));
  const sectionOf = (title: string) => (section: string) => section.startsWith(`### ${title} (`);
  const merge = (
    old: readonly string[],
    fresh: readonly string[],
    of: (title: string) => (x: string) => boolean,
  ) => benches.flatMap(({ title }) => (only.includes(title) ? fresh : old).filter(of(title)));
  return {
    rows: (fresh) => merge(lines, fresh, rowOf),
    outputs: (fresh) =>
      merge(
        sections.map((s) => `${s.trim()}\n`),
        fresh,
        sectionOf,
      ),
    written: lines.find((line) => line.startsWith('Written by ')),
  };
}
