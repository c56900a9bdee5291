/**
 * The case-file export (issue 23, item 3; ADR 49): the time to write an entity's case-file ZIP with
 * 100 attachments (photo-like files of 2 MiB, incompressible, in the embedded filesystem blob
 * store), as the api does it once the entries are read: the summary PDF (pdfkit, the CJK font parsed
 * once), manifest.json, then every file streamed from the store through yazl. The baseline, in the
 * same run: a raw yazl ZIP of the same files read from plain files (no summary, no manifest). Peak
 * RSS above the start is sampled during each. Usage: npm run bench:case-file [-- --files 100 --mb 2 --runs 3]
 */
import { createCipheriv } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FilesystemBlobStore } from '@app/blob-store';
import type { CaseFileEntry, CaseFileTask } from '@app/contract';
import { DEFAULT_FORM_FONT, parseFontSetting } from '@app/runtime';
import { ZipFile } from 'yazl';
import { exportable } from '../apps/api/src/case-file/case-file-bounds';
import type { CaseFileFrame } from '../apps/api/src/case-file/case-file-reads';
import { caseFileSummary } from '../apps/api/src/case-file/case-file-summary';
import { caseFileManifest, caseFileZip } from '../apps/api/src/case-file/case-file-zip';
import { parseFormFont } from '../apps/api/src/forms/font-face';
import { renderForm } from '../apps/api/src/forms/pdf-form';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const FILES = argument('files', 100);
const SIZE = Math.round(argument('mb', 2) * 1024 * 1024);
const RUNS = argument('runs', 3);
const start = process.memoryUsage().rss;

/** A photo-like file: a JPEG header and an AES-CTR keystream (incompressible, like a real photo). */
function photo(n: number): Buffer {
  const cipher = createCipheriv('aes-128-ctr', Buffer.alloc(16, n), Buffer.alloc(16, 0));
  const body = cipher.update(Buffer.alloc(SIZE - 4));
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), body]);
}

async function measure(run: () => Promise<unknown>): Promise<{ seconds: number; rss: number }> {
  let rss = 0;
  const timer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss - start)), 10);
  const began = performance.now();
  await run();
  const seconds = (performance.now() - began) / 1000;
  clearInterval(timer);
  return { seconds, rss: Math.max(rss, process.memoryUsage().rss - start) };
}

function caseFile(hashes: string[]): { frame: CaseFileFrame; entries: CaseFileEntry[] } {
  const task = (taskId: string, at: string): CaseFileTask => ({
    taskId,
    name: '食品经营许可专项抽查',
    type: 'planned',
    joint: true,
    planId: 'plan-2026',
    leadDepartmentId: 'scjg',
    departmentIds: ['scjg', 'xf'],
    window: { from: '2026-05-11', to: '2026-05-29' },
    drawnAt: at,
    own: true,
  });
  const at = (minute: number) => new Date(Date.UTC(2026, 4, 11, 2, minute)).toISOString();
  const entry = (n: number, kind: string, detail: CaseFileEntry['detail']): CaseFileEntry => ({
    id: `e${n}`,
    kind,
    taskId: n < hashes.length / 2 ? 'task-2026' : 'task-2027',
    at: at(n),
    position: n,
    by: 'inspector-1',
    departmentId: 'scjg',
    detail,
  });
  const entries = [
    entry(0, 'drawn', {}),
    entry(1, 'result', { entry: 1, category: 'no_issue_found', method: 'onsite', inspectedOn: '2026-05-11' }),
    ...hashes.map((hash, i) =>
      entry(2 + i, 'evidence', {
        hash,
        contentType: 'image/jpeg',
        size: SIZE,
        kind: 'photo',
        to: 'result',
        toId: 'scjg',
      }),
    ),
    entry(2 + hashes.length, 'publication', {
      category: 'no_issue_found',
      publishedOn: '2026-05-20',
      late: false,
    }),
  ];
  const frame: CaseFileFrame = {
    entity: { id: '91320102MA00000X16', name: '南京示例餐饮管理有限公司', code: '91320102MA00000X16' },
    tasks: [task('task-2026', at(0)), task('task-2027', at(60))],
    yearlyChecks: [
      { year: 2026, count: 2, taskIds: ['task-2026', 'task-2027'], discardedTaskIds: [], sharedVisits: [] },
    ],
    reader: { scope: 'all', ownTaskIds: new Set(['task-2026', 'task-2027']) },
  };
  return { frame, entries };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-case-file-'));
  try {
    const store = new FilesystemBlobStore(join(dir, 'blobs'));
    const hashes: string[] = [];
    for (let n = 0; n < FILES; n += 1) {
      const bytes = photo(n);
      const { hash } = await store.put(Readable.from([bytes]), { maxBytes: SIZE });
      writeFileSync(join(dir, `raw-${hash}`), bytes);
      hashes.push(hash);
    }
    const { path, postscriptName } = parseFontSetting(DEFAULT_FORM_FONT);
    const font = parseFormFont(readFileSync(path), DEFAULT_FORM_FONT, postscriptName);
    if (typeof font === 'string') throw new Error(font);
    const { frame, entries } = caseFile(hashes);

    const baseline = () => {
      const zip = new ZipFile();
      for (const hash of hashes) {
        zip.addReadStreamLazy(`evidence/${hash}`, { compress: false, size: SIZE }, (callback) =>
          callback(null, createReadStream(join(dir, `raw-${hash}`))),
        );
      }
      zip.end();
      return pipeline(zip.outputStream, createWriteStream(join(dir, 'baseline.zip')));
    };
    let pdfSeconds = 0;
    const exported = async () => {
      const now = new Date();
      const { files } = exportable(entries, {
        maxEntries: 10_000,
        maxFiles: 2_000,
        maxBytes: 20 * 1024 ** 3,
      });
      for (const file of files) if (!(await store.stat(file.sha256))) throw new Error('missing');
      const summary = caseFileSummary(
        frame,
        entries,
        files.length,
        now,
        'https://ssj.example.gov.cn/registers/entities',
      );
      const began = performance.now();
      const pdf = await renderForm(summary, font, now);
      pdfSeconds = (performance.now() - began) / 1000;
      const manifest = caseFileManifest({
        frame,
        entries,
        files,
        missing: [],
        summary: { pdf, number: summary.number },
        exportedAt: now,
        exportedBy: 'auditor-1',
        departmentId: 'audit',
      });
      const zip = caseFileZip({ manifest, summary: pdf, files, store, at: now });
      await pipeline(zip, createWriteStream(join(dir, 'case-file.zip')));
    };

    await baseline(); // warm the page cache and the font's glyph cache once for both
    await exported();
    const rows: string[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const raw = await measure(baseline);
      const ours = await measure(exported);
      rows.push(
        `run ${run}: baseline raw yazl ${raw.seconds.toFixed(3)} s (${((FILES * SIZE) / 1048576 / raw.seconds).toFixed(0)} MiB/s, peak RSS +${(raw.rss / 1048576).toFixed(0)} MiB); ` +
          `case-file export ${ours.seconds.toFixed(3)} s (${(ours.seconds / raw.seconds).toFixed(2)}× baseline, of which the summary PDF ${pdfSeconds.toFixed(3)} s; peak RSS +${(ours.rss / 1048576).toFixed(0)} MiB)`,
      );
    }
    console.log(
      `case-file export: ${FILES} files × ${(SIZE / 1048576).toFixed(1)} MiB, ${entries.length} entries, filesystem blob store`,
    );
    for (const row of rows) console.log(row);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
