/** "Een gebruiker toevoegen in Toegangsbeheer" (004, "Gebruikers toevoegen"). */
import { inszDigits } from '../../domain/insz';
import { HERSTAPPE } from '../../world/seed';
import { accountOf } from '../../world/toegangsbeheer';
import { EXAMPLE_NEW_USER } from '../../world/examples';
import type { World } from '../../world/types';
import type { Scenario } from '../scenario';
import { cardInReader, herstappeAccountsAsDelivered } from './setup';
import { anyOf, is, serviceLoginSteps } from './steps';
import { TITLES } from '../titles';

const BRAM_INSZ = EXAMPLE_NEW_USER.insz;


/** Herstappe's accounts as delivered, Ann's card in the reader. */
const prepare = (world: World): World => cardInReader(herstappeAccountsAsDelivered(world), 'ann');

const bramAdded = (world: World) => !!accountOf(world, 'bram', HERSTAPPE)?.applications.includes('socialeAgent');

export const addUserScenario: Scenario = {
  id: 'toegangsbeheer-gebruiker-toevoegen',
  title: TITLES['toegangsbeheer-gebruiker-toevoegen'],
  summary: {
    nl: 'Als toegangsbeheerder een nieuwe collega de rol "Sociale Agent" geven, zodat hij zich in PrimaWeb kan aanmelden (richtlijnen fusies 2025, "Gebruikers toevoegen").',
    fr: 'En tant que gestionnaire d\'accès, donner à un nouveau collègue le rôle « Agent social » pour qu\'il puisse se connecter à PrimaWeb (directives fusions 2025, « Ajouter des utilisateurs »).',
  },
  outro: {
    nl: 'Bram Peeters is toegevoegd met de toepassing "Sociale Agent". Hij kan zich nu aanmelden in PrimaWeb; bij zijn eerste aanmelding wordt hij PrimaWeb-gebruiker en kan de PrimaWeb beheerder hem profielen toekennen.',
    fr: 'Bram Peeters a été ajouté avec l\'application « Agent social ». Il peut maintenant se connecter à PrimaWeb ; à sa première connexion, il devient utilisateur PrimaWeb et le gestionnaire PrimaWeb peut lui attribuer des profils.',
  },
  prepare,
  startPage: { page: 'services' },
  steps: [
    ...serviceLoginSteps({ prefix: 'tb', service: 'toegangsbeheer', serviceName: 'Toegangsbeheer', serviceNameFr: 'Gestion des accès', personId: 'ann', pin: '4711', name: 'Ann Wouters' }),
    {
      id: 'enterprise',
      narration: {
        nl: 'De (co-)Hoofdtoegangsbeheerder of de (co-)Toegangsbeheerder kunnen gebruikers toevoegen aan een hoedanigheid. Kies in de afrollijst de onderneming waarvoor u wenst te werken: OCMW HERSTAPPE.',
        fr: 'Le (co-)gestionnaire d\'accès principal ou le (co-)gestionnaire d\'accès peut ajouter des utilisateurs à une qualité. Choisissez dans la liste déroulante l\'entreprise pour laquelle vous souhaitez travailler : OCMW HERSTAPPE.',
      },
      hint: { nl: 'Kies "OCMW HERSTAPPE" bij "Ondernemingsnummer:".', fr: 'Choisissez « OCMW HERSTAPPE » à « Numéro d\'entreprise : ».' },
      target: 'tb-enterprise',
      expects: is('tb.selectEnterprise', (i) => i.kbo === HERSTAPPE),
      perform: () => ({ type: 'tb.selectEnterprise', kbo: HERSTAPPE }),
      isDone: ({ toegangsbeheer }) => toegangsbeheer.context.kbo === HERSTAPPE,
    },
    {
      id: 'role',
      narration: {
        nl: 'Afhankelijk van uw rol, klikt u op "Verantwoordelijke Toegangen Entiteit" of "Lokale Beheerder". Ann is toegangsbeheerder van de hoedanigheid Maatschappelijk Welzijn: klik op "(Lokale Beheerder)".',
        fr: 'Selon votre rôle, cliquez sur « Responsable Accès Entité » ou « Gestionnaire local ». Ann est gestionnaire d\'accès de la qualité Aide sociale : cliquez sur « (Gestionnaire local) ».',
      },
      hint: { nl: 'Klik op "(Lokale Beheerder)".', fr: 'Cliquez sur « (Gestionnaire local) ».' },
      target: 'tb-role-lb',
      expects: is('tb.openRole', (i) => i.kbo === HERSTAPPE),
      perform: () => ({ type: 'tb.openRole', kbo: HERSTAPPE, as: 'lb' }),
      isDone: ({ toegangsbeheer }) => !toegangsbeheer.matches('home'),
    },
    {
      id: 'users',
      narration: { nl: 'Klik rechts in het menu op "Gebruikers".', fr: 'Cliquez à droite dans le menu sur « Utilisateurs ».' },
      hint: { nl: 'Klik op "Gebruikers" onder "Functionaliteiten".', fr: 'Cliquez sur « Utilisateurs » sous « Fonctionnalités ».' },
      target: 'tb-menu-users',
      expects: is('tb.users'),
      perform: () => ({ type: 'tb.users' }),
      isDone: ({ toegangsbeheer }) => toegangsbeheer.matches('users'),
    },
    {
      id: 'add',
      // 004 l.447 adds by the INSZ at the bottom of the list; the button "Een gebruiker toevoegen" leads to the same form.
      narration: {
        nl: `U krijgt nu een overzicht van de bestaande gebruikers. Rechts onderaan kan u een gebruiker toevoegen door het INSZ in te vullen en op "Volgende" te klikken: vul het INSZ van de nieuwe collega Bram Peeters in (${BRAM_INSZ}). U kan ook klikken op "Een gebruiker toevoegen".`,
        fr: `Vous obtenez maintenant un aperçu des utilisateurs existants. En bas à droite, vous pouvez ajouter un utilisateur en introduisant le NISS et en cliquant sur « Suivant » : introduisez le NISS du nouveau collègue Bram Peeters (${BRAM_INSZ}). Vous pouvez aussi cliquer sur « Ajouter un utilisateur ».`,
      },
      hint: {
        nl: `Typ ${BRAM_INSZ} bij "INSZ:" onderaan en klik op "Volgende", of klik op "Een gebruiker toevoegen".`,
        fr: `Tapez ${BRAM_INSZ} à « NISS : » en bas et cliquez sur « Suivant », ou cliquez sur « Ajouter un utilisateur ».`,
      },
      target: 'tb-add-user',
      expects: anyOf(
        is('tb.chooseAdd', (i) => i.kind === 'USER'),
        is('tb.addByInsz', (i) => inszDigits(i.insz) === inszDigits(BRAM_INSZ)),
      ),
      wrongFeedback: (intent) =>
        intent.type === 'tb.addByInsz'
          ? { nl: `Dat is niet het INSZ van Bram Peeters: typ ${BRAM_INSZ}.`, fr: `Ce n'est pas le NISS de Bram Peeters : tapez ${BRAM_INSZ}.` }
          : null,
      perform: () => ({ type: 'tb.chooseAdd', kind: 'USER' }),
      isDone: ({ toegangsbeheer, world }) => !toegangsbeheer.matches({ users: 'list' }) || bramAdded(world),
    },
    {
      id: 'insz',
      narration: {
        nl: `Vul het INSZ van de nieuwe collega Bram Peeters in (${BRAM_INSZ}) en klik op "Volgende".`,
        fr: `Introduisez le NISS du nouveau collègue Bram Peeters (${BRAM_INSZ}) et cliquez sur « Suivant ».`,
      },
      hint: { nl: `Typ ${BRAM_INSZ} en klik op "Volgende".`, fr: `Tapez ${BRAM_INSZ} et cliquez sur « Suivant ».` },
      target: 'tb-add-insz',
      expects: is('tb.next', (i) => inszDigits(i.insz) === inszDigits(BRAM_INSZ)),
      wrongFeedback: (intent) =>
        intent.type === 'tb.next'
          ? { nl: `Dat is niet het INSZ van Bram Peeters: typ ${BRAM_INSZ}.`, fr: `Ce n'est pas le NISS de Bram Peeters : tapez ${BRAM_INSZ}.` }
          : null,
      perform: () => ({ type: 'tb.next', insz: BRAM_INSZ }),
      isDone: ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'form' }) || toegangsbeheer.matches({ users: 'overview' }) || bramAdded(world),
    },
    {
      id: 'form',
      narration: {
        nl: 'Vul de gegevens aan: twee keer de gebruikersnaam (bpeeters) en het wachtwoord (een oefenwachtwoord, nooit een echt), Naam, Voornaam en E-mailadres (bram.peeters@ocmw-herstappe.be). Vink de toepassing "Sociale Agent" aan en klik op "Opslaan".',
        fr: 'Complétez les données : deux fois le nom d\'utilisateur (bpeeters) et le mot de passe (un mot de passe d\'exercice, jamais un vrai), Nom, Prénom et Adresse e-mail (bram.peeters@ocmw-herstappe.be). Cochez l\'application « Agent social » et cliquez sur « Enregistrer ».',
      },
      hint: { nl: 'Vul alle velden met een * in, vink "Sociale Agent" aan en klik op "Opslaan".', fr: 'Complétez tous les champs marqués d\'un *, cochez « Agent social » et cliquez sur « Enregistrer ».' },
      target: 'tb-user-form',
      expects: is('tb.submit', (i) => i.form.applications.includes('socialeAgent')),
      wrongFeedback: (intent) =>
        intent.type === 'tb.submit'
          ? { nl: 'Vink de toepassing "Sociale Agent" aan: zonder die rol kan Bram zich niet aanmelden in PrimaWeb.', fr: 'Cochez l\'application « Agent social » : sans ce rôle, Bram ne peut pas se connecter à PrimaWeb.' }
          : null,
      perform: () => ({ type: 'tb.submit', form: EXAMPLE_NEW_USER }),
      isDone: ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'overview' }) || bramAdded(world),
    },
    {
      id: 'confirm',
      narration: {
        nl: 'U krijgt nu een overzicht van de gegevens die u zonet invulde. Controleer of alles correct is en klik op "Bevestigen".',
        fr: 'Vous obtenez maintenant un aperçu des données que vous venez d\'introduire. Vérifiez que tout est correct et cliquez sur « Confirmer ».',
      },
      hint: { nl: 'Klik op "Bevestigen".', fr: 'Cliquez sur « Confirmer ».' },
      target: 'tb-confirm',
      expects: is('tb.confirmAdd'),
      perform: () => ({ type: 'tb.confirmAdd' }),
      isDone: ({ world }) => bramAdded(world),
    },
  ],
};
