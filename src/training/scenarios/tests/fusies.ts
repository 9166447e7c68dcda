/**
 * The merger tests of scenarios 2 (Moerbeke → Lokeren, Hanne Desmet) and 3 (Borsbeek → Antwerpen,
 * Wout Janssens), from the sections of 004 for those scenarios: "Aanmelden in de overgangsfase",
 * "Integraties" (stop on 31/12/2024, again from 01/01/2025 under the number that stays) and
 * "Toegangsbeheer" (update, resp. clean up, the current Toegangsbeheer before RSZ copies it:
 * add, block, remove users). ChaMan and OCMW-configuratie need no action in these scenarios.
 * Every exercise has other data than the practice scenarios: another client, other colleagues.
 */
import { text, type Text } from '../../../i18n/text';
import { inszDigits, makeInsz, formatInsz } from '../../../domain/insz';
import type { PrimawebRole } from '../../../domain/roles';
import type { TbUserForm } from '../../../domain/toegangsbeheer';
import { ANTWERPEN } from '../../../world/seed';
import { BORSBEEK, LOKEREN, MOERBEKE } from '../../../world/seed-mergers';
import { tbUser } from '../../../world/toegangsbeheer';
import type { Client, IntegrationRecord, Request, TbUser, World } from '../../../world/types';
import type { Scenario, ScenarioStep } from '../../scenario';
import { MERGER_2, MERGER_3, transferScenario, type Transfer } from '../merger/integrations.scenarios';
import { mergerAccountsAsDelivered } from '../merger/shared';
import { accountsAsDelivered, cardInReader } from '../setup';
import { SEED_ACCESS_MANAGERS, SEED_TB_USERS } from '../../../world/seed-accounts';
import { MERGER_TB_USERS } from '../../../world/seed-mergers';
import { anyOf, is, loginStepsFor, serviceLoginSteps } from '../steps';
import { portalSteps } from './shared';

// ——— Integrations: another running file under the disappearing number ———
interface File {
  client: Client;
  request: Request;
  integration: IntegrationRecord;
}

/** The transfer exercise of the practice scenario, on a file the practice does not use. */
function transferOf(t: Transfer, file: File): Scenario {
  const base = transferScenario(t);
  return {
    ...base,
    title: text('sc.tests.fusies.transferOf.title', { title: base.title, name: t.client.name }),
    prepare: (world) => {
      const ready = base.prepare(world);
      const own = (id: string) => id === file.client.id;
      return {
        ...ready,
        clients: [...ready.clients.filter((c) => !own(c.id)), { ...file.client }],
        requests: [...ready.requests.filter((r) => !r.household.some((m) => own(m.clientId))), { ...file.request, household: file.request.household.map((m) => ({ ...m })) }],
        integrations: [...ready.integrations.filter((i) => !own(i.clientId)), { ...file.integration, periods: file.integration.periods.map((p) => ({ ...p })) }],
      };
    },
  };
}

const ILSE: File = {
  client: { id: 'toets-ilse', firstName: 'Ilse', lastName: 'Van Hecke', insz: makeInsz('850312', 264, false) },
  request: { id: 'moerbeke-toets-1', kbo: MOERBEKE, createdOn: '2024-10-07', household: [{ clientId: 'toets-ilse', role: 'hoofdbegunstigde' }] },
  integration: { clientId: 'toets-ilse', institution: `ocmw:${MOERBEKE}`, code: '02', periods: [{ start: '2024-10-07', end: null }] },
};

const KOEN: File = {
  client: { id: 'toets-koen', firstName: 'Koen', lastName: 'Baert', insz: makeInsz('690921', 157, false) },
  request: { id: 'borsbeek-toets-1', kbo: BORSBEEK, createdOn: '2024-08-19', household: [{ clientId: 'toets-koen', role: 'hoofdbegunstigde' }] },
  integration: { clientId: 'toets-koen', institution: `ocmw:${BORSBEEK}`, code: '02', periods: [{ start: '2024-08-19', end: null }] },
};

export const transfer2Exercise = transferOf(
  { ...MERGER_2, id: 'toets-fusie2-integraties', client: { id: ILSE.client.id, name: 'Ilse Van Hecke', lastName: 'Van Hecke Ilse', query: 'Van Hecke' }, requestId: ILSE.request.id },
  ILSE,
);

export const transfer3Exercise = transferOf(
  { ...MERGER_3, id: 'toets-fusie3-integraties', client: { id: KOEN.client.id, name: 'Koen Baert', lastName: 'Baert Koen', query: 'Baert' }, requestId: KOEN.request.id },
  KOEN,
);

// ——— Toegangsbeheer of the merging OCMW ———
const colleague = (kbo: string, domain: string, firstName: string, lastName: string, insz: string, applications: TbUser['applications']): TbUser => ({
  kbo,
  insz,
  type: 'USER',
  username: `${firstName[0]}${lastName.replace(/\s/g, '')}`.toLowerCase(),
  lastName,
  firstName,
  title: Number(insz.slice(6, 9)) % 2 === 0 ? 'mevrouw' : 'deHeer',
  language: 'nl',
  email: `${firstName}.${lastName.replace(/\s/g, '')}@${domain}`.toLowerCase(),
  localEmail: '',
  applications,
  status: 'actief',
  created: '2020-03-02',
  modified: null,
});

/** The merger accounts as delivered; the person is Toegangsbeheerder (LB) of the OCMW, with these colleagues. */
function asManager(world: World, kbo: string, personId: string, colleagues: readonly TbUser[]): World {
  // Antwerpen (scenario 3's OCMW that stays) was in the world before the mergers: its accounts as delivered too.
  const delivered = accountsAsDelivered(mergerAccountsAsDelivered(world), ANTWERPEN, [...SEED_TB_USERS, ...MERGER_TB_USERS], SEED_ACCESS_MANAGERS[ANTWERPEN] ?? []);
  const person = delivered.people.find((p) => p.id === personId)!;
  const own = delivered.tbUsers.find((u) => u.kbo === kbo && u.insz === person.insz);
  const lb: TbUser = own ? { ...own, type: 'LB', applications: [...own.applications] } : { ...colleague(kbo, 'ocmw.be', person.firstName, person.lastName, person.insz, ['socialeAgent']), type: 'LB' };
  const theirs = new Set([person.insz, ...colleagues.map((c) => c.insz)]);
  // One Toegangsbeheerder per capacity: the one before stays as a user, as "Van lokale beheerder veranderen" does.
  const others = delivered.tbUsers.filter((u) => !(u.kbo === kbo && theirs.has(u.insz))).map((u) => (u.kbo === kbo && u.type === 'LB' ? { ...u, type: 'USER' as const } : u));
  const tbUsers = [...others, lb, ...colleagues.map((u) => ({ ...u, applications: [...u.applications] }))];
  return cardInReader({ ...delivered, tbUsers }, personId);
}

/** Login to Toegangsbeheer, the enterprise, "(Lokale Beheerder)" and "Gebruikers". */
function toUsers(prefix: string, who: { id: string; pin: string; name: string }, kbo: string, enterprise: string): ScenarioStep[] {
  return [
    ...portalSteps(`${prefix}-portal`),
    ...serviceLoginSteps({ prefix, service: 'toegangsbeheer', serviceName: 'Toegangsbeheer', serviceNameFr: 'Gestion des accès', personId: who.id, pin: who.pin, name: who.name }),
    {
      id: `${prefix}-users`,
      narration: text('sc.tests.fusies.users.narration', { enterprise }),
      hint: text('sc.tests.fusies.users.hint', { enterprise }),
      target: 'tb-enterprise',
      expects: anyOf(is('tb.selectEnterprise'), is('tb.openRole', (i) => i.kbo === kbo), is('tb.users')),
      perform: () => [{ type: 'tb.selectEnterprise', kbo }, { type: 'tb.openRole', kbo, as: 'lb' }, { type: 'tb.users' }],
      isDone: ({ toegangsbeheer }) => toegangsbeheer.context.kbo === kbo && toegangsbeheer.matches('users'),
    },
  ];
}

const HANNE = MERGER_2.person;
const WOUT = MERGER_3.person;

// Scenario 2, update: a new colleague with two applications.
export const MOERBEKE_COLLEAGUE: TbUserForm = {
  usernameFirst: 'bclaessens',
  usernameConfirm: 'bclaessens',
  passwordFirst: 'Fusie!2024b',
  passwordConfirm: 'Fusie!2024b',
  lastName: 'Claessens',
  firstName: 'Bert',
  title: 'deHeer',
  insz: formatInsz(makeInsz('900228', 313, false)),
  language: 'nl',
  email: 'bert.claessens@ocmw-moerbeke.be',
  localEmail: '',
  applications: ['socialeAgent', 'eboxInstelling'],
};
const bert = (world: World) => tbUser(world, MOERBEKE, inszDigits(MOERBEKE_COLLEAGUE.insz));

export const update2Exercise: Scenario = {
  id: 'toets-fusie2-toegangsbeheer-toevoegen',
  title: text('sc.tests.fusies.toets-fusie2-toegangsbeheer-toevoegen.title'),
  summary: text('sc.tests.fusies.toets-fusie2-toegangsbeheer-toevoegen.summary', { insz: MOERBEKE_COLLEAGUE.insz, email: MOERBEKE_COLLEAGUE.email }),
  outro: text('sc.tests.fusies.toets-fusie2-toegangsbeheer-toevoegen.outro'),
  prepare: (world) => asManager(world, MOERBEKE, 'hanne', []),
  startPage: { page: 'services' },
  goals: [
    {
      id: 'added',
      label: text('sc.tests.fusies.added.label'),
      holds: (world) => ['socialeAgent', 'eboxInstelling'].every((a) => (bert(world)?.applications as readonly string[] | undefined)?.includes(a)),
    },
    {
      id: 'not-lokeren',
      label: text('sc.tests.fusies.not-lokeren.label'),
      holds: (world) => !!bert(world) && !tbUser(world, LOKEREN, inszDigits(MOERBEKE_COLLEAGUE.insz)),
    },
  ],
  steps: [
    ...toUsers('f2add', HANNE, MOERBEKE, 'OCMW MOERBEKE'),
    {
      id: 'f2add-add',
      narration: text('sc.tests.fusies.f2add-add.narration'),
      hint: text('sc.tests.fusies.f2add-add.hint', { insz: MOERBEKE_COLLEAGUE.insz }),
      target: 'tb-add-user',
      expects: anyOf(is('tb.chooseAdd', (i) => i.kind === 'USER'), is('tb.next', (i) => inszDigits(i.insz) === inszDigits(MOERBEKE_COLLEAGUE.insz))),
      perform: () => [{ type: 'tb.chooseAdd', kind: 'USER' }, { type: 'tb.next', insz: MOERBEKE_COLLEAGUE.insz }],
      isDone: ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'form' }) || !!bert(world),
    },
    {
      id: 'f2add-form',
      narration: text('sc.tests.fusies.f2add-form.narration'),
      hint: text('sc.tests.fusies.f2add-form.hint'),
      target: 'tb-user-form',
      expects: anyOf(is('tb.submit'), is('tb.confirmAdd'), is('tb.previous')),
      perform: () => [{ type: 'tb.submit', form: MOERBEKE_COLLEAGUE }, { type: 'tb.confirmAdd' }],
      isDone: ({ world }) => !!bert(world),
    },
  ],
};

// Scenario 2, update: a colleague on long leave is blocked, not removed.
const GRIET = colleague(MOERBEKE, 'ocmw-moerbeke.be', 'Griet', 'Vandamme', makeInsz('770605', 228, false), ['socialeAgent']);
const griet = (world: World) => tbUser(world, MOERBEKE, GRIET.insz);

export const block2Exercise: Scenario = {
  id: 'toets-fusie2-toegangsbeheer-blokkeren',
  title: text('sc.tests.fusies.toets-fusie2-toegangsbeheer-blokkeren.title'),
  summary: text('sc.tests.fusies.toets-fusie2-toegangsbeheer-blokkeren.summary'),
  outro: text('sc.tests.fusies.toets-fusie2-toegangsbeheer-blokkeren.outro'),
  prepare: (world) => asManager(world, MOERBEKE, 'hanne', [GRIET]),
  startPage: { page: 'services' },
  goals: [
    {
      id: 'blocked',
      label: text('sc.tests.fusies.blocked.label'),
      holds: (world) => griet(world)?.status === 'geblokkeerd',
    },
  ],
  steps: [
    ...toUsers('f2block', HANNE, MOERBEKE, 'OCMW MOERBEKE'),
    {
      id: 'f2block-run',
      narration: text('sc.tests.fusies.f2block-run.narration'),
      hint: text('sc.tests.fusies.f2block-run.hint'),
      target: 'tb-bulk',
      expects: anyOf(is('tb.toggle', (i) => i.insz === GRIET.insz), is('tb.run', (i) => i.action === 'block')),
      perform: () => [{ type: 'tb.toggle', insz: GRIET.insz }, { type: 'tb.run', action: 'block' }],
      isDone: ({ world }) => griet(world)?.status === 'geblokkeerd',
    },
  ],
};

// Scenario 3, clean up both OCMWs: two colleagues who left Borsbeek, one who stays; one who left Antwerpen.
const SVEN = colleague(BORSBEEK, 'ocmw-borsbeek.be', 'Sven', 'Aerts', makeInsz('810117', 135, false), ['socialeAgent']);
const NELE = colleague(BORSBEEK, 'ocmw-borsbeek.be', 'Nele', 'Smet', makeInsz('860930', 442, false), ['socialeAgent']);
const RITA = colleague(BORSBEEK, 'ocmw-borsbeek.be', 'Rita', 'Hendrickx', makeInsz('640822', 318, false), ['socialeAgent', 'eboxInstelling']);
const at = (world: World, u: TbUser) => tbUser(world, u.kbo, u.insz);

export const cleanUp3Exercise: Scenario = {
  id: 'toets-fusie3-toegangsbeheer-borsbeek',
  title: text('sc.tests.fusies.toets-fusie3-toegangsbeheer-borsbeek.title'),
  summary: text('sc.tests.fusies.toets-fusie3-toegangsbeheer-borsbeek.summary'),
  outro: text('sc.tests.fusies.toets-fusie3-toegangsbeheer-borsbeek.outro'),
  prepare: (world) => asManager(world, BORSBEEK, 'wout', [SVEN, NELE, RITA]),
  startPage: { page: 'services' },
  goals: [
    { id: 'removed', label: text('sc.tests.fusies.removed.label'), holds: (world) => !at(world, SVEN) && !at(world, RITA) },
    { id: 'kept', label: text('sc.tests.fusies.kept.label'), holds: (world) => at(world, NELE)?.status === 'actief' && !at(world, SVEN) },
  ],
  steps: [
    ...toUsers('f3clean', WOUT, BORSBEEK, 'OCMW BORSBEEK'),
    {
      id: 'f3clean-remove',
      narration: text('sc.tests.fusies.f3clean-remove.narration'),
      hint: text('sc.tests.fusies.f3clean-remove.hint'),
      target: 'tb-bulk',
      expects: anyOf(is('tb.toggle', (i) => i.insz === SVEN.insz || i.insz === RITA.insz), is('tb.run', (i) => i.action === 'remove'), is('tb.confirmBulk')),
      perform: () => [{ type: 'tb.toggle', insz: SVEN.insz }, { type: 'tb.toggle', insz: RITA.insz }, { type: 'tb.run', action: 'remove' }, { type: 'tb.confirmBulk', apps: [] }],
      isDone: ({ world }) => !at(world, SVEN) && !at(world, RITA),
    },
  ],
};

const JORIS = colleague(ANTWERPEN, 'ocmw-antwerpen.be', 'Joris', 'Peeters', makeInsz('750403', 211, false), ['socialeAgent']);

export const cleanUp3AntwerpenExercise: Scenario = {
  id: 'toets-fusie3-toegangsbeheer-antwerpen',
  title: text('sc.tests.fusies.toets-fusie3-toegangsbeheer-antwerpen.title'),
  summary: text('sc.tests.fusies.toets-fusie3-toegangsbeheer-antwerpen.summary'),
  outro: text('sc.tests.fusies.toets-fusie3-toegangsbeheer-antwerpen.outro'),
  prepare: (world) => asManager(world, ANTWERPEN, 'wout', [JORIS]),
  startPage: { page: 'services' },
  goals: [
    { id: 'removed', label: text('sc.tests.fusies.removed.label2'), holds: (world) => !at(world, JORIS) },
    {
      id: 'borsbeek-kept',
      label: text('sc.tests.fusies.borsbeek-kept.label'),
      holds: (world) => !at(world, JORIS) && world.tbUsers.some((u) => u.kbo === BORSBEEK && u.insz === world.people.find((p) => p.id === 'wout')?.insz),
    },
  ],
  steps: [
    ...toUsers('f3antw', WOUT, ANTWERPEN, 'CPAS Anvers'),
    {
      id: 'f3antw-remove',
      narration: text('sc.tests.fusies.f3antw-remove.narration'),
      hint: text('sc.tests.fusies.f3antw-remove.hint'),
      target: 'tb-bulk',
      expects: anyOf(is('tb.toggle', (i) => i.insz === JORIS.insz), is('tb.run', (i) => i.action === 'remove'), is('tb.confirmBulk')),
      perform: () => [{ type: 'tb.toggle', insz: JORIS.insz }, { type: 'tb.run', action: 'remove' }, { type: 'tb.confirmBulk', apps: [] }],
      isDone: ({ world }) => !at(world, JORIS),
    },
  ],
};

// ——— "Aanmelden in de overgangsfase": the disappearing or the remaining OCMW ———
function transitionLogin(id: string, s: 2 | 3, who: { id: string; pin: string; name: string }, kbo: string, enterprise: string, why: Text): Scenario {
  const role: PrimawebRole = 'socialeAgent';
  return {
    id,
    title: text('sc.tests.fusies.transitionLogin.title', { scenario: s }),
    summary: text('sc.tests.fusies.transitionLogin.summary', { scenario: s, why, name: who.name }),
    outro: text('sc.tests.fusies.transitionLogin.outro', { name: who.name, enterprise }),
    prepare: (world) => cardInReader(mergerAccountsAsDelivered(world), who.id),
    startPage: { page: 'home' },
    goals: [
      {
        id: 'session',
        label: text('sc.tests.aanmelden.session.label', { name: who.name, enterprise }),
        holds: (world) => world.session?.personId === who.id && world.session.kbo === kbo && world.session.role === role,
      },
    ],
    steps: loginStepsFor(who.id, who.pin, who.name, { prefix: 'overgang', kbo, enterpriseName: enterprise }),
  };
}

export const transition2Exercise = transitionLogin(
  'toets-fusie2-aanmelden',
  2,
  HANNE,
  MOERBEKE,
  'OCMW MOERBEKE',
  text('sc.tests.fusies.transition2Exercise.transitionLogin5'),
);

export const transition3Exercise = transitionLogin(
  'toets-fusie3-aanmelden',
  3,
  WOUT,
  ANTWERPEN,
  'CPAS Anvers',
  text('sc.tests.fusies.transition3Exercise.transitionLogin5'),
);

export const MERGER_2_EXERCISES: readonly Scenario[] = [transition2Exercise, transfer2Exercise, update2Exercise, block2Exercise];
export const MERGER_3_EXERCISES: readonly Scenario[] = [transition3Exercise, transfer3Exercise, cleanUp3Exercise, cleanUp3AntwerpenExercise];
