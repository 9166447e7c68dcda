/** What the scenarios of manual 000 share: the starting page, the first step, the set-ups. */
import { text } from '../../../i18n/text';
import { activeUsers } from '../../../world/access';
import { HERSTAPPE } from '../../../world/seed';
import type { World } from '../../../world/types';
import type { ScenarioStep, StepContext } from '../../scenario';
import { loggedIn, profileIdOf, registered, withAssignment, withProfile } from '../setup';
import { is } from '../steps';

export const IN_PRIMAWEB = { page: 'home' } as const;
export const RECEPTION = { nl: 'Onthaal', fr: 'Accueil' };

export const managementStep: ScenarioStep = {
  id: 'management',
  narration: text('sc.access.shared.management.narration'),
  hint: text('sc.access.shared.management.hint'),
  target: 'pw-management',
  expects: is('pw.openManagement'),
  perform: () => ({ type: 'pw.openManagement' }),
  isDone: ({ primaweb }) => !primaweb.matches('home'),
};

export const userActive = (world: World, personId: string) => activeUsers(world, HERSTAPPE).some((u) => u.person.id === personId);

/** Pieter holds the profile "Onthaal" (so it cannot be deleted yet). */
export function receptionSetup(world: World): World {
  const withPieter = registered(world, 'pieter');
  const { world: withReception, id } = withProfile(withPieter, RECEPTION);
  return loggedIn(withAssignment(withReception, 'pieter', [id]), 'lotte', 'primawebBeheer');
}
export const receptionId = (ctx: StepContext) => profileIdOf(ctx.world, RECEPTION) ?? '';
