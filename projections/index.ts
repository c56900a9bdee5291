import type { Projection } from '@app/read-store';
import { logActivity } from './log-activity.projection';

/** Every read model the product keeps; the projection host runs them all. */
export const allProjections: readonly Projection[] = [logActivity];

export { logActivity, type LogActivity } from './log-activity.projection';
