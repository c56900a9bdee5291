import type { CheckItemView, DepartmentView, EntityView, InspectorView } from '@app/projections';
import { type TaskState, actingDepartments, inspectionTaskDecider, registerStreams } from '@app/domain';
import { loadAggregate } from '@app/audit';
import type { Actor, AppConfig, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { InspectorRegistration } from '../registers/inspector-registration';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { type FormRef, availableForms, departmentItems, formRefusal } from './form-availability';
import { type FormFacts, inspectionForm, noticeForm, resultNoticeForm } from './form-contents';
import { type FormDocument, type FormKind, beijingMinute, publicTaskUrl } from './form-document';

/** Roles that oversee every task: they may print any task's forms (docs/security.md). */
const OVERSEERS = ['auditor', 'supervisor'] as const;

/** The forms of a task: who may print them, which exist at its stage, and each form's contents. */
@Injectable()
export class TaskForms {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inspectorRegistration: InspectorRegistration,
  ) {}

  /** The task as it is now, once `actor` is found to be one of its departments or an overseer. */
  async taskFor(taskId: string, actor: Actor): Promise<TaskState> {
    const { state } = await loadAggregate(
      this.stores.events,
      registerStreams.inspectionTask(taskId),
      inspectionTaskDecider,
    );
    if (state.status === 'absent') throw ApiError.notFound('TASK_NOT_FOUND', `No inspection task ${taskId}`);
    const overseer = OVERSEERS.some((role) => actor.roles.includes(role));
    if (!overseer && !actingDepartments(state).includes(actor.departmentId)) {
      throw ApiError.forbidden(
        'NOT_A_TASK_DEPARTMENT',
        "Only the task's departments, supervisors and auditors print its forms",
        { departmentId: actor.departmentId },
      );
    }
    return state;
  }

  list(taskId: string, task: TaskState): FormRef[] {
    return availableForms(taskId, task);
  }

  /** The form's contents, or the refusal of a form the task does not hold or its stage does not allow. */
  async document(
    taskId: string,
    task: TaskState,
    kind: FormKind,
    entityId: string,
    origin: string,
    now: Date,
    departmentId?: string,
  ): Promise<FormDocument> {
    const refused = formRefusal(task, kind, entityId, departmentId);
    if (refused) throw new ApiError(refused.status, refused.code, refused.message);
    const facts = await this.facts(taskId, task, entityId, origin, now);
    if (kind === 'notice') return noticeForm(facts);
    if (kind === 'inspection') return inspectionForm(facts, departmentId ?? '');
    return resultNoticeForm(facts);
  }

  private async facts(
    taskId: string,
    task: TaskState,
    entityId: string,
    origin: string,
    now: Date,
  ): Promise<FormFacts> {
    const read = this.stores.projections;
    const departments = read.collection<DepartmentView>('departments', 'departments');
    const departmentNames: Record<string, string> = {};
    for (const id of actingDepartments(task)) departmentNames[id] = (await departments.get(id))?.name ?? id;
    const entity = await read.collection<EntityView>('entities', 'entities').get(entityId);
    const items: FormFacts['items'] = {};
    const checkItems = read.collection<CheckItemView>('checkItems', 'items');
    for (const id of new Set(actingDepartments(task).flatMap((d) => departmentItems(task, d)))) {
      const found = await checkItems.get(id);
      if (found) items[id] = { name: found.name, basis: found.basis, content: found.content };
    }
    const team = task.teams[entityId];
    const inspectors: FormFacts['inspectors'] = {};
    const directory = read.collection<InspectorView>('inspectors', 'inspectors');
    for (const { inspectorId } of [...(team?.members ?? []), ...(team?.experts ?? [])]) {
      const found = await directory.get(inspectorId);
      if (!found) continue;
      // The 执法证号 in full: the notice names the officials who show their certificates on site.
      const opened = found.personalData
        ? await this.inspectorRegistration.open(inspectorId, found.personalData)
        : undefined;
      const certificateNo = opened?.certificateNo ?? found.certificateNo;
      inspectors[inspectorId] = {
        name: found.name,
        departmentId: found.departmentId,
        ...(certificateNo ? { certificateNo } : {}),
      };
    }
    return {
      taskId,
      task,
      departmentNames,
      entity: {
        id: entityId,
        name: entity?.name ?? entityId,
        code: entity?.code ?? '—',
        address: entity?.address ?? '—',
        ...(entity?.legalRepresentative ? { legalRepresentative: entity.legalRepresentative } : {}),
      },
      inspectors,
      items,
      objectionDays: {
        review: this.config.deadlines.objectionReview,
        outcomeNotice: this.config.deadlines.objectionOutcomeNotice,
      },
      publicUrl: publicTaskUrl(this.config.forms.publicBaseUrl ?? origin, taskId),
      generatedAt: beijingMinute(now),
    };
  }
}
