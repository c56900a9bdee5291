import { section } from '../section';

/** Labels of the dashboards pages. */
export const dashboards = section({}, {});
