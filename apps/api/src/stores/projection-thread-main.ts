/**
 * The projections' thread run from source (ADR 58): the tests and the benches start this file
 * through tsx, since the test runner cannot load TypeScript in a worker. The built api starts its
 * own bundle instead (main.ts).
 */
import { allProjections } from '@app/projections';
import { serveProjectionThread } from '@app/runtime';

void serveProjectionThread(allProjections);
