/**
 * "Huidig Toegangsbeheer 'updaten' (Alle OCMW's)" (scenario 2) and "Huidig Toegangsbeheer
 * 'opkuisen' (Beide OCMW's)" (scenario 3), rehearsed in the scenario's own OCMW rather than in
 * Herstappe: "Vlaanderen zal ... vragen ... het huidige Toegangsbeheer na te kijken en waar nodig up
 * te daten. Dead line 15/11/2024", before RSZ copies the users to the merged OCMW. The steps are
 * those of "Gebruikers toevoegen" and "Gebruikers verwijderen" of 004, as in the Herstappe exercise.
 */
import { text } from '../../../i18n/text';
import { inszDigits } from '../../../domain/insz';
import type { TbUserForm } from '../../../domain/toegangsbeheer';
import { BORSBEEK, MOERBEKE } from '../../../world/seed-mergers';
import { tbUser } from '../../../world/toegangsbeheer';
import type { TbUser, World } from '../../../world/types';
import type { Scenario } from '../../scenario';
import { step } from '../files-steps';
import { cardInReader } from '../setup';
import { anyOf, is, serviceLoginSteps, tbEnterpriseStep, tbRoleStep, tbUsersStep } from '../steps';
import { mergerAccountsAsDelivered } from './shared';
import { TITLES } from '../../titles';

/**
 * The OCMW's accounts for the exercise, from the merger accounts as delivered: the person is its
 * Toegangsbeheerder (Lokale Beheerder), with the colleagues given. Every merger exercise starts from
 * the accounts as delivered, so this one's changes do not carry over.
 */
function ownAccounts(world: World, kbo: string, personId: string, colleagues: readonly TbUser[]): World {
  const delivered = mergerAccountsAsDelivered(world);
  const insz = delivered.people.find((p) => p.id === personId)?.insz;
  const theirs = delivered.tbUsers.filter((u) => u.kbo === kbo && u.insz === insz).map((u) => ({ ...u, type: 'LB' as const, applications: [...u.applications] }));
  const others = delivered.tbUsers.filter((u) => u.kbo !== kbo);
  const tbUsers = [...others, ...theirs, ...colleagues.map((u) => ({ ...u, applications: [...u.applications] }))];
  return cardInReader({ ...delivered, tbUsers }, personId);
}

// ——— Scenario 2: Hanne updates Moerbeke's Toegangsbeheer (a new colleague) ———

/** Lotte Van Damme, the new colleague of OCMW Moerbeke, not yet in Toegangsbeheer. */
export const MOERBEKE_NEW_USER: TbUserForm = {
  usernameFirst: 'lvandamme',
  usernameConfirm: 'lvandamme',
  passwordFirst: 'Oefenen!2024',
  passwordConfirm: 'Oefenen!2024',
  lastName: 'Van Damme',
  firstName: 'Lotte',
  title: 'mevrouw',
  insz: '88.03.17-123.72',
  language: 'nl',
  email: 'lotte.vandamme@ocmw-moerbeke.be',
  localEmail: '',
  applications: ['socialeAgent'],
};
const LOTTE = inszDigits(MOERBEKE_NEW_USER.insz);
const lotteAdded = (world: World) => !!tbUser(world, MOERBEKE, LOTTE)?.applications.includes('socialeAgent');

export const mergerAccessUpdateScenario: Scenario = {
  id: 'fusie-toegangsbeheer-updaten-2',
  title: TITLES['fusie-toegangsbeheer-updaten-2'],
  summary: text('sc.merger.access-own.fusie-toegangsbeheer-updaten-2.summary'),
  outro: text('sc.merger.access-own.fusie-toegangsbeheer-updaten-2.outro'),
  prepare: (world) => ownAccounts(world, MOERBEKE, 'hanne', []),
  startPage: { page: 'services' },
  goals: [
    {
      id: 'lotte-added',
      // The INSZ is named: she has no card, and free practice shows the goals as its only task.
      label: text('sc.merger.access-own.lotte-added.label', { insz: MOERBEKE_NEW_USER.insz }),
      holds: lotteAdded,
    },
  ],
  steps: [
    ...serviceLoginSteps({ prefix: 'fusie2-tb', service: 'toegangsbeheer', serviceName: 'Toegangsbeheer', serviceNameFr: 'Gestion des accès', personId: 'hanne', pin: '2468', name: 'Hanne Desmet' }),
    tbEnterpriseStep('fusie2-tb-enterprise', MOERBEKE, text('sc.merger.access-own.fusie-toegangsbeheer-updaten-2.step1'), text('sc.merger.access-own.fusie-toegangsbeheer-updaten-2.step2')),
    tbRoleStep('fusie2-tb-role', MOERBEKE, text('sc.merger.access-own.fusie-toegangsbeheer-updaten-2.step12')),
    tbUsersStep('fusie2-tb-users', text('sc.toegangsbeheer.users.hint')),
    step(
      'fusie2-tb-add',
      text('sc.merger.access-own.fusie-toegangsbeheer-updaten-2.step13'),
      text('sc.merger.access-own.fusie-toegangsbeheer-updaten-2.step22'),
      'tb-add-user',
      is('tb.chooseAdd', (i) => i.kind === 'USER'),
      () => ({ type: 'tb.chooseAdd', kind: 'USER' }),
      ({ toegangsbeheer, world }) => !toegangsbeheer.matches({ users: 'list' }) || lotteAdded(world),
    ),
    {
      ...step(
        'fusie2-tb-insz',
        text('sc.merger.access-own.fusie-toegangsbeheer-updaten-2.step14', { insz: MOERBEKE_NEW_USER.insz }),
        text('sc.tests.toepassingen.insz.hint', { insz: MOERBEKE_NEW_USER.insz }),
        'tb-add-insz',
        is('tb.next', (i) => inszDigits(i.insz) === LOTTE),
        () => ({ type: 'tb.next', insz: MOERBEKE_NEW_USER.insz }),
        ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'form' }) || toegangsbeheer.matches({ users: 'overview' }) || lotteAdded(world),
      ),
      wrongFeedback: (intent) =>
        intent.type === 'tb.next'
          ? text('sc.merger.access-own.fusie-toegangsbeheer-updaten-2.wrongFeedback', { insz: MOERBEKE_NEW_USER.insz })
          : null,
    },
    {
      ...step(
        'fusie2-tb-form',
        text('sc.merger.access-own.fusie-toegangsbeheer-updaten-2.step15'),
        text('sc.toegangsbeheer.form.hint'),
        'tb-user-form',
        is('tb.submit', (i) => i.form.applications.includes('socialeAgent')),
        () => ({ type: 'tb.submit', form: MOERBEKE_NEW_USER }),
        ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'overview' }) || lotteAdded(world),
      ),
      wrongFeedback: (intent) =>
        intent.type === 'tb.submit'
          ? text('sc.merger.access-own.fusie-toegangsbeheer-updaten-2.wrongFeedback2')
          : null,
    },
    step(
      'fusie2-tb-confirm',
      text('sc.toegangsbeheer.confirm.narration'),
      text('sc.toegangsbeheer.confirm.hint'),
      'tb-confirm',
      is('tb.confirmAdd'),
      () => ({ type: 'tb.confirmAdd' }),
      ({ world }) => lotteAdded(world),
    ),
  ],
};

// ——— Scenario 3: Wout cleans up Borsbeek's Toegangsbeheer (a colleague who left) ———

/** Tom Mertens left OCMW Borsbeek in the summer of 2024; his account is still there. */
const TOM: TbUser = {
  kbo: BORSBEEK,
  insz: '79052208675',
  type: 'USER',
  username: 'tmertens',
  lastName: 'Mertens',
  firstName: 'Tom',
  title: 'deHeer',
  language: 'nl',
  email: 'tom.mertens@ocmw-borsbeek.be',
  localEmail: '',
  applications: ['socialeAgent'],
  status: 'actief',
  created: '2019-02-01',
  modified: null,
};
const tomAt = (world: World) => world.tbUsers.find((u) => u.kbo === BORSBEEK && u.insz === TOM.insz);
const woutAt = (world: World) => world.tbUsers.find((u) => u.kbo === BORSBEEK && u.insz === world.people.find((p) => p.id === 'wout')?.insz);

export const mergerAccessCleanUpScenario: Scenario = {
  id: 'fusie-toegangsbeheer-opkuisen-3',
  title: TITLES['fusie-toegangsbeheer-opkuisen-3'],
  summary: text('sc.merger.access-own.fusie-toegangsbeheer-opkuisen-3.summary'),
  outro: text('sc.merger.access-own.fusie-toegangsbeheer-opkuisen-3.outro'),
  prepare: (world) => ownAccounts(world, BORSBEEK, 'wout', [TOM]),
  startPage: { page: 'services' },
  goals: [
    {
      id: 'tom-removed',
      label: text('sc.merger.access-own.tom-removed.label'),
      holds: (world) => !tomAt(world),
    },
    {
      id: 'wout-kept',
      label: text('sc.merger.access-own.wout-kept.label'),
      holds: (world) => !tomAt(world) && woutAt(world)?.type === 'LB',
    },
  ],
  steps: [
    ...serviceLoginSteps({ prefix: 'fusie3-tb', service: 'toegangsbeheer', serviceName: 'Toegangsbeheer', serviceNameFr: 'Gestion des accès', personId: 'wout', pin: '1593', name: 'Wout Janssens' }),
    tbEnterpriseStep('fusie3-tb-enterprise', BORSBEEK, text('sc.merger.access-own.fusie-toegangsbeheer-opkuisen-3.step1'), text('sc.merger.access-own.fusie-toegangsbeheer-opkuisen-3.step2')),
    tbRoleStep('fusie3-tb-role', BORSBEEK, text('sc.merger.access-own.fusie-toegangsbeheer-opkuisen-3.step12')),
    tbUsersStep('fusie3-tb-users', text('sc.merger.access-own.fusie-toegangsbeheer-opkuisen-3.step22')),
    step(
      'fusie3-tb-tick',
      text('sc.merger.access-own.fusie-toegangsbeheer-opkuisen-3.step13'),
      text('sc.merger.access-own.fusie-toegangsbeheer-opkuisen-3.step23'),
      'tb-tick-tmertens',
      is('tb.toggle', (i) => i.insz === TOM.insz),
      () => ({ type: 'tb.toggle', insz: TOM.insz }),
      ({ toegangsbeheer, world }) => toegangsbeheer.context.selected.includes(TOM.insz) || !tomAt(world),
    ),
    step(
      'fusie3-tb-remove',
      text('sc.merger.access-own.fusie-toegangsbeheer-opkuisen-3.step14'),
      text('sc.merger.access-own.fusie-toegangsbeheer-opkuisen-3.step24'),
      'tb-bulk',
      anyOf(is('tb.run', (i) => i.action === 'remove'), is('tb.toggle')),
      () => ({ type: 'tb.run', action: 'remove' }),
      ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'confirmRemove' }) || !tomAt(world),
    ),
    step(
      'fusie3-tb-ok',
      text('sc.access.delete-profile.confirm-again.narration'),
      text('sc.access.deactivate.confirm.hint'),
      'pw-popup',
      is('tb.confirmBulk'),
      () => ({ type: 'tb.confirmBulk', apps: [] }),
      ({ world }) => !tomAt(world),
    ),
  ],
};
