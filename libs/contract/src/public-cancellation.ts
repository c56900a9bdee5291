/**
 * A task cancelled after its pool was frozen, as the public portal shows it (GET
 * /api/public/cancellations): who decided is named by position and department, not by person.
 */
export interface PublicCancellation {
  taskId: string;
  name: string;
  leadDepartmentId: string;
  reason: string;
  /** The approval: a principal head (主要负责人) of this department. */
  approvedBy: { departmentId: string; role: 'principal' };
  /** When the approval was recorded (ISO 8601) and its day in Beijing. */
  cancelledAt: string;
  cancelledOn: string;
  /** The draw it discarded, as its record has it; its entities at .../entities. */
  discardedDraw: {
    drawId?: string;
    algorithm?: string;
    position?: number;
    year?: number;
    poolDigest?: string;
    selectedDigest?: string;
    selectedCount: number;
    /** A large draw recorded in parts: its list is in the task's DrawnEntitiesListed events. */
    parts?: number;
    /** How many entities are listed at .../entities (0 for a large draw). */
    listed: number;
  };
}

/** One page of a discarded draw's entities, as the portal shows entities. */
export interface PublicDiscardedEntities {
  taskId: string;
  items: { id: string; code: string; name: string }[];
  nextCursor?: string;
}
