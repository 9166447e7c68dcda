/**
 * How the simulator was launched: an LMS package for one module opens it with `?module=<id>`
 * (issue 13.1), so the course home shows that module alone and the LMS hears of that module only.
 * Without the parameter, the whole course.
 */
import { MODULES, type ModuleId } from '../training/course';

export type LaunchScope = { module: ModuleId | null; unknown: string | null };

export function launchScope(search: string): LaunchScope {
  const asked = new URLSearchParams(search).get('module');
  if (asked === null || asked === '') return { module: null, unknown: null };
  const found = MODULES.find((m) => m.id === asked);
  // An unknown module (a package edited by hand, an old link): the whole course, and a word.
  return found ? { module: found.id, unknown: null } : { module: null, unknown: asked };
}
