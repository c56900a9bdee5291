import type { InspectionTaskEvent } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/**
 * One inspector's work in one task (考核 by inspector): the entities it was drawn or appointed for
 * (at the lock, and by an approved replacement) and those whose result it entered.
 */
export interface InspectorWorkView extends ReadDocument {
  taskId: string;
  inspectorId: string;
  departmentId: string;
  assignedEntityIds: string[];
  enteredEntityIds: string[];
}

export const inspectorWorkId = (taskId: string, inspectorId: string): string => `${taskId}|${inspectorId}`;

type WorkEvent = Extract<
  InspectionTaskEvent,
  { type: 'InspectionTaskLocked' | 'InspectorReplacedWithApproval' | 'ResultEntered' }
>;

const added = (list: readonly string[], id: string): string[] =>
  list.includes(id) ? [...list] : [...list, id];

function work(
  taskId: string,
  inspectorId: string,
  departmentId: string,
  change: (view: InspectorWorkView) => Partial<InspectorWorkView>,
): DocumentChange<InspectorWorkView> {
  const id = inspectorWorkId(taskId, inspectorId);
  return {
    collection: 'work',
    id,
    update: (current) => {
      const view = current ?? {
        id,
        taskId,
        inspectorId,
        departmentId,
        assignedEntityIds: [],
        enteredEntityIds: [],
      };
      return { ...view, ...change(view) };
    },
  };
}

export const inspectorWorkProjection: Projection<WorkEvent> = {
  name: 'inspectorWork',
  collections: [{ name: 'work', indexes: [['taskId'], ['inspectorId'], ['departmentId']] }],
  eventTypes: ['InspectionTaskLocked', 'InspectorReplacedWithApproval', 'ResultEntered'],
  apply(event): DocumentChange[] {
    const taskId = event.stream.slice('inspectionTask-'.length);
    switch (event.type) {
      case 'InspectionTaskLocked':
        // Experts and auxiliaries are not inspectors of the team: only members count here.
        return Object.entries(event.data.teams).flatMap(([entityId, team]) =>
          team.members.map((m) =>
            work(taskId, m.inspectorId, m.departmentId, (v) => ({
              assignedEntityIds: added(v.assignedEntityIds, entityId),
            })),
          ),
        );
      case 'InspectorReplacedWithApproval': {
        const { entityId, inInspectorId, departmentId } = event.data;
        return [
          work(taskId, inInspectorId, departmentId, (v) => ({
            assignedEntityIds: added(v.assignedEntityIds, entityId),
          })),
        ];
      }
      case 'ResultEntered': {
        const { entityId, inspectorId, departmentId } = event.data;
        return [
          work(taskId, inspectorId, departmentId, (v) => ({
            enteredEntityIds: added(v.enteredEntityIds, entityId),
          })),
        ];
      }
      default:
        return [];
    }
  },
};
