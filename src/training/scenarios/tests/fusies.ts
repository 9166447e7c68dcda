/**
 * The merger tests of scenarios 2 (Moerbeke → Lokeren, Hanne Desmet) and 3 (Borsbeek → Antwerpen,
 * Wout Janssens), from the sections of 004 for those scenarios: "Aanmelden in de overgangsfase",
 * "Integraties" (stop on 31/12/2024, again from 01/01/2025 under the number that stays) and
 * "Toegangsbeheer" (update, resp. clean up, the current Toegangsbeheer before RSZ copies it:
 * add, block, remove users). ChaMan and OCMW-configuratie need no action in these scenarios.
 * Every exercise has other data than the practice scenarios: another client, other colleagues.
 */
import { inszDigits, makeInsz, formatInsz } from '../../../domain/insz';
import type { PrimawebRole } from '../../../domain/roles';
import type { TbUserForm } from '../../../domain/toegangsbeheer';
import { ANTWERPEN } from '../../../world/seed';
import { BORSBEEK, LOKEREN, MOERBEKE } from '../../../world/seed-mergers';
import { tbUser } from '../../../world/toegangsbeheer';
import type { Client, IntegrationRecord, Request, TbUser, World } from '../../../world/types';
import type { Scenario, ScenarioStep } from '../../scenario';
import { transferScenario, type Transfer } from '../merger/integrations.scenarios';
import { mergerAccountsAsDelivered } from '../merger/shared';
import { accountsAsDelivered, cardInReader } from '../setup';
import { SEED_ACCESS_MANAGERS, SEED_TB_USERS } from '../../../world/seed-accounts';
import { MERGER_TB_USERS } from '../../../world/seed-mergers';
import { anyOf, is, loginStepsFor, serviceLoginSteps } from '../steps';
import { L, portalSteps } from './shared';

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
    title: L(`${base.title.nl}: ${t.client.name}`, `${base.title.fr} : ${t.client.name}`),
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
  {
    id: 'toets-fusie2-integraties',
    scenario: 2,
    person: { id: 'hanne', pin: '2468', name: 'Hanne Desmet', firstName: 'Hanne' },
    client: { id: ILSE.client.id, name: 'Ilse Van Hecke', lastName: 'Van Hecke Ilse', query: 'Van Hecke' },
    requestId: ILSE.request.id,
    from: { kbo: MOERBEKE, name: 'OCMW MOERBEKE', city: 'Moerbeke' },
    to: { kbo: LOKEREN, name: 'OCMW LOKEREN', city: 'Lokeren' },
    chooseRole: false,
  },
  ILSE,
);

export const transfer3Exercise = transferOf(
  {
    id: 'toets-fusie3-integraties',
    scenario: 3,
    person: { id: 'wout', pin: '1593', name: 'Wout Janssens', firstName: 'Wout' },
    client: { id: KOEN.client.id, name: 'Koen Baert', lastName: 'Baert Koen', query: 'Baert' },
    requestId: KOEN.request.id,
    from: { kbo: BORSBEEK, name: 'OCMW BORSBEEK', city: 'Borsbeek' },
    to: { kbo: ANTWERPEN, name: 'CPAS Anvers', city: 'Antwerpen' },
    chooseRole: false,
  },
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
      narration: L(`Kies "${enterprise}", "(Lokale Beheerder)" en "Gebruikers".`, `Choisissez « ${enterprise} », « (Gestionnaire local) » et « Utilisateurs ».`),
      hint: L(`Kies "${enterprise}" bij "Ondernemingsnummer:", klik op "(Lokale Beheerder)" en dan op "Gebruikers".`, `Choisissez « ${enterprise} » à « Numéro d'entreprise : », cliquez sur « (Gestionnaire local) » puis sur « Utilisateurs ».`),
      target: 'tb-enterprise',
      expects: anyOf(is('tb.selectEnterprise'), is('tb.openRole', (i) => i.kbo === kbo), is('tb.users')),
      perform: () => [{ type: 'tb.selectEnterprise', kbo }, { type: 'tb.openRole', kbo, as: 'lb' }, { type: 'tb.users' }],
      isDone: ({ toegangsbeheer }) => toegangsbeheer.context.kbo === kbo && toegangsbeheer.matches('users'),
    },
  ];
}

const HANNE = { id: 'hanne', pin: '2468', name: 'Hanne Desmet' };
const WOUT = { id: 'wout', pin: '1593', name: 'Wout Janssens' };

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
  title: L('Fusie scenario 2: een collega toevoegen vóór de kopie door RSZ', "Fusion scénario 2 : ajouter un collègue avant la copie par l'ONSS"),
  summary: L(
    `Scenario 2 (Moerbeke → Lokeren). Hanne Desmet is Toegangsbeheerder van OCMW MOERBEKE (haar kaart zit in de lezer). Werk het Toegangsbeheer bij vóór 15/11/2024: voeg de nieuwe collega Bert Claessens toe (INSZ ${MOERBEKE_COLLEAGUE.insz}, gebruikersnaam bclaessens, ${MOERBEKE_COLLEAGUE.email}) met "Sociale Agent" en "e-Box van de instelling".`,
    `Scénario 2 (Moerbeke → Lokeren). Hanne Desmet est gestionnaire d'accès d'OCMW MOERBEKE (sa carte est dans le lecteur). Mettez à jour la Gestion des accès avant le 15/11/2024 : ajoutez le nouveau collègue Bert Claessens (NISS ${MOERBEKE_COLLEAGUE.insz}, nom d'utilisateur bclaessens, ${MOERBEKE_COLLEAGUE.email}) avec « Agent social » et « e-Box de l'institution ».`,
  ),
  outro: L('Bert Claessens staat in het Toegangsbeheer van Moerbeke: RSZ kopieert hem mee.', "Bert Claessens figure dans la Gestion des accès de Moerbeke : l'ONSS le copiera aussi."),
  prepare: (world) => asManager(world, MOERBEKE, 'hanne', []),
  startPage: { page: 'services' },
  goals: [
    {
      id: 'added',
      label: L('Bert Claessens heeft een account bij OCMW MOERBEKE met "Sociale Agent" en "e-Box van de instelling".', "Bert Claessens a un compte à OCMW MOERBEKE avec « Agent social » et « e-Box de l'institution »."),
      holds: (world) => ['socialeAgent', 'eboxInstelling'].every((a) => (bert(world)?.applications as readonly string[] | undefined)?.includes(a)),
    },
    {
      id: 'not-lokeren',
      label: L('Hij is toegevoegd bij het fuserende OCMW (Moerbeke), niet rechtstreeks bij Lokeren.', "Il est ajouté au CPAS qui fusionne (Moerbeke), pas directement à Lokeren."),
      holds: (world) => !!bert(world) && !tbUser(world, LOKEREN, inszDigits(MOERBEKE_COLLEAGUE.insz)),
    },
  ],
  steps: [
    ...toUsers('f2add', HANNE, MOERBEKE, 'OCMW MOERBEKE'),
    {
      id: 'f2add-add',
      narration: L('Klik op "Een gebruiker toevoegen" en vul het INSZ in.', 'Cliquez sur « Ajouter un utilisateur » et introduisez le NISS.'),
      hint: L(`"Een gebruiker toevoegen", typ ${MOERBEKE_COLLEAGUE.insz}, "Volgende".`, `« Ajouter un utilisateur », tapez ${MOERBEKE_COLLEAGUE.insz}, « Suivant ».`),
      target: 'tb-add-user',
      expects: anyOf(is('tb.chooseAdd', (i) => i.kind === 'USER'), is('tb.next', (i) => inszDigits(i.insz) === inszDigits(MOERBEKE_COLLEAGUE.insz))),
      perform: () => [{ type: 'tb.chooseAdd', kind: 'USER' }, { type: 'tb.next', insz: MOERBEKE_COLLEAGUE.insz }],
      isDone: ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'form' }) || !!bert(world),
    },
    {
      id: 'f2add-form',
      narration: L('Vul het formulier in en klik op "Opslaan", dan "Bevestigen".', 'Complétez le formulaire et cliquez sur « Enregistrer », puis « Confirmer ».'),
      hint: L('Alle velden met een *, "Sociale Agent" en "e-Box van de instelling", "Opslaan", "Bevestigen".', "Tous les champs marqués d'un *, « Agent social » et « e-Box de l'institution », « Enregistrer », « Confirmer »."),
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
  title: L('Fusie scenario 2: een afwezige collega blokkeren', 'Fusion scénario 2 : bloquer une collègue absente'),
  summary: L(
    'Scenario 2 (Moerbeke → Lokeren). Griet Vandamme van OCMW MOERBEKE is langdurig afwezig maar komt terug. Hanne Desmet (Toegangsbeheerder, haar kaart zit in de lezer) zorgt dat Griet zich tijdelijk niet kan aanmelden, zonder haar account te verwijderen.',
    "Scénario 2 (Moerbeke → Lokeren). Griet Vandamme d'OCMW MOERBEKE est absente pour longtemps mais reviendra. Hanne Desmet (gestionnaire d'accès, sa carte est dans le lecteur) fait en sorte que Griet ne puisse temporairement plus se connecter, sans supprimer son compte.",
  ),
  outro: L('Griet is geblokkeerd; bij haar terugkeer deblokkeert u haar.', 'Griet est bloquée ; à son retour, vous la débloquez.'),
  prepare: (world) => asManager(world, MOERBEKE, 'hanne', [GRIET]),
  startPage: { page: 'services' },
  goals: [
    {
      id: 'blocked',
      label: L('Het account van Griet Vandamme bij OCMW MOERBEKE is geblokkeerd (niet verwijderd).', "Le compte de Griet Vandamme à OCMW MOERBEKE est bloqué (pas supprimé)."),
      holds: (world) => griet(world)?.status === 'geblokkeerd',
    },
  ],
  steps: [
    ...toUsers('f2block', HANNE, MOERBEKE, 'OCMW MOERBEKE'),
    {
      id: 'f2block-run',
      narration: L('Vink Griet aan, kies "Gebruiker(s) blokkeren" en klik op "Uitvoeren".', 'Cochez Griet, choisissez « Bloquer le(s) utilisateur(s) » et cliquez sur « Exécuter ».'),
      hint: L('Vink "Griet Vandamme" aan, kies "Gebruiker(s) blokkeren", "Uitvoeren".', 'Cochez « Griet Vandamme », choisissez « Bloquer le(s) utilisateur(s) », « Exécuter ».'),
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
  title: L('Fusie scenario 3: het Toegangsbeheer van Borsbeek opkuisen', 'Fusion scénario 3 : nettoyer la Gestion des accès de Borsbeek'),
  summary: L(
    'Scenario 3 (Borsbeek → Antwerpen). Wout Janssens is Toegangsbeheerder van OCMW BORSBEEK (zijn kaart zit in de lezer). Sven Aerts en Rita Hendrickx werken niet meer bij het OCMW: verwijder hun accounts vóór 15/11/2024, zodat RSZ ze niet kopieert. Nele Smet blijft.',
    "Scénario 3 (Borsbeek → Anvers). Wout Janssens est gestionnaire d'accès d'OCMW BORSBEEK (sa carte est dans le lecteur). Sven Aerts et Rita Hendrickx ne travaillent plus au CPAS : supprimez leurs comptes avant le 15/11/2024, pour que l'ONSS ne les copie pas. Nele Smet reste.",
  ),
  outro: L('Enkel wie blijft, wordt gekopieerd.', 'Seuls ceux qui restent seront copiés.'),
  prepare: (world) => asManager(world, BORSBEEK, 'wout', [SVEN, NELE, RITA]),
  startPage: { page: 'services' },
  goals: [
    { id: 'removed', label: L('Sven Aerts en Rita Hendrickx hebben geen account meer bij OCMW BORSBEEK.', "Sven Aerts et Rita Hendrickx n'ont plus de compte à OCMW BORSBEEK."), holds: (world) => !at(world, SVEN) && !at(world, RITA) },
    { id: 'kept', label: L('Nele Smet heeft haar account nog, actief.', 'Nele Smet a toujours son compte, actif.'), holds: (world) => at(world, NELE)?.status === 'actief' && !at(world, SVEN) },
  ],
  steps: [
    ...toUsers('f3clean', WOUT, BORSBEEK, 'OCMW BORSBEEK'),
    {
      id: 'f3clean-remove',
      narration: L('Vink beide vertrokken collega\'s aan, kies "Gebruiker(s) verwijderen", "Uitvoeren" en bevestig.', 'Cochez les deux collègues partis, choisissez « Supprimer le(s) utilisateur(s) », « Exécuter » et confirmez.'),
      hint: L('Vink Sven Aerts en Rita Hendrickx aan (niet Nele Smet), "Gebruiker(s) verwijderen", "Uitvoeren", "OK".', 'Cochez Sven Aerts et Rita Hendrickx (pas Nele Smet), « Supprimer le(s) utilisateur(s) », « Exécuter », « OK ».'),
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
  title: L('Fusie scenario 3: ook het Toegangsbeheer van Antwerpen opkuisen', 'Fusion scénario 3 : nettoyer aussi la Gestion des accès d\'Anvers'),
  summary: L(
    'Scenario 3 vraagt het Toegangsbeheer van beide OCMW\'s op te kuisen. Wout Janssens is voor deze oefening ook Toegangsbeheerder van het OCMW van Antwerpen (het KBO-nummer dat blijft). Joris Peeters heeft Antwerpen verlaten: verwijder zijn account daar.',
    "Le scénario 3 demande de nettoyer la Gestion des accès des deux CPAS. Pour cet exercice, Wout Janssens est aussi gestionnaire d'accès du CPAS d'Anvers (le numéro BCE qui reste). Joris Peeters a quitté Anvers : supprimez son compte là-bas.",
  ),
  outro: L('Beide OCMW\'s zijn opgekuist.', 'Les deux CPAS sont nettoyés.'),
  prepare: (world) => asManager(world, ANTWERPEN, 'wout', [JORIS]),
  startPage: { page: 'services' },
  goals: [
    { id: 'removed', label: L('Joris Peeters heeft geen account meer bij CPAS Anvers (OCMW Antwerpen).', "Joris Peeters n'a plus de compte au CPAS Anvers."), holds: (world) => !at(world, JORIS) },
    {
      id: 'borsbeek-kept',
      label: L('Het account van Wout bij OCMW BORSBEEK is er nog.', "Le compte de Wout à OCMW BORSBEEK existe toujours."),
      holds: (world) => !at(world, JORIS) && world.tbUsers.some((u) => u.kbo === BORSBEEK && u.insz === world.people.find((p) => p.id === 'wout')?.insz),
    },
  ],
  steps: [
    ...toUsers('f3antw', WOUT, ANTWERPEN, 'CPAS Anvers'),
    {
      id: 'f3antw-remove',
      narration: L('Vink Joris Peeters aan, "Gebruiker(s) verwijderen", "Uitvoeren", "OK".', 'Cochez Joris Peeters, « Supprimer le(s) utilisateur(s) », « Exécuter », « OK ».'),
      hint: L('Vink "Joris Peeters" aan, kies "Gebruiker(s) verwijderen", "Uitvoeren" en "OK".', 'Cochez « Joris Peeters », choisissez « Supprimer le(s) utilisateur(s) », « Exécuter » et « OK ».'),
      target: 'tb-bulk',
      expects: anyOf(is('tb.toggle', (i) => i.insz === JORIS.insz), is('tb.run', (i) => i.action === 'remove'), is('tb.confirmBulk')),
      perform: () => [{ type: 'tb.toggle', insz: JORIS.insz }, { type: 'tb.run', action: 'remove' }, { type: 'tb.confirmBulk', apps: [] }],
      isDone: ({ world }) => !at(world, JORIS),
    },
  ],
};

// ——— "Aanmelden in de overgangsfase": the disappearing or the remaining OCMW ———
function transitionLogin(id: string, s: 2 | 3, who: { id: string; pin: string; name: string }, kbo: string, enterprise: string, why: { nl: string; fr: string }): Scenario {
  const role: PrimawebRole = 'socialeAgent';
  return {
    id,
    title: L(`Fusie scenario ${s}: aanmelden in de overgangsfase`, `Fusion scénario ${s} : se connecter pendant la phase de transition`),
    summary: L(`Scenario ${s}. ${why.nl} De kaart van ${who.name} zit in de lezer; meld aan in PrimaWeb voor de juiste onderneming.`, `Scénario ${s}. ${why.fr} La carte de ${who.name} est dans le lecteur ; connectez-vous à PrimaWeb pour la bonne entreprise.`),
    outro: L(`${who.name} werkt onder ${enterprise}.`, `${who.name} travaille sous ${enterprise}.`),
    prepare: (world) => cardInReader(mergerAccountsAsDelivered(world), who.id),
    startPage: { page: 'home' },
    goals: [
      {
        id: 'session',
        label: L(`${who.name} is aangemeld in PrimaWeb voor ${enterprise}, als Sociale Agent.`, `${who.name} est connecté(e) à PrimaWeb pour ${enterprise}, en tant qu'Agent social.`),
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
  L(
    'In januari 2025 moet Hanne Desmet in het dossier van Luc Verhoeven nog een integratie van december 2024 nakijken: die staat onder het "verdwijnende" OCMW Moerbeke.',
    "En janvier 2025, Hanne Desmet doit encore vérifier dans le dossier de Luc Verhoeven une intégration de décembre 2024 : elle figure sous le CPAS « qui disparaît » de Moerbeke.",
  ),
);

export const transition3Exercise = transitionLogin(
  'toets-fusie3-aanmelden',
  3,
  WOUT,
  ANTWERPEN,
  'CPAS Anvers',
  L(
    'Vanaf 01/01/2025 voert Wout Janssens nieuwe dossiers in onder het OCMW waarvan het KBO-nummer behouden blijft (Antwerpen).',
    "À partir du 01/01/2025, Wout Janssens introduit les nouveaux dossiers sous le CPAS dont le numéro BCE est conservé (Anvers).",
  ),
);

export const MERGER_2_EXERCISES: readonly Scenario[] = [transition2Exercise, transfer2Exercise, update2Exercise, block2Exercise];
export const MERGER_3_EXERCISES: readonly Scenario[] = [transition3Exercise, transfer3Exercise, cleanUp3Exercise, cleanUp3AntwerpenExercise];
