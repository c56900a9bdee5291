import type { InspectionTaskEvent } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/**
 * An objection's two deadlines (Yiyuan 二十七): reviewed within N working days of its receipt, the
 * business told the outcome within M of the review. Like the other overdue lists, the dates owed
 * are counted when asked, with the calendar as it is then; only what happened, and when, is kept.
 */
export interface ObjectionDeadlineView extends ReadDocument {
  taskId: string;
  objectionId: string;
  entityId: string;
  departmentId: string;
  receivedOn: string;
  reviewedOn?: string;
  notifiedOn?: string;
}

export const objectionDeadlineId = (taskId: string, objectionId: string) => `${taskId}|${objectionId}`;

export const objectionDeadlinesProjection: Projection<InspectionTaskEvent> = {
  name: 'objectionDeadlines',
  collections: [{ name: 'objections', indexes: [['departmentId'], ['taskId']] }],
  eventTypes: ['ObjectionFiled', 'ObjectionReviewed', 'ObjectionOutcomeNotified'],
  apply(event): DocumentChange[] {
    const taskId = event.stream.slice('inspectionTask-'.length);
    const patch = (
      objectionId: string,
      change: Partial<ObjectionDeadlineView>,
    ): DocumentChange<ObjectionDeadlineView> => ({
      collection: 'objections',
      id: objectionDeadlineId(taskId, objectionId),
      update: (view) => (view ? { ...view, ...change } : null),
    });
    switch (event.type) {
      case 'ObjectionFiled': {
        const d = event.data;
        const id = objectionDeadlineId(taskId, d.objectionId);
        const view: ObjectionDeadlineView = {
          id,
          taskId,
          objectionId: d.objectionId,
          entityId: d.entityId,
          departmentId: d.departmentId,
          receivedOn: d.receivedOn,
        };
        return [{ collection: 'objections', id, put: view }];
      }
      case 'ObjectionReviewed':
        return [patch(event.data.objectionId, { reviewedOn: event.data.reviewedOn })];
      case 'ObjectionOutcomeNotified':
        return [patch(event.data.objectionId, { notifiedOn: event.data.notifiedOn })];
      default:
        return [];
    }
  },
};
