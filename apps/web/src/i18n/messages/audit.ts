import { section } from '../section';

/** Labels of the audit pages. */
export const audit = section({}, {});
