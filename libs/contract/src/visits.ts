/** One member of a visit's joint team (an 执法人员 of one of its tasks' teams for the entity). */
export interface VisitTeamMember {
  inspectorId: string;
  departmentId: string;
}

/** A visit as GET /api/visits/:id answers it (ADR 39). */
export interface VisitAnswer {
  visitId: string;
  entityId: string;
  taskIds: string[];
  date: string;
  status: 'proposed' | 'agreed' | 'declined';
  /** Each task's lead department, and the tasks whose lead agreed so far. */
  leads: Record<string, string>;
  agreedTaskIds: string[];
  team?: { members: VisitTeamMember[]; leaderId?: string };
  /** The hex basis the team was drawn from (docs/draw.md "The visit's team"). */
  teamBasis?: string;
  /**
   * Once agreed: each task's join (ADR 39). `missing`: its history does not record the visit yet
   * (with `why` when it can no longer: a lead records it as left by POST /api/visits/:id/joins).
   */
  joins?: VisitJoinItem[];
}

/** Why a task of an agreed visit could not record it. */
export type VisitLeaving = 'cancelled' | 'withdrawn' | 'handedOver' | 'otherVisit';

export interface VisitJoinItem {
  taskId: string;
  status: 'joined' | 'missing' | 'left';
  why?: VisitLeaving;
}

/** A proposed, agreed or declined visit, as the entity's visits list it (GET /api/visits). */
export interface EntityVisitItem {
  visitId: string;
  taskIds: string[];
  date: string;
  status: 'proposed' | 'agreed' | 'declined';
  proposedBy: string;
  team?: { members: VisitTeamMember[]; leaderId?: string };
  declined?: { departmentId: string; reason: string };
  left?: { taskId: string; why: VisitLeaving }[];
}
