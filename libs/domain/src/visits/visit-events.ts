import type { DomainEvent } from '../domain-event';
import type { Acting, DateWindow, Team } from '../tasks/task-vocabulary';

type E<T extends string, D extends object> = DomainEvent<T, { visitId: string } & D>;

/**
 * One visit to an entity for several locked tasks (进一次门、查多项事; Yiyuan 十八; Gui'an 第33–35条),
 * stream `visit-<id>` (ADR 39).
 */
export type VisitEvent =
  /** A lead proposes one visit on one day; its own tasks count as agreed. */
  | E<
      'VisitProposed',
      {
        entityId: string;
        taskIds: string[];
        date: string;
        proposedBy: string;
        departmentId: string;
        /** Each task's lead department, as it was when proposed. */
        leads: Record<string, string>;
      }
    >
  /** Another task's lead agrees (for every task of the visit it leads). */
  | E<'VisitAgreed', { entityId: string; taskIds: string[]; departmentId: string; agreedBy: string }>
  /** A lead declines, saying why: the visit is not held. */
  | E<
      'VisitDeclined',
      { entityId: string; taskIds: string[]; departmentId: string; declinedBy: string; reason: string }
    >
  /** Every lead agreed: the joint team drawn from the tasks' teams for the entity (docs/draw.md). */
  | E<'VisitConfirmed', { entityId: string; taskIds: string[]; date: string; team: Team; teamBasis: string }>
  /**
   * A task of the agreed visit could no longer record it (cancelled, the entity withdrawn or
   * handed over, or in another visit) before its `TaskJoinedVisit`: recorded, not skipped.
   */
  | E<'VisitTaskLeft', { entityId: string; taskId: string; why: VisitLeaving; recordedBy: string }>;

/** Why a task of an agreed visit could not record it. */
export type VisitLeaving = 'cancelled' | 'withdrawn' | 'handedOver' | 'otherVisit';

/** A task's part in an agreed visit, as its own history and the visit's stand. */
export type VisitJoin =
  | { taskId: string; status: 'joined' }
  /** Not yet recorded in the task; `why` when it can no longer be (a lead records it as left). */
  | { taskId: string; status: 'missing'; why?: VisitLeaving }
  | { taskId: string; status: 'left'; why: VisitLeaving };

export type VisitEventType = VisitEvent['type'];

/** A task as the visit's rules need it: read from its stream by the api when proposing and agreeing. */
export interface VisitTaskFacts {
  taskId: string;
  status: 'absent' | 'initiated' | 'locked' | 'cancelled';
  leadDepartmentId: string;
  /** Its window as it stands now (a postponed task's new window). */
  window: DateWindow;
  /** Its locked draw, less the entities withdrawn or handed over. */
  entityIds: string[];
  /** A visit it is already in (agreed, or still proposed) for the entity. */
  inVisit?: string;
}

export type VisitCommand =
  | {
      kind: 'ProposeVisit';
      visitId: string;
      entityId: string;
      date: string;
      by: Acting;
      tasks: VisitTaskFacts[];
      /** Fact: whether the date is a working day, when the calendar knows its year. */
      workingDay?: boolean;
      /** The joint team, drawn by drawVisitTeam, when the proposer leads every task. */
      team?: { team: Team; basis: string };
    }
  | {
      kind: 'AnswerVisit';
      visitId: string;
      by: Acting;
      agree: boolean;
      reason?: string;
      /** Facts read again on agreement: the tasks as they stand now. */
      tasks: VisitTaskFacts[];
      /** The joint team, drawn by drawVisitTeam when this agreement is the last one. */
      team?: { team: Team; basis: string };
    }
  /** A lead completes the agreed visit's record: the tasks that can no longer join are recorded as left. */
  | { kind: 'RecordVisitJoins'; visitId: string; by: Acting; joins: VisitJoin[] };

export interface VisitState {
  status: 'proposed' | 'agreed' | 'declined';
  entityId: string;
  taskIds: string[];
  date: string;
  leads: Record<string, string>;
  agreedTaskIds: string[];
  team?: Team;
  teamBasis?: string;
  /** Tasks recorded as left before they joined, and why. */
  left?: Record<string, VisitLeaving>;
}

export type VisitAggregateState = { status: 'absent' } | VisitState;
