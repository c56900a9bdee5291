import type { DrawVerification } from '@app/contract';
import { inspectionTaskDecider, registerStreams } from '@app/domain';
import { type BrokenLink, type EventStore, type RecordedEvent, RecordedLog } from '@app/event-store';
import { checkChain } from './chain';
import { type EvidenceFilesVerification, attachedFiles, verifyEvidenceFiles } from './bundle-evidence';
import { loadAggregate } from './load-aggregate';
import { verifyEntityDraw } from './verify-entity-draw';
import { type AnchorSource, anchorEvents } from './transparency/anchor-source';
import {
  type AnchorVerification,
  type BundleAnchor,
  type ConsistencyProof,
  type SavedCheckpoints,
  verifyBundleAnchor,
} from './transparency/bundle-anchor';

export const TASK_BUNDLE_FORMAT = 'ssj-task-bundle-v1';

/**
 * Everything an auditor needs to check a task offline (docs/api.md, "Export bundles"): the
 * task's events; up to the last draw's position, the streams its draws read (the entity and
 * inspector directories, and the other tasks, whose draws make the yearly counts); and the
 * task's state as the exporting system folded it.
 */
export interface TaskBundle {
  format: typeof TASK_BUNDLE_FORMAT;
  taskId: string;
  exportedAt: string;
  /** The last position the registers' streams are included up to (0: the task drew nothing). */
  drawPosition: number;
  /** Every included event, as stored (hash chain included), stream after stream. */
  events: RecordedEvent[];
  state: unknown;
  /** The latest signed checkpoint and each event's inclusion in it (absent before the first checkpoint). */
  transparency?: BundleAnchor;
}

/** The transparency log to anchor a bundle in, and the earlier sizes to prove consistency from. */
export interface ExportAnchoring {
  source: AnchorSource;
  consistencyFrom?: readonly number[];
}

/** Checkpoints the auditor saved earlier; without them the anchor is not checked (`anchor` absent). */
export interface BundleVerificationOptions {
  saved?: SavedCheckpoints;
  consistency?: readonly ConsistencyProof[];
  /** The directory `export --with-evidence` wrote the attached files to: each is checked by its hash. */
  evidenceDir?: string;
}

export interface BundleVerification {
  verified: boolean;
  taskId: string;
  chain: { streams: number; events: number; brokenLink?: BrokenLink };
  state: { matches: boolean };
  draws?: DrawVerification;
  /** Whether every event is in a checkpoint the auditor saved earlier (only with saved checkpoints). */
  anchor?: AnchorVerification;
  /** Each attached file checked against its hash (only with an evidence directory). */
  evidence?: EvidenceFilesVerification;
  problems: string[];
}

/** The bundle of a task from the log as stored (not upcast), or undefined for no such task. */
export async function exportTaskBundle(
  log: EventStore,
  taskId: string,
  now: Date,
  anchoring?: ExportAnchoring,
): Promise<TaskBundle | undefined> {
  const stream = registerStreams.inspectionTask(taskId);
  const own: RecordedEvent[] = [];
  for await (const event of log.readStream(stream)) own.push(event);
  if (own.length === 0) return undefined;
  let drawPosition = 0;
  for (const event of own) {
    const draw = event.data.draw as { position?: number } | undefined;
    if (typeof draw?.position === 'number') drawPosition = Math.max(drawPosition, draw.position);
  }
  const events: RecordedEvent[] = [];
  if (drawPosition > 0) {
    for (const prefix of [
      registerStreams.entity(''),
      registerStreams.inspector(''),
      registerStreams.inspectionTask(''),
    ]) {
      for await (const event of log.readStreamsByPrefix(prefix, { maxPosition: drawPosition })) {
        if (event.stream !== stream) events.push(event);
      }
    }
  }
  for (const event of own) events.push(event);
  const { state } = await loadAggregate(log, stream, inspectionTaskDecider);
  const transparency = anchoring && (await anchorEvents(anchoring.source, events, anchoring.consistencyFrom));
  return {
    format: TASK_BUNDLE_FORMAT,
    taskId,
    exportedAt: now.toISOString(),
    drawPosition,
    events: events.map((e) => ({ ...e, metadata: e.metadata })),
    state,
    ...(transparency ? { transparency } : {}),
  };
}

/**
 * Checks a bundle offline: every stream's chain, the task's state, its draws, and, given the
 * checkpoints the auditor saved earlier, that every event is in the history they pinned.
 */
export async function verifyTaskBundle(
  bundle: TaskBundle,
  options: BundleVerificationOptions = {},
): Promise<BundleVerification> {
  const problems: string[] = [];
  if (bundle.format !== TASK_BUNDLE_FORMAT) problems.push(`unknown bundle format ${String(bundle.format)}`);
  const events = bundle.events.map((e) => ({ ...e, recordedAt: new Date(e.recordedAt) }));
  const chain = await checkChain(events);
  const { brokenLink } = chain;
  if (brokenLink)
    problems.push(`the chain of ${brokenLink.stream} breaks at revision ${brokenLink.revision}`);
  const log = new RecordedLog(events);
  const stream = registerStreams.inspectionTask(bundle.taskId);
  const { state } = await loadAggregate(log, stream, inspectionTaskDecider);
  const stateMatches = JSON.stringify(state) === JSON.stringify(bundle.state);
  if (!stateMatches) problems.push("the task's events do not fold into the state the bundle records");
  let draws: DrawVerification | undefined;
  if (state.status !== 'absent' && state.entityIds !== null) {
    draws = await verifyEntityDraw(log, bundle.taskId);
    problems.push(...draws.mismatches);
  }
  let anchor: AnchorVerification | undefined;
  if (options.saved) {
    anchor = verifyBundleAnchor(events, bundle.transparency, options.saved, options.consistency);
    problems.push(...anchor.problems.map((p) => `${p.kind}: ${p.detail}`));
  }
  let evidence: EvidenceFilesVerification | undefined;
  if (options.evidenceDir !== undefined) {
    evidence = await verifyEvidenceFiles(attachedFiles(events, stream), options.evidenceDir);
    problems.push(
      ...evidence.missing.map((hash) => `evidence file ${hash} is missing`),
      ...evidence.altered.map((hash) => `evidence file ${hash} does not match its hash (altered)`),
    );
  }
  return {
    verified: problems.length === 0,
    taskId: bundle.taskId,
    chain: { streams: chain.streams, events: chain.events, ...(brokenLink ? { brokenLink } : {}) },
    state: { matches: stateMatches },
    ...(draws ? { draws } : {}),
    ...(anchor ? { anchor } : {}),
    ...(evidence ? { evidence } : {}),
    problems,
  };
}
