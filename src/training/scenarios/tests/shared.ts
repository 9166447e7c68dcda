/** What the tests' exercises share. */
import type { Localised } from '../../../world/types';

export const L = (nl: string, fr: string): Localised => ({ nl, fr });
