import type { Stores } from '@app/runtime';
import { Inject } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { Command, CommandRunner, Option } from 'nest-commander';
import { MAX_CONSISTENCY_FROM, exportTaskBundle } from '@app/audit';
import { anchorSource } from '@app/transparency-log';
import { STORES } from './stores.provider';
import { writeEvidenceFiles } from './evidence-files';

interface ExportOptions {
  out?: string;
  consistencyFrom?: number[];
  withEvidence?: string;
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
    const evidence = options.withEvidence
      ? await writeEvidenceFiles(bundle.events, taskId, options.withEvidence)
      : undefined;
    const written = evidence ? { evidenceDir: options.withEvidence, ...evidence } : {};
    process.stdout.write(
      `${JSON.stringify({ file, events: bundle.events.length, drawPosition: bundle.drawPosition, ...written })}\n`,
    );
    // A file the record attaches but the store lacks: the export is written, and says so.
    if (evidence && evidence.missing.length > 0) process.exitCode = 1;
  }

  @Option({
    flags: '--with-evidence <dir>',
    description: 'Also write every attached evidence file to <dir>/<sha256> (verify-bundle --evidence <dir>)',
  })
  parseWithEvidence(value: string): string {
    return value;
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
