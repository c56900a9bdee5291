import type { ProjectionStatus } from '@app/read-store';
import type { Stores } from '@app/runtime';
import { Inject } from '@nestjs/common';
import { Command, CommandRunner } from 'nest-commander';
import { STORES } from './stores.provider';

export function formatStatus(all: readonly ProjectionStatus[]): string {
  const rows = all.map((s) => [
    s.name,
    `g${s.generation}`,
    s.state,
    String(s.checkpoint),
    String(s.headPosition),
    String(s.lag),
    s.lastError ? `at ${s.lastError.position}: ${s.lastError.message}` : (s.lastRebuildError ?? ''),
  ]);
  const header = ['projection', 'generation', 'state', 'checkpoint', 'head', 'lag', 'error'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows]
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

@Command({
  name: 'status',
  description: 'Each projection: generation, state, checkpoint, head, lag, last error',
})
export class StatusCommand extends CommandRunner {
  constructor(@Inject(STORES) private readonly stores: Stores) {
    super();
  }

  async run(): Promise<void> {
    process.stdout.write(`${formatStatus(await this.stores.projections.status())}\n`);
  }
}
