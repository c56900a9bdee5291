import type { PublicCancellation } from '@app/contract';
import { type InspectionTaskEvent, beijingDate } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/**
 * A task as the portal's cancellation list keeps it: its name and lead from initiation, and, once
 * it is cancelled after its pool was frozen, the cancellation (absent `cancelledAt`: not shown).
 */
export type PublicCancellationView = ReadDocument &
  Pick<PublicCancellation, 'name' | 'leadDepartmentId'> &
  Partial<Omit<PublicCancellation, 'name' | 'leadDepartmentId'>> & {
    /** The discarded draw's entities (a draw in one event: at most its 10,000). */
    entityIds?: string[];
  };

/** Cancellations after the freeze, published with their reason, approval and discarded draw. */
export const publicCancellationsProjection: Projection<InspectionTaskEvent> = {
  name: 'publicCancellations',
  collections: [{ name: 'cancellations', indexes: [['cancelledAt']] }],
  eventTypes: ['InspectionTaskInitiated', 'InspectionTaskCancelled'],
  apply(event): DocumentChange[] {
    const taskId = event.stream.slice('inspectionTask-'.length);
    if (event.type === 'InspectionTaskInitiated') {
      const { name, leadDepartmentId } = event.data;
      const view: PublicCancellationView = { id: taskId, name, leadDepartmentId };
      return [{ collection: 'cancellations', id: taskId, put: view }];
    }
    if (event.type !== 'InspectionTaskCancelled') return [];
    const { discardedDraw, reason } = event.data;
    // Cancelled before the freeze: nothing was drawn, nothing to publish.
    if (!discardedDraw) return [{ collection: 'cancellations', id: taskId, remove: true }];
    const { entityIds = [], ...record } = discardedDraw;
    const at = event.metadata.occurredAt;
    return [
      {
        collection: 'cancellations',
        id: taskId,
        update: (current: PublicCancellationView | undefined): PublicCancellationView => ({
          id: taskId,
          name: current?.name ?? '',
          leadDepartmentId: current?.leadDepartmentId ?? event.metadata.departmentId,
          taskId,
          reason,
          approvedBy: { departmentId: event.metadata.departmentId, role: 'principal' },
          cancelledAt: at,
          cancelledOn: beijingDate(at),
          discardedDraw: { ...record, listed: entityIds.length },
          entityIds,
        }),
      },
    ];
  },
};
