import { section } from '../section';

/** Labels of the registers pages. */
export const registers = section({}, {});
