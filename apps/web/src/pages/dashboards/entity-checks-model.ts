/** GET /api/entities/:id/checks?year= */
export interface EntityChecks {
  entityId: string;
  year: number;
  count: number;
  taskIds: string[];
  cap: number;
}

/** The years shown, oldest first, ending with `last`. */
export function yearsEnding(last: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => last - count + 1 + i);
}

/** Where a year's count stands against the yearly cap (DRAW_YEARLY_CAP). */
export function capState(count: number, cap: number): 'under' | 'at' | 'over' {
  return count < cap ? 'under' : count === cap ? 'at' : 'over';
}

export interface EntityFlags {
  abnormalList?: boolean;
  seriousViolationList?: boolean;
  complaintsThisYear?: number;
}

/**
 * Why the cap does not hold this entity back (Yiyuan 十三): on the abnormal-operations or the
 * serious-violation list, or 2+ complaints this year. (Key items and directed special actions
 * lift it too, but that is the task's, not the entity's.)
 */
export function capExemptions(
  entity: EntityFlags,
): ('abnormalList' | 'seriousViolationList' | 'complaints')[] {
  return [
    ...(entity.abnormalList ? (['abnormalList'] as const) : []),
    ...(entity.seriousViolationList ? (['seriousViolationList'] as const) : []),
    ...((entity.complaintsThisYear ?? 0) >= 2 ? (['complaints'] as const) : []),
  ];
}
