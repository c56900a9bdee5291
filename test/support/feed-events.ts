/** The metadata of an event appended directly to the log by the feed's tests. */
export const METADATA = {
  actorId: 'clerk-1',
  actorRoles: ['clerk'],
  departmentId: 'scjg',
  correlationId: 'c-1',
  causationId: 'c-1',
  occurredAt: '2026-05-10T02:00:00.000Z',
  schemaVersion: 1,
};
