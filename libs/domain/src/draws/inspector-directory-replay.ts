import type { InspectorCategory, InspectorStatus } from '../registers/vocabulary';

export const INSPECTOR_DIRECTORY_EVENT_TYPES = [
  'InspectorRegistered',
  'InspectorUpdated',
  'InspectorStatusChanged',
  'InspectorConflictDeclared',
  'InspectorPersonalDataErased',
] as const;

export interface InspectorEntry {
  inspectorId: string;
  departmentId: string;
  regionCode: string;
  status: InspectorStatus;
  erased: boolean;
  conflicts: string[];
  category?: InspectorCategory;
  enforcementValidUntil?: string;
}

/** The inspector directory as of the last event given (for draws and their verification). */
export class InspectorDirectoryReplay {
  readonly inspectors = new Map<string, InspectorEntry>();

  apply(event: { type: string; data: Record<string, unknown> }): void {
    const data = event.data;
    const id = data.inspectorId as string;
    if (event.type === 'InspectorRegistered') {
      this.inspectors.set(id, {
        inspectorId: id,
        departmentId: data.departmentId as string,
        regionCode: data.regionCode as string,
        status: 'active',
        erased: false,
        conflicts: [],
        category: data.category as InspectorCategory,
        ...(typeof data.enforcementValidUntil === 'string'
          ? { enforcementValidUntil: data.enforcementValidUntil }
          : {}),
      });
      return;
    }
    const entry = this.inspectors.get(id);
    if (!entry) return;
    switch (event.type) {
      case 'InspectorUpdated': {
        const changes = data.changes as {
          regionCode?: string;
          category?: InspectorCategory;
          enforcementValidUntil?: string;
        };
        if (changes.regionCode) entry.regionCode = changes.regionCode;
        if (changes.category) entry.category = changes.category;
        if (changes.enforcementValidUntil) entry.enforcementValidUntil = changes.enforcementValidUntil;
        return;
      }
      case 'InspectorStatusChanged':
        entry.status = data.to as InspectorStatus;
        return;
      case 'InspectorConflictDeclared':
        entry.conflicts.push(data.entityId as string);
        return;
      case 'InspectorPersonalDataErased':
        entry.erased = true;
        return;
    }
  }

  /** The department's inspectors who may be drawn. */
  eligible(departmentId: string): InspectorEntry[] {
    return [...this.inspectors.values()].filter(
      (i) => i.departmentId === departmentId && i.status === 'active' && !i.erased,
    );
  }
}
