import type { Stores } from '@app/runtime';
import { Inject } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { Command, CommandRunner, Option } from 'nest-commander';
import { MAX_CONSISTENCY_FROM, exportTaskBundle } from '@app/audit';
import { anchorSource } from '@app/transparency-log';
import { STORES } from './stores.provider';

interface ExportOptions {
  out?: string;
  consistencyFrom?: number[];
}

/** Writes a task's self-contained bundle for offline checking (npm run cli -- verify-bundle). */
@Command({
  name: 'export',
  arguments: '<taskId>',
  description: "Writes a task's bundle: its events, the registers' events its draws read, its state",
})
export class ExportCommand extends CommandRunner {
  constructor(@Inject(STORES) private readonly stores: Stores) {
    super();
  }

  async run([taskId]: string[], options: ExportOptions): Promise<void> {
    const bundle = await exportTaskBundle(this.stores.auditLog, taskId, new Date(), {
      source: anchorSource(this.stores.transparency),
      consistencyFrom: options.consistencyFrom ?? [],
    });
    if (!bundle) {
      process.stderr.write(`No inspection task ${taskId}\n`);
      process.exitCode = 2;
      return;
    }
    const file = options.out ?? `task-${taskId}.bundle.json`;
    writeFileSync(file, JSON.stringify(bundle));
    process.stdout.write(
      `${JSON.stringify({ file, events: bundle.events.length, drawPosition: bundle.drawPosition })}\n`,
    );
  }

  @Option({ flags: '--out <file>', description: 'Where to write the bundle (default task-<id>.bundle.json)' })
  parseOut(value: string): string {
    return value;
  }

  @Option({
    flags: '--consistency-from <sizes>',
    description: `Tree sizes of checkpoints saved earlier (comma-separated, at most ${MAX_CONSISTENCY_FROM}): the bundle carries consistency proofs from them`,
  })
  parseConsistencyFrom(value: string): number[] {
    if (!/^[1-9]\d{0,15}(,[1-9]\d{0,15}){0,19}$/.test(value)) {
      throw new Error(`--consistency-from lists up to ${MAX_CONSISTENCY_FROM} tree sizes, e.g. 120,480`);
    }
    return value.split(',').map(Number);
  }
}
