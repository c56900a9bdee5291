import { section } from '../section';

/** Labels of the plans pages. */
export const plans = section({}, {});
