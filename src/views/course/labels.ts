/** The message keys of the panel's modes, as the course screens name them. */
import type { Mode } from '../../training/progress';

export const MODE_LABEL: Record<Mode, 'scenario.mode.demo' | 'scenario.mode.guided' | 'scenario.mode.practice'> = {
  demo: 'scenario.mode.demo',
  guided: 'scenario.mode.guided',
  practice: 'scenario.mode.practice',
};
