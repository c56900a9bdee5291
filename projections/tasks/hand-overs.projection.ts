import type { HandOverItem } from '@app/contract';
import { type InspectionTaskEvent, beijingDate } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/** A hand-over of a business that moved away (Yiyuan 二十八); names are looked up when listed. */
export type HandOverView = ReadDocument & Omit<HandOverItem, 'taskName' | 'entityName'>;

/** Hand-overs awaiting, taken or declined, by receiving and by sending department. */
export const handOversProjection: Projection<InspectionTaskEvent> = {
  name: 'handOvers',
  collections: [
    { name: 'handOvers', indexes: [['toDepartmentId'], ['fromDepartmentId'], ['status'], ['handedOverOn']] },
  ],
  eventTypes: ['EntityHandedOver', 'HandOverTaken', 'HandOverDeclined'],
  apply(event): DocumentChange[] {
    if (
      event.type !== 'EntityHandedOver' &&
      event.type !== 'HandOverTaken' &&
      event.type !== 'HandOverDeclined'
    )
      return [];
    const { taskId, entityId } = event.data;
    const id = `${taskId}|${entityId}`;
    const on = beijingDate(event.metadata.occurredAt);
    if (event.type === 'EntityHandedOver') {
      const { fromDepartmentId, toDepartmentId, toRegionCode, note } = event.data;
      const view: HandOverView = {
        id,
        taskId,
        entityId,
        fromDepartmentId,
        toDepartmentId,
        toRegionCode,
        note,
        status: 'awaiting',
        handedOverOn: on,
      };
      return [{ collection: 'handOvers', id, put: view }];
    }
    const answer: Partial<HandOverView> =
      event.type === 'HandOverTaken'
        ? { status: 'taken', intoTaskId: event.data.intoTaskId, answeredOn: on }
        : { status: 'declined', declineReason: event.data.reason, answeredOn: on };
    return [
      {
        collection: 'handOvers',
        id,
        update: (current: HandOverView | undefined) => (current ? { ...current, ...answer } : null),
      },
    ];
  },
};
