/**
 * "Huidig Toegangsbeheer 'updaten' (Alle OCMW's)" (scenario 2) and "Huidig Toegangsbeheer
 * 'opkuisen' (Beide OCMW's)" (scenario 3), rehearsed in the scenario's own OCMW rather than in
 * Herstappe: "Vlaanderen zal ... vragen ... het huidige Toegangsbeheer na te kijken en waar nodig up
 * te daten. Dead line 15/11/2024", before RSZ copies the users to the merged OCMW. The steps are
 * those of "Gebruikers toevoegen" and "Gebruikers verwijderen" of 004, as in the Herstappe exercise.
 */
import { inszDigits } from '../../../domain/insz';
import type { TbUserForm } from '../../../domain/toegangsbeheer';
import { BORSBEEK, MOERBEKE } from '../../../world/seed-mergers';
import { tbUser } from '../../../world/toegangsbeheer';
import type { TbUser, World } from '../../../world/types';
import type { Scenario } from '../../scenario';
import { step } from '../integration.scenarios';
import { cardInReader } from '../setup';
import { anyOf, is, serviceLoginSteps } from '../steps';
import { L, mergerAccountsAsDelivered } from './shared';
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
  summary: L(
    'Scenario 2 (Moerbeke → Lokeren): voor de deadline van 15/11/2024 het huidige Toegangsbeheer van OCMW Moerbeke nakijken en waar nodig up te daten: een nieuwe collega toevoegen met "Sociale Agent", zodat RSZ haar mee kopieert naar het fusie-OCMW (richtlijnen fusies 2025, "Toegangsbeheer").',
    'Scénario 2 (Moerbeke → Lokeren) : avant la date limite du 15/11/2024, vérifier la Gestion des accès actuelle du CPAS de Moerbeke et la mettre à jour si nécessaire : ajouter une nouvelle collègue avec « Agent social », pour que l\'ONSS la copie aussi vers le CPAS fusionné (directives fusions 2025, « Gestion des accès »).',
  ),
  outro: L(
    'Lotte Van Damme is toegevoegd aan OCMW Moerbeke met de toepassing "Sociale Agent". RSZ zal de gebruikers van de fuserende OCMW\'s kopiëren naar het fusie-OCMW; alles omtrent Toegangsbeheer voor het "verdwijnende" KBO-nummer wordt voorlopig behouden.',
    'Lotte Van Damme a été ajoutée au CPAS de Moerbeke avec l\'application « Agent social ». L\'ONSS copiera les utilisateurs des CPAS qui fusionnent vers le CPAS fusionné ; tout ce qui concerne la Gestion des accès pour le numéro BCE « qui disparaît » est conservé pour le moment.',
  ),
  prepare: (world) => ownAccounts(world, MOERBEKE, 'hanne', []),
  startPage: { page: 'services' },
  goals: [
    {
      id: 'lotte-added',
      // The INSZ is named: she has no card, and free practice shows the goals as its only task.
      label: L(
        `Lotte Van Damme (INSZ ${MOERBEKE_NEW_USER.insz}) heeft bij OCMW MOERBEKE een account met de toepassing "Sociale Agent".`,
        `Lotte Van Damme (NISS ${MOERBEKE_NEW_USER.insz}) a un compte au CPAS de MOERBEKE avec l'application « Agent social ».`,
      ),
      holds: lotteAdded,
    },
  ],
  steps: [
    ...serviceLoginSteps({ prefix: 'fusie2-tb', service: 'toegangsbeheer', serviceName: 'Toegangsbeheer', serviceNameFr: 'Gestion des accès', personId: 'hanne', pin: '2468', name: 'Hanne Desmet' }),
    step(
      'fusie2-tb-enterprise',
      L(
        'Vlaanderen vraagt het huidige Toegangsbeheer na te kijken en waar nodig up te daten (deadline 15/11/2024). Hanne is Toegangsbeheerder van OCMW Moerbeke: kies "OCMW MOERBEKE" in de afrollijst.',
        'La Flandre demande de vérifier la Gestion des accès actuelle et de la mettre à jour si nécessaire (date limite 15/11/2024). Hanne est gestionnaire d\'accès du CPAS de Moerbeke : choisissez « OCMW MOERBEKE » dans la liste déroulante.',
      ),
      L('Kies "OCMW MOERBEKE" bij "Ondernemingsnummer:".', 'Choisissez « OCMW MOERBEKE » à « Numéro d\'entreprise : ».'),
      'tb-enterprise',
      is('tb.selectEnterprise', (i) => i.kbo === MOERBEKE),
      () => ({ type: 'tb.selectEnterprise', kbo: MOERBEKE }),
      ({ toegangsbeheer }) => toegangsbeheer.context.kbo === MOERBEKE,
    ),
    step(
      'fusie2-tb-role',
      L(
        'De Hoofdtoegangsbeheerder of de Toegangsbeheerder kunnen gebruikers toevoegen aan een hoedanigheid. Klik op "(Lokale Beheerder)".',
        'Le gestionnaire d\'accès principal ou le gestionnaire d\'accès peuvent ajouter des utilisateurs à une qualité. Cliquez sur « (Gestionnaire local) ».',
      ),
      L('Klik op "(Lokale Beheerder)".', 'Cliquez sur « (Gestionnaire local) ».'),
      'tb-role-lb',
      is('tb.openRole', (i) => i.kbo === MOERBEKE),
      () => ({ type: 'tb.openRole', kbo: MOERBEKE, as: 'lb' }),
      ({ toegangsbeheer }) => !toegangsbeheer.matches('home'),
    ),
    step(
      'fusie2-tb-users',
      L('Klik rechts in het menu op "Gebruikers".', 'Cliquez à droite dans le menu sur « Utilisateurs ».'),
      L('Klik op "Gebruikers" onder "Functionaliteiten".', 'Cliquez sur « Utilisateurs » sous « Fonctionnalités ».'),
      'tb-menu-users',
      is('tb.users'),
      () => ({ type: 'tb.users' }),
      ({ toegangsbeheer }) => toegangsbeheer.matches('users'),
    ),
    step(
      'fusie2-tb-add',
      L(
        'U krijgt nu een overzicht van de bestaande gebruikers. Lotte Van Damme, de nieuwe collega, staat er nog niet bij: klik op "Een gebruiker toevoegen".',
        'Vous obtenez maintenant un aperçu des utilisateurs existants. Lotte Van Damme, la nouvelle collègue, n\'y figure pas encore : cliquez sur « Ajouter un utilisateur ».',
      ),
      L('Klik op "Een gebruiker toevoegen".', 'Cliquez sur « Ajouter un utilisateur ».'),
      'tb-add-user',
      is('tb.chooseAdd', (i) => i.kind === 'USER'),
      () => ({ type: 'tb.chooseAdd', kind: 'USER' }),
      ({ toegangsbeheer, world }) => !toegangsbeheer.matches({ users: 'list' }) || lotteAdded(world),
    ),
    {
      ...step(
        'fusie2-tb-insz',
        L(`Vul het INSZ van Lotte Van Damme in (${MOERBEKE_NEW_USER.insz}) en klik op "Volgende".`, `Introduisez le NISS de Lotte Van Damme (${MOERBEKE_NEW_USER.insz}) et cliquez sur « Suivant ».`),
        L(`Typ ${MOERBEKE_NEW_USER.insz} en klik op "Volgende".`, `Tapez ${MOERBEKE_NEW_USER.insz} et cliquez sur « Suivant ».`),
        'tb-add-insz',
        is('tb.next', (i) => inszDigits(i.insz) === LOTTE),
        () => ({ type: 'tb.next', insz: MOERBEKE_NEW_USER.insz }),
        ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'form' }) || toegangsbeheer.matches({ users: 'overview' }) || lotteAdded(world),
      ),
      wrongFeedback: (intent) =>
        intent.type === 'tb.next'
          ? L(`Dat is niet het INSZ van Lotte Van Damme: typ ${MOERBEKE_NEW_USER.insz}.`, `Ce n'est pas le NISS de Lotte Van Damme : tapez ${MOERBEKE_NEW_USER.insz}.`)
          : null,
    },
    {
      ...step(
        'fusie2-tb-form',
        L(
          'Vul de gegevens aan: twee keer de gebruikersnaam (lvandamme) en het wachtwoord (een oefenwachtwoord, nooit een echt), Naam, Voornaam en E-mailadres (lotte.vandamme@ocmw-moerbeke.be). Vink de toepassing "Sociale Agent" aan en klik op "Opslaan".',
          'Complétez les données : deux fois le nom d\'utilisateur (lvandamme) et le mot de passe (un mot de passe d\'exercice, jamais un vrai), Nom, Prénom et Adresse e-mail (lotte.vandamme@ocmw-moerbeke.be). Cochez l\'application « Agent social » et cliquez sur « Enregistrer ».',
        ),
        L('Vul alle velden met een * in, vink "Sociale Agent" aan en klik op "Opslaan".', 'Complétez tous les champs marqués d\'un *, cochez « Agent social » et cliquez sur « Enregistrer ».'),
        'tb-user-form',
        is('tb.submit', (i) => i.form.applications.includes('socialeAgent')),
        () => ({ type: 'tb.submit', form: MOERBEKE_NEW_USER }),
        ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'overview' }) || lotteAdded(world),
      ),
      wrongFeedback: (intent) =>
        intent.type === 'tb.submit'
          ? L('Vink de toepassing "Sociale Agent" aan: zonder die rol kan Lotte zich niet aanmelden in PrimaWeb.', 'Cochez l\'application « Agent social » : sans ce rôle, Lotte ne peut pas se connecter à PrimaWeb.')
          : null,
    },
    step(
      'fusie2-tb-confirm',
      L('U krijgt nu een overzicht van de gegevens die u zonet invulde. Controleer of alles correct is en klik op "Bevestigen".', 'Vous obtenez maintenant un aperçu des données que vous venez d\'introduire. Vérifiez que tout est correct et cliquez sur « Confirmer ».'),
      L('Klik op "Bevestigen".', 'Cliquez sur « Confirmer ».'),
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
  summary: L(
    'Scenario 3 (Borsbeek → Antwerpen): voor de deadline van 15/11/2024 het huidige Toegangsbeheer van OCMW Borsbeek opkuisen: een collega die vertrokken is verwijderen, zodat RSZ hem niet mee kopieert (richtlijnen fusies 2025, "Toegangsbeheer", "Gebruikers verwijderen").',
    'Scénario 3 (Borsbeek → Anvers) : avant la date limite du 15/11/2024, nettoyer la Gestion des accès actuelle du CPAS de Borsbeek : supprimer un collègue parti, pour que l\'ONSS ne le copie pas (directives fusions 2025, « Gestion des accès », « Supprimer des utilisateurs »).',
  ),
  outro: L(
    'Tom Mertens heeft geen account meer bij OCMW Borsbeek. Het is ook mogelijk een gebruiker te blokkeren, bij voorbeeld in geval van een tijdelijke afwezigheid.',
    'Tom Mertens n\'a plus de compte au CPAS de Borsbeek. Il est aussi possible de bloquer un utilisateur, par exemple en cas d\'absence temporaire.',
  ),
  prepare: (world) => ownAccounts(world, BORSBEEK, 'wout', [TOM]),
  startPage: { page: 'services' },
  goals: [
    {
      id: 'tom-removed',
      label: L('Tom Mertens (vertrokken) heeft geen account meer bij OCMW BORSBEEK.', 'Tom Mertens (parti) n\'a plus de compte au CPAS de BORSBEEK.'),
      holds: (world) => !tomAt(world),
    },
    {
      id: 'wout-kept',
      label: L('Wout Janssens blijft Toegangsbeheerder van OCMW BORSBEEK.', 'Wout Janssens reste gestionnaire d\'accès du CPAS de BORSBEEK.'),
      holds: (world) => !tomAt(world) && woutAt(world)?.type === 'LB',
    },
  ],
  steps: [
    ...serviceLoginSteps({ prefix: 'fusie3-tb', service: 'toegangsbeheer', serviceName: 'Toegangsbeheer', serviceNameFr: 'Gestion des accès', personId: 'wout', pin: '1593', name: 'Wout Janssens' }),
    step(
      'fusie3-tb-enterprise',
      L(
        'Vlaanderen vraagt het huidige Toegangsbeheer na te kijken (deadline 15/11/2024). Wout is Toegangsbeheerder van OCMW Borsbeek: kies "OCMW BORSBEEK" in de afrollijst.',
        'La Flandre demande de vérifier la Gestion des accès actuelle (date limite 15/11/2024). Wout est gestionnaire d\'accès du CPAS de Borsbeek : choisissez « OCMW BORSBEEK » dans la liste déroulante.',
      ),
      L('Kies "OCMW BORSBEEK" bij "Ondernemingsnummer:".', 'Choisissez « OCMW BORSBEEK » à « Numéro d\'entreprise : ».'),
      'tb-enterprise',
      is('tb.selectEnterprise', (i) => i.kbo === BORSBEEK),
      () => ({ type: 'tb.selectEnterprise', kbo: BORSBEEK }),
      ({ toegangsbeheer }) => toegangsbeheer.context.kbo === BORSBEEK,
    ),
    step(
      'fusie3-tb-role',
      L('De Hoofdtoegangsbeheerder of de Toegangsbeheerder kunnen gebruikers verwijderen. Klik op "(Lokale Beheerder)".', 'Le gestionnaire d\'accès principal ou le gestionnaire d\'accès peuvent supprimer des utilisateurs. Cliquez sur « (Gestionnaire local) ».'),
      L('Klik op "(Lokale Beheerder)".', 'Cliquez sur « (Gestionnaire local) ».'),
      'tb-role-lb',
      is('tb.openRole', (i) => i.kbo === BORSBEEK),
      () => ({ type: 'tb.openRole', kbo: BORSBEEK, as: 'lb' }),
      ({ toegangsbeheer }) => !toegangsbeheer.matches('home'),
    ),
    step(
      'fusie3-tb-users',
      L('Klik rechts in het menu op "Gebruikers".', 'Cliquez à droite dans le menu sur « Utilisateurs ».'),
      L('Klik op "Gebruikers".', 'Cliquez sur « Utilisateurs ».'),
      'tb-menu-users',
      is('tb.users'),
      () => ({ type: 'tb.users' }),
      ({ toegangsbeheer }) => toegangsbeheer.matches('users'),
    ),
    step(
      'fusie3-tb-tick',
      L('Tom Mertens werkt niet meer bij het OCMW: vink hem aan links van zijn naam.', 'Tom Mertens ne travaille plus au CPAS : cochez-le à gauche de son nom.'),
      L('Vink "Tom Mertens" aan.', 'Cochez « Tom Mertens ».'),
      'tb-tick-tmertens',
      is('tb.toggle', (i) => i.insz === TOM.insz),
      () => ({ type: 'tb.toggle', insz: TOM.insz }),
      ({ toegangsbeheer, world }) => toegangsbeheer.context.selected.includes(TOM.insz) || !tomAt(world),
    ),
    step(
      'fusie3-tb-remove',
      L('Kies de actie "Gebruiker(s) verwijderen" in het drop down-menu en klik op "Uitvoeren".', 'Choisissez l\'action « Supprimer le(s) utilisateur(s) » dans le menu déroulant et cliquez sur « Exécuter ».'),
      L('Kies "Gebruiker(s) verwijderen" en klik op "Uitvoeren".', 'Choisissez « Supprimer le(s) utilisateur(s) » et cliquez sur « Exécuter ».'),
      'tb-bulk',
      anyOf(is('tb.run', (i) => i.action === 'remove'), is('tb.toggle')),
      () => ({ type: 'tb.run', action: 'remove' }),
      ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'confirmRemove' }) || !tomAt(world),
    ),
    step(
      'fusie3-tb-ok',
      L('Bevestig met "OK".', 'Confirmez avec « OK ».'),
      L('Klik op "OK".', 'Cliquez sur « OK ».'),
      'pw-popup',
      is('tb.confirmBulk'),
      () => ({ type: 'tb.confirmBulk', apps: [] }),
      ({ world }) => !tomAt(world),
    ),
  ],
};
