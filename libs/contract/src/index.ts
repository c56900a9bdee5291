/**
 * The api's answers as callers read them: types only, no framework, so the web console imports
 * them too (by alias) and no copy of an answer's shape remains in the console.
 */
export type * from './chain-verification';
export type * from './draw-answers';
export type * from './draw-beacons';
export type * from './draw-ledger';
export type * from './field-problem';
export type * from './health';
export type * from './history-entry';
export type * from './import-report';
export * from './overdue';
export type * from './page';
export type * from './plan-progress';
export type * from './public-check-item';
export type * from './public-joint-list';
export type * from './statistics';
export type * from './assessment';
export type * from './public-cancellation';
export type * from './public-postponement';
export type * from './public-checkpoints';
export type * from './public-draw';
export type * from './users';
export type * from './plan-filings';
export type * from './consolidated-plan';
export type * from './visits';
export type * from './task-forms';
export type * from './case-file';
export * from './referrals';
