import type { CountyYear } from './context';

/*
 * Steps of the county year whose API is still being built in issue 20 (TO COMPLETE AFTER MERGING):
 * each says what it must do; runCountyYear lists them as pending, and the e2e spec as it.todo.
 */

/**
 * PENDING (ADR 39, routes /api/visits …): two overlapping locked tasks on one entity merged into
 * one visit (进一次门、查多项事; Yiyuan 十八; Gui'an 第33–35条). To do: a second locked task of xf
 * on an entity of the joint task with an overlapping window; the leads agree one visit, one joint
 * team drawn for it and one date; each department's results stay its own; the visit is recorded in
 * both tasks; GET /api/entities/:id/checks counts it once (count 1, taskIds both).
 */
export function mergeOverlappingVisit(_year: CountyYear): Promise<void> {
  return Promise.resolve();
}

export const PENDING_STEPS = ['two overlapping locked tasks merged into one visit (ADR 39, /api/visits)'];
