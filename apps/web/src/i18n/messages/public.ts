import { section } from '../section';

/** Labels of the public pages. */
export const publicPortal = section({}, {});
