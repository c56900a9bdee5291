import { section } from '../section';

/** Labels of the tasks pages. */
export const tasks = section({}, {});
