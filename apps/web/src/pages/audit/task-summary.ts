/** A task's state as `GET /api/tasks/:id` answers it (folded from its stream), in the parts the page shows. */
export interface TaskStateView {
  id: string;
  at?: string;
  revision?: number;
  status: string;
  planId?: string;
  leadDepartmentId: string;
  participants: { departmentId: string; itemIds: string[] }[];
  itemIds: string[];
  window: { from: string; to: string };
  responseDue?: { date: string; provisional: boolean; unknownYears: number[] };
  responses: Record<
    string,
    { accepted: boolean; itemIds: string[]; late: boolean; notAnswering?: { recordedOn: string } }
  >;
  entityIds: string[] | null;
  withdrawnEntityIds: string[];
  teams: Record<string, unknown>;
  requests: Record<string, { kind: string; status: string }>;
  entered: Record<string, unknown>;
  published: Record<string, unknown>;
  objections: Record<string, { status: string }>;
}

/** `notAnswering`: silent past its deadline, the lead went on without it (Gui'an 第四十条). */
export type ResponseState = 'accepted' | 'declined' | 'pending' | 'notAnswering';

export interface TaskSummary {
  status: string;
  leadDepartmentId: string;
  participants: { departmentId: string; response: ResponseState; late: boolean }[];
  window: { from: string; to: string };
  responseDue?: TaskStateView['responseDue'];
  /** Whether some participant still owes an answer (the response deadline still matters). */
  awaitingResponses: boolean;
  entitiesDrawn: number | null;
  entitiesWithdrawn: number;
  teams: number;
  resultsEntered: number;
  resultsPublished: number;
  pendingRequests: number;
  openObjections: number;
}

const size = (record: Record<string, unknown> | undefined) => Object.keys(record ?? {}).length;

/** What the page says about a task's state: who answered, how far the draw and the results are. */
export function summarize(state: TaskStateView): TaskSummary {
  const participants = (state.participants ?? []).map((p) => {
    const response = state.responses?.[p.departmentId];
    const answer: ResponseState =
      response === undefined
        ? 'pending'
        : response.accepted
          ? 'accepted'
          : response.notAnswering
            ? 'notAnswering'
            : 'declined';
    return {
      departmentId: p.departmentId,
      response: answer,
      late: response?.late ?? false,
    };
  });
  return {
    status: state.status,
    leadDepartmentId: state.leadDepartmentId,
    participants,
    window: state.window,
    responseDue: state.responseDue,
    awaitingResponses: state.status === 'initiated' && participants.some((p) => p.response === 'pending'),
    entitiesDrawn: state.entityIds ? state.entityIds.length : null,
    entitiesWithdrawn: state.withdrawnEntityIds?.length ?? 0,
    teams: size(state.teams),
    resultsEntered: size(state.entered),
    resultsPublished: size(state.published),
    pendingRequests: Object.values(state.requests ?? {}).filter((r) => r.status === 'pending').length,
    openObjections: Object.values(state.objections ?? {}).filter((o) => o.status !== 'reviewed').length,
  };
}
