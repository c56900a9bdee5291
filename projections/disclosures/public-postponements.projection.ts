import type { PublicPostponement } from '@app/contract';
import { type InspectionTaskEvent, beijingDate } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/**
 * A task as the portal's postponement list keeps it: its name and lead from initiation, and each
 * approved postponement (none yet, `lastPostponedAt` absent: not shown).
 */
export type PublicPostponementView = ReadDocument &
  Omit<PublicPostponement, 'taskId'> & { lastPostponedAt?: string };

/** Postponements after the announcement, published with their reason, windows and approval (Yuanqu 二(三)). */
export const publicPostponementsProjection: Projection<InspectionTaskEvent> = {
  name: 'publicPostponements',
  collections: [{ name: 'postponements', indexes: [['lastPostponedAt']] }],
  eventTypes: ['InspectionTaskInitiated', 'InspectionTaskPostponed'],
  apply(event): DocumentChange[] {
    const taskId = event.stream.slice('inspectionTask-'.length);
    if (event.type === 'InspectionTaskInitiated') {
      const { name, leadDepartmentId, window } = event.data;
      const view: PublicPostponementView = { id: taskId, name, leadDepartmentId, window, postponements: [] };
      return [{ collection: 'postponements', id: taskId, put: view }];
    }
    if (event.type !== 'InspectionTaskPostponed') return [];
    const { previousWindow, window, reason } = event.data;
    const at = event.metadata.occurredAt;
    const entry = {
      previousWindow,
      window,
      reason,
      approvedBy: { departmentId: event.metadata.departmentId, role: 'head' as const },
      postponedAt: at,
      postponedOn: beijingDate(at),
    };
    return [
      {
        collection: 'postponements',
        id: taskId,
        update: (current: PublicPostponementView | undefined): PublicPostponementView => ({
          id: taskId,
          name: current?.name ?? '',
          leadDepartmentId: current?.leadDepartmentId ?? event.metadata.departmentId,
          window,
          postponements: [...(current?.postponements ?? []), entry],
          lastPostponedAt: at,
        }),
      },
    ];
  },
};
