import {
  type InspectionMethod,
  type InspectionResult,
  UNRECORDED_METHOD,
  type InspectionTaskEvent,
  beijingDate,
  publicOperatorTrusted,
} from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/** A task announced to the public at its lock (抽查任务公告). */
export interface PublicAnnouncementView extends ReadDocument {
  name: string;
  planId: string | null;
  leadDepartmentId: string;
  departmentIds: string[];
  itemIds: string[];
  window: { from: string; to: string };
  entityCount: number;
  /** Where the draw's chance comes from: the beacon round named at initiation, or why none (v2 tasks). */
  randomness?:
    | { beacon: { source: string; round: string; publishedAt: string } }
    | { operatorTrusted: { statedReason: string | null } };
  /** Absent until the task is locked: only announced tasks are public. */
  announcedOn?: string;
}

/** A published result as the public sees it: no inspector, witness, notes or finding text. */
export interface PublicResultView extends ReadDocument {
  taskId: string;
  entityId: string;
  departmentId: string;
  category: InspectionResult['category'];
  /** How it was inspected (Gui'an 第四十三条 抽查情况); `unrecorded` for results entered before it was kept. */
  method?: InspectionMethod | typeof UNRECORDED_METHOD;
  items: { itemId: string; compliant?: boolean }[];
  inspectedOn: string;
  publishedOn: string;
  /** When the published result was corrected (更正), the day and the reason. */
  correction?: { correctedOn: string; reason: string; previousCategory: InspectionResult['category'] };
  /** 整改 follow-up results (Gui'an 第三十二条 二次录入): the day and whether it was put right, no finding text. */
  rectifications?: { rectifiedOn: string; rectified: boolean }[];
}

/** What of a result may be public (Gui'an 第四十三条: personal data and trade secrets masked). */
export function publicPart(
  result: InspectionResult,
): Pick<PublicResultView, 'category' | 'method' | 'items' | 'inspectedOn'> {
  return {
    category: result.category,
    method: result.method ?? UNRECORDED_METHOD,
    items: result.itemFindings.map((f) => ({
      itemId: f.itemId,
      ...(f.compliant === undefined ? {} : { compliant: f.compliant }),
    })),
    inspectedOn: result.inspectedOn,
  };
}

/**
 * What the public portal shows: task announcements and published results, corrections and 整改
 * follow-ups included (a result kept from publication is never published, so never here); a result withdrawn from public view after its period (on the entity's application) leaves it.
 */
export const publicDisclosuresProjection: Projection<InspectionTaskEvent> = {
  name: 'publicDisclosures',
  collections: [
    { name: 'announcements', indexes: [['announcedOn'], ['leadDepartmentId']] },
    { name: 'results', indexes: [['entityId'], ['taskId'], ['publishedOn']] },
  ],
  eventTypes: [
    'InspectionTaskInitiated',
    'InspectionTaskLocked',
    'InspectionTaskCancelled',
    'ResultPublished',
    'ResultCorrected',
    'PublicDisclosureStopped',
    'RectificationResultEntered',
    'InspectionTaskPostponed',
  ],
  apply(event): DocumentChange[] {
    const taskId = event.stream.slice('inspectionTask-'.length);
    const resultId = (of: { entityId: string; departmentId: string }) =>
      `${taskId}|${of.entityId}|${of.departmentId}`;
    switch (event.type) {
      case 'InspectionTaskInitiated': {
        const d = event.data;
        const view: PublicAnnouncementView = {
          id: taskId,
          name: d.name,
          planId: d.planId ?? null,
          leadDepartmentId: d.leadDepartmentId,
          departmentIds: [d.leadDepartmentId],
          itemIds: [],
          window: d.window,
          entityCount: 0,
          ...(d.beacon
            ? {
                randomness: {
                  beacon: {
                    source: d.beacon.source,
                    round: d.beacon.round,
                    publishedAt: d.beacon.publishedAt,
                  },
                },
              }
            : d.operatorTrusted
              ? {
                  randomness: {
                    operatorTrusted: {
                      statedReason: publicOperatorTrusted(d.operatorTrusted, d.adhocReason)!.reason,
                    },
                  },
                }
              : {}),
        };
        return [{ collection: 'announcements', id: taskId, put: view }];
      }
      case 'InspectionTaskLocked': {
        const d = event.data;
        return [
          {
            collection: 'announcements',
            id: taskId,
            update: (current) =>
              current === undefined
                ? null
                : {
                    ...current,
                    departmentIds: d.departmentIds,
                    itemIds: d.itemIds,
                    window: d.window,
                    entityCount: Object.keys(d.teams).length,
                    announcedOn: beijingDate(event.metadata.occurredAt),
                  },
          },
        ];
      }
      case 'InspectionTaskCancelled':
        return [{ collection: 'announcements', id: taskId, remove: true }];
      case 'InspectionTaskPostponed': {
        const { window } = event.data;
        return [
          {
            collection: 'announcements',
            id: taskId,
            update: (current) => (current === undefined ? null : { ...current, window }),
          },
        ];
      }
      case 'ResultPublished': {
        const d = event.data;
        const view: PublicResultView = {
          id: resultId(d),
          taskId,
          entityId: d.entityId,
          departmentId: d.departmentId,
          ...publicPart(d.result),
          publishedOn: d.publishedOn,
        };
        return [{ collection: 'results', id: view.id, put: view }];
      }
      case 'ResultCorrected': {
        const d = event.data;
        return [
          {
            collection: 'results',
            id: resultId(event.data),
            update: (view: PublicResultView | undefined) => {
              if (!view) return null;
              return {
                ...view,
                ...publicPart(d.corrected),
                correction: {
                  correctedOn: beijingDate(event.metadata.occurredAt),
                  reason: d.reason,
                  previousCategory: view.correction?.previousCategory ?? view.category,
                },
              };
            },
          },
        ];
      }
      case 'PublicDisclosureStopped':
        return [{ collection: 'results', id: resultId(event.data), remove: true }];
      case 'RectificationResultEntered': {
        const { rectifiedOn, rectified } = event.data;
        return [
          {
            collection: 'results',
            id: resultId(event.data),
            update: (view: PublicResultView | undefined) =>
              view
                ? { ...view, rectifications: [...(view.rectifications ?? []), { rectifiedOn, rectified }] }
                : null,
          },
        ];
      }
      default:
        return [];
    }
  },
};
