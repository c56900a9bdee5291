import type { Readable } from 'node:stream';
import type { BlobStore } from '@app/blob-store';
import { caseFileDecider, registerStreams } from '@app/domain';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../commands/command-context';
import { DecideCommand } from '../commands/decide.command';
import { BLOB_STORE } from '../evidence/blob-store.provider';
import { answeringStoreErrors } from '../evidence/evidence-errors';
import { FormFont } from '../forms/form-font';
import { renderForm } from '../forms/pdf-form';
import { CASE_FILE_LIMITS, type ManifestFile, exportable } from './case-file-bounds';
import { CaseFileReads } from './case-file-reads';
import { caseFileSummary } from './case-file-summary';
import { caseFileManifest, caseFileZip, sha256 } from './case-file-zip';

export interface CaseFileZip {
  stream: Readable;
  fileName: string;
  manifestSha256: string;
}

/**
 * The case file as a ZIP (manifest.json, summary.pdf, evidence/<sha256>), streamed: the files are
 * opened one at a time as yazl reaches them, never held whole. The export is recorded
 * (CaseFileExported) before the first byte is sent.
 */
@Injectable()
export class CaseFileExports {
  constructor(
    private readonly reads: CaseFileReads,
    private readonly font: FormFont,
    private readonly commands: CommandBus,
    @Inject(BLOB_STORE) private readonly store: BlobStore,
  ) {}

  async export(entityId: string, context: CommandContext, consoleUrl: string): Promise<CaseFileZip> {
    const frame = await this.reads.frame(entityId, context.actor);
    const { entries, files: wanted } = exportable(
      await this.reads.all(entityId, frame.reader, CASE_FILE_LIMITS.maxEntries),
      CASE_FILE_LIMITS,
    );
    const font = await this.font.font();
    const kept: ManifestFile[] = [];
    const missing: string[] = [];
    for (const file of wanted) {
      const found = await answeringStoreErrors(() => this.store.stat(file.sha256));
      if (found) kept.push(file);
      else missing.push(file.sha256);
    }
    const summary = caseFileSummary(frame, entries, kept.length, context.now, consoleUrl);
    const pdf = await renderForm(summary, font, context.now);
    const manifest = caseFileManifest({
      frame,
      entries,
      files: kept,
      missing,
      summary: { pdf, number: summary.number },
      exportedAt: context.now,
      exportedBy: context.actor.id,
      departmentId: context.actor.departmentId,
    });
    const manifestSha256 = sha256(manifest);
    await this.commands.execute(
      new DecideCommand(
        registerStreams.caseFile(entityId),
        caseFileDecider,
        {
          kind: 'ExportCaseFile',
          entityId,
          scope: frame.reader.scope,
          entries: entries.length,
          files: kept.length,
          bytes: kept.reduce((sum, f) => sum + f.size, 0),
          manifestSha256,
        },
        context,
        { waitForReadModels: false },
      ),
    );
    const stream = caseFileZip({ manifest, summary: pdf, files: kept, store: this.store, at: context.now });
    const name = `case-file-${entityId.replace(/[^A-Za-z0-9._-]/g, '_')}.zip`;
    return { stream, fileName: name, manifestSha256 };
  }
}
