/** Toegangsbeheer for the new OCMW (004): the Hoofdtoegangsbeheerder appoints the Toegangsbeheerder and cleans up the copied users. */
import { MERELBEKE_MELLE } from '../../../world/seed-mergers';
import type { World } from '../../../world/types';
import type { Scenario } from '../../scenario';
import { step } from '../integration.scenarios';
import { anyOf, is, serviceLoginSteps } from '../steps';
import { L, newAccountsAsCopied } from './shared';
import { TITLES } from '../../titles';

const JAN_INSZ = '55.05.05-181.83';
const EVA_INSZ = '65031820460';
const accountAtNew = (world: World, insz: string) => world.tbUsers.find((u) => u.kbo === MERELBEKE_MELLE && u.insz === insz);

export const mergerAccessScenario: Scenario = {
  id: 'fusie-toegangsbeheer',
  title: TITLES['fusie-toegangsbeheer'],
  summary: L(
    'De Hoofdtoegangsbeheerder (HTB) stelt een Toegangsbeheerder (TB) aan voor de hoedanigheid van het nieuwe OCMW en kuist de gekopieerde gebruikers op (richtlijnen fusies 2025, "Toegangsbeheer").',
    'Le gestionnaire d\'accès principal désigne un gestionnaire d\'accès pour la qualité du nouveau CPAS et nettoie les utilisateurs copiés (directives fusions 2025, « Gestion des accès »).',
  ),
  outro: L(
    'Jan Maes is Toegangsbeheerder van OCMW Merelbeke-Melle en Eva Wauters heeft er geen toegang meer. Alles omtrent Toegangsbeheer voor het "verdwijnde" KBO-nummer wordt voorlopig behouden.',
    'Jan Maes est gestionnaire d\'accès du CPAS de Merelbeke-Melle et Eva Wauters n\'y a plus accès. Tout ce qui concerne la Gestion des accès pour le numéro BCE « disparu » est conservé pour le moment.',
  ),
  prepare: newAccountsAsCopied,
  startPage: { page: 'services' },
  goals: [
    {
      id: 'tb-appointed',
      label: L('Jan Maes is Toegangsbeheerder (Lokale Beheerder) van OCMW MERELBEKE-MELLE.', 'Jan Maes est gestionnaire d\'accès (gestionnaire local) du CPAS de MERELBEKE-MELLE.'),
      holds: (world) => accountAtNew(world, '55050518183')?.type === 'LB',
    },
    {
      id: 'left-removed',
      label: L('Eva Wauters (met pensioen) heeft geen account meer bij OCMW MERELBEKE-MELLE.', 'Eva Wauters (retraitée) n\'a plus de compte au CPAS de MERELBEKE-MELLE.'),
      holds: (world) => !accountAtNew(world, EVA_INSZ),
    },
  ],
  steps: [
    ...serviceLoginSteps({ prefix: 'fusie-tb', service: 'toegangsbeheer', serviceName: 'Toegangsbeheer', serviceNameFr: 'Gestion des accès', personId: 'karen', pin: '1357', name: 'Karen De Vos' }),
    step(
      'fusie-tb-enterprise',
      L('RSZ heeft de Hoofdtoegangsbeheerder toegevoegd aan het fusie-OCMW en de gebruikers gekopieerd. Kies "OCMW MERELBEKE-MELLE" in de afrollijst.', 'L\'ONSS a ajouté le gestionnaire d\'accès principal au CPAS fusionné et copié les utilisateurs. Choisissez « OCMW MERELBEKE-MELLE » dans la liste déroulante.'),
      L('Kies "OCMW MERELBEKE-MELLE" bij "Ondernemingsnummer:".', 'Choisissez « OCMW MERELBEKE-MELLE » à « Numéro d\'entreprise : ».'),
      'tb-enterprise',
      is('tb.selectEnterprise', (i) => i.kbo === MERELBEKE_MELLE),
      () => ({ type: 'tb.selectEnterprise', kbo: MERELBEKE_MELLE }),
      ({ toegangsbeheer }) => toegangsbeheer.context.kbo === MERELBEKE_MELLE,
    ),
    {
      ...step(
        'fusie-tb-name',
        L(
          'De Hoofdtoegangsbeheerder stelt de Toegangsbeheerder aan. Klik op de benaming van de onderneming: "OCMW MERELBEKE-MELLE".',
          'Le gestionnaire d\'accès principal désigne le gestionnaire d\'accès. Cliquez sur la dénomination de l\'entreprise : « OCMW MERELBEKE-MELLE ».',
        ),
        L('Klik op de benaming "OCMW MERELBEKE-MELLE".', 'Cliquez sur la dénomination « OCMW MERELBEKE-MELLE ».'),
        'tb-enterprise-name',
        is('tb.openEnterprise', (i) => i.kbo === MERELBEKE_MELLE),
        () => ({ type: 'tb.openEnterprise', kbo: MERELBEKE_MELLE }),
        ({ toegangsbeheer }) => !toegangsbeheer.matches('home'),
      ),
      wrongFeedback: (intent) =>
        intent.type === 'tb.openRole'
          ? L(
              'Die link opent de onthaalpagina. Om de Toegangsbeheerder aan te stellen klikt u op de benaming van de onderneming, "OCMW MERELBEKE-MELLE".',
              'Ce lien ouvre la page d\'accueil. Pour désigner le gestionnaire d\'accès, cliquez sur la dénomination de l\'entreprise, « OCMW MERELBEKE-MELLE ».',
            )
          : null,
    },
    {
      ...step(
        'fusie-tb-capacity',
        L(
          'Klik op de hoedanigheid waarvoor u de Toegangsbeheerders wil aanstellen: "Maatschappelijk Welzijn".',
          'Cliquez sur la qualité pour laquelle vous voulez désigner les gestionnaires d\'accès : « Aide sociale ».',
        ),
        L('Klik op "Maatschappelijk Welzijn".', 'Cliquez sur « Aide sociale ».'),
        'tb-capacity',
        is('tb.openCapacity'),
        () => ({ type: 'tb.openCapacity' }),
        ({ toegangsbeheer }) => !toegangsbeheer.matches('home') && !toegangsbeheer.matches('capacities'),
      ),
      wrongFeedback: (intent) =>
        intent.type.startsWith('tb.')
          ? L('Het OCMW is een hoedanigheid "Maatschappelijk Welzijn": klik daarop.', 'Le CPAS est une qualité « Aide sociale » : cliquez dessus.')
          : null,
    },
    step(
      'fusie-tb-change',
      L(
        'Klik onderaan op "Van Toegangsbeheerder veranderen" en vul het INSZ in.',
        'Cliquez en bas sur « Changer de gestionnaire d\'accès » et introduisez le NISS.',
      ),
      L('Klik op "Van Toegangsbeheerder veranderen".', 'Cliquez sur « Changer de gestionnaire d\'accès ».'),
      'tb-appoint',
      is('tb.appointTb'),
      () => ({ type: 'tb.appointTb' }),
      ({ toegangsbeheer, world }) => toegangsbeheer.context.adding === 'LB' || accountAtNew(world, '55050518183')?.type === 'LB',
    ),
    step(
      'fusie-tb-insz',
      L(`Vul het INSZ van Jan Maes in (${JAN_INSZ}) en klik op "Volgende".`, `Introduisez le NISS de Jan Maes (${JAN_INSZ}) et cliquez sur « Suivant ».`),
      L(`Typ ${JAN_INSZ} en klik op "Volgende".`, `Tapez ${JAN_INSZ} et cliquez sur « Suivant ».`),
      'tb-add-insz',
      is('tb.next', (i) => i.insz.replace(/\D/g, '') === '55050518183'),
      () => ({ type: 'tb.next', insz: JAN_INSZ }),
      ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'overview' }) || accountAtNew(world, '55050518183')?.type === 'LB',
    ),
    step(
      // Not 'fusie-tb-confirm': that is the eID's "Bevestigen" of the login above.
      'fusie-tb-confirm-lb',
      L('Jan heeft al een account (RSZ kopieerde het): controleer en klik op "Bevestigen".', 'Jan a déjà un compte (copié par l\'ONSS) : vérifiez et cliquez sur « Confirmer ».'),
      L('Klik op "Bevestigen".', 'Cliquez sur « Confirmer ».'),
      'tb-confirm',
      is('tb.confirmAdd'),
      () => ({ type: 'tb.confirmAdd' }),
      ({ world }) => accountAtNew(world, '55050518183')?.type === 'LB',
    ),
    step(
      'fusie-tb-users',
      L(
        'Jan is Toegangsbeheerder. Kuis nu de gekopieerde gebruikers op: klik rechts in het menu op "Gebruikers".',
        'Jan est gestionnaire d\'accès. Nettoyez maintenant les utilisateurs copiés : cliquez à droite dans le menu sur « Utilisateurs ».',
      ),
      L('Klik op "Gebruikers".', 'Cliquez sur « Utilisateurs ».'),
      'tb-menu-users',
      is('tb.users'),
      () => ({ type: 'tb.users' }),
      // Not while Jan's appointment is still under way (that too is under "users").
      ({ toegangsbeheer, world }) => (toegangsbeheer.matches('users') && toegangsbeheer.context.adding === null) || !accountAtNew(world, EVA_INSZ),
    ),
    step(
      'fusie-tb-tick',
      L('Eva Wauters ging eind 2024 met pensioen: vink haar aan links van haar naam.', 'Eva Wauters a pris sa retraite fin 2024 : cochez-la à gauche de son nom.'),
      L('Vink "Eva Wauters" aan.', 'Cochez « Eva Wauters ».'),
      'tb-tick-ewauters',
      is('tb.toggle', (i) => i.insz === EVA_INSZ),
      () => ({ type: 'tb.toggle', insz: EVA_INSZ }),
      ({ toegangsbeheer, world }) => toegangsbeheer.context.selected.includes(EVA_INSZ) || !accountAtNew(world, EVA_INSZ),
    ),
    step(
      'fusie-tb-remove',
      L('Kies "Gebruiker(s) verwijderen" in het drop-downmenu en klik op "Uitvoeren".', 'Choisissez « Supprimer le(s) utilisateur(s) » dans le menu déroulant et cliquez sur « Exécuter ».'),
      L('Kies "Gebruiker(s) verwijderen" en klik op "Uitvoeren".', 'Choisissez « Supprimer le(s) utilisateur(s) » et cliquez sur « Exécuter ».'),
      'tb-bulk',
      anyOf(is('tb.run', (i) => i.action === 'remove'), is('tb.toggle')),
      () => ({ type: 'tb.run', action: 'remove' }),
      ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'confirmRemove' }) || !accountAtNew(world, EVA_INSZ),
    ),
    step(
      'fusie-tb-ok',
      L('Bevestig met "OK".', 'Confirmez avec « OK ».'),
      L('Klik op "OK".', 'Cliquez sur « OK ».'),
      'pw-popup',
      is('tb.confirmBulk'),
      () => ({ type: 'tb.confirmBulk', apps: [] }),
      ({ world }) => !accountAtNew(world, EVA_INSZ),
    ),
  ],
};

