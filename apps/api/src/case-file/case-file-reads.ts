import type { CaseFileAnswer, CaseFileEntry, CaseFileTask, CaseFileYear } from '@app/contract';
import {
  type CaseFileEntryView,
  type CaseFileTaskView,
  type EntityChecksView,
  type EntityView,
  sharedVisits,
} from '@app/projections';
import type { ReadCollection } from '@app/read-store';
import type { Actor, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { everything } from '../common/read-all';
import { STORES } from '../stores/stores.providers';

/** Roles that read every case file whole, every task's files among it (as for evidence, ADR 47). */
const OVERSIGHT_ROLES: readonly string[] = ['auditor', 'supervisor'];

/** Who reads a case file, and which tasks' files they see. */
export interface CaseFileReader {
  scope: 'all' | 'department';
  /** The tasks whose evidence the reader sees (all of them for oversight). */
  ownTaskIds: ReadonlySet<string>;
}

/** The case file's frame: the entity, its tasks, its yearly checks, and the reader's scope. */
export interface CaseFileFrame {
  entity: CaseFileAnswer['entity'];
  tasks: CaseFileTask[];
  yearlyChecks: CaseFileYear[];
  reader: CaseFileReader;
}

/**
 * The case file of an entity (一对象一档案) from the `caseFile` read model, as one reader may see it:
 * auditors and supervisors everything; a department that took part in a task that drew the entity,
 * every entry but the files of tasks it had no part in (evidence is not public: ADR 47, 49).
 */
@Injectable()
export class CaseFileReads {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  private get entries(): ReadCollection<CaseFileEntryView> {
    return this.stores.projections.collection<CaseFileEntryView>('caseFile', 'entries');
  }

  /** 404 no such entity; 403 a caller of no department that took part and no oversight role. */
  async frame(entityId: string, actor: Actor): Promise<CaseFileFrame> {
    const entity = await this.stores.projections.collection<EntityView>('entities', 'entities').get(entityId);
    if (!entity) throw ApiError.notFound('ENTITY_NOT_FOUND', `No entity ${entityId}`);
    const checks = await everything(
      this.stores.projections.collection<EntityChecksView>('entityChecks', 'checks'),
      { entityId },
    );
    const taskIds = [...new Set(checks.flatMap((c) => c.taskIds))];
    const taskCollection = this.stores.projections.collection<CaseFileTaskView>('caseFile', 'tasks');
    const views = (await Promise.all(taskIds.map((id) => taskCollection.get(id)))).filter(
      (t): t is CaseFileTaskView => t !== undefined,
    );
    const drawn = await everything(this.entries, { entityId, kind: 'drawn' });
    const drawnAt = new Map(drawn.map((e) => [e.taskId, e.at]));
    const departmentsOf = (t: CaseFileTaskView) => [t.leadDepartmentId, ...t.acceptedIds];
    const oversight = actor.roles.some((role) => OVERSIGHT_ROLES.includes(role));
    const own = new Set(
      views.filter((t) => oversight || departmentsOf(t).includes(actor.departmentId)).map((t) => t.id),
    );
    if (!oversight && own.size === 0) {
      throw ApiError.forbidden(
        'CASE_FILE_FORBIDDEN',
        'Only the departments of a task that drew this business, auditors and supervisors see its case file',
      );
    }
    const tasks = views
      .map((t): CaseFileTask => ({
        taskId: t.id,
        name: t.name,
        type: t.planId ? 'planned' : 'adhoc',
        joint: t.participantIds.length > 0,
        planId: t.planId,
        leadDepartmentId: t.leadDepartmentId,
        departmentIds: departmentsOf(t),
        window: t.window,
        ...(drawnAt.has(t.id) ? { drawnAt: drawnAt.get(t.id) } : {}),
        own: own.has(t.id),
      }))
      .sort((a, b) => (a.drawnAt ?? '').localeCompare(b.drawnAt ?? ''));
    const yearlyChecks = checks
      .map((c) => ({
        year: c.year,
        count: c.count,
        taskIds: c.taskIds,
        discardedTaskIds: c.discardedTaskIds ?? [],
        sharedVisits: sharedVisits(c.sharedChecks),
      }))
      .sort((a, b) => a.year - b.year);
    return {
      entity: { id: entity.id, name: entity.name, code: entity.code },
      tasks,
      yearlyChecks,
      reader: { scope: oversight ? 'all' : 'department', ownTaskIds: own },
    };
  }

  /** One page of entries, oldest first, as the reader sees them. */
  async page(
    entityId: string,
    reader: CaseFileReader,
    limit: number,
    after?: string,
  ): Promise<{ entries: CaseFileEntry[]; nextCursor?: string }> {
    const page = await this.entries.find({
      filter: { entityId },
      sort: [{ field: 'position', direction: 'asc' }],
      limit,
      after,
    });
    return {
      entries: page.items.map((e) => visibleEntry(e, reader)),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  }

  /** Every entry, oldest first, at most `max`; undefined when there are more (the export refuses). */
  async all(entityId: string, reader: CaseFileReader, max: number): Promise<CaseFileEntry[] | undefined> {
    if ((await this.entries.count({ entityId })) > max) return undefined;
    const out: CaseFileEntry[] = [];
    let after: string | undefined;
    do {
      const page = await this.page(entityId, reader, 1000, after);
      out.push(...page.entries);
      after = page.nextCursor;
    } while (after);
    return out;
  }
}

/** An evidence entry of a task not the reader's: what was attached and when, not which file. */
export function visibleEntry(entry: CaseFileEntryView, reader: CaseFileReader): CaseFileEntry {
  const { entityId: _entityId, ...rest } = entry;
  if (entry.kind !== 'evidence' || !entry.taskId || reader.ownTaskIds.has(entry.taskId)) return rest;
  const { hash: _hash, name: _name, ...detail } = entry.detail;
  return { ...rest, detail, withheld: true };
}
