/** ChaMan (004): "Een FTP-account aanmaken in ChaMan" and "Een REST-account voor OCMW Online aanmaken". */
import { REST_PERMISSIONS } from '../../domain/chaman';
import { pendingDelegations, senderOf } from '../../world/chaman';
import { EXAMPLE_CONTACT, EXAMPLE_FTP, EXAMPLE_REST } from '../../world/examples';
import { HERSTAPPE } from '../../world/seed';
import type { World } from '../../world/types';
import type { Scenario, ScenarioStep } from '../scenario';
import { cardInReader, herstappeAccountsAsDelivered } from './setup';
import { anyOf, eidSteps, enterpriseStep, is } from './steps';
import { TITLES } from '../titles';

/** Who manages the channels in an exercise: a (co-)Toegangsbeheerder, for one OCMW. */
export interface ChannelManager {
  personId: string;
  pin: string;
  name: string;
  firstName: string;
  kbo: string;
  enterpriseName: string;
}

const ANN: ChannelManager = { personId: 'ann', pin: '4711', name: 'Ann Wouters', firstName: 'Ann', kbo: HERSTAPPE, enterpriseName: 'OCMW HERSTAPPE' };

/** The OCMW as sender without ChaMan data yet, Herstappe's accounts as delivered, the manager's card in the reader. */
export const chamanPrepare =
  (who: ChannelManager) =>
  (world: World): World => {
    const fresh = { ...herstappeAccountsAsDelivered(world), chaman: world.chaman.filter((s) => s.kbo !== who.kbo) };
    return cardInReader(fresh, who.personId);
  };

const sender = (world: World, who: ChannelManager) => senderOf(world, who.kbo);

/** From the portal's home to ChaMan's first page, as the manager. */
export function toChaman(prefix: string, who: ChannelManager): ScenarioStep[] {
  return [
    {
      id: `${prefix}-business`,
      narration: {
        nl: `Om toegang te hebben tot ChaMan onder de hoedanigheid Maatschappelijk Welzijn moet u Toegangsbeheerder of Co-Toegangsbeheerder van de hoedanigheid zijn, of gebruiker met de toepassing "ChaMan - Technisch kanaalbeheer". ${who.firstName} is Toegangsbeheerder. Ga naar het portaal en klik op "Onderneming".`,
        fr: `Pour accéder à ChaMan sous la qualité Aide sociale, vous devez être gestionnaire d'accès ou co-gestionnaire d'accès de la qualité, ou utilisateur avec l'application « ChaMan - Gestion des canaux techniques ». ${who.firstName} est gestionnaire d'accès. Allez sur le portail et cliquez sur « Entreprise ».`,
      },
      hint: { nl: 'Klik op "Onderneming".', fr: 'Cliquez sur « Entreprise ».' },
      target: 'audience-onderneming',
      expects: is('openAudience', (i) => i.audience === 'onderneming'),
      perform: () => ({ type: 'openAudience', audience: 'onderneming' }),
      isDone: ({ login }) => !login.matches({ portal: 'home' }),
    },
    {
      id: `${prefix}-search`,
      narration: {
        nl: 'Type in de zoekbalk "ChaMan" en klik op "Go!". Of klik op "Naar alle onlinediensten".',
        fr: 'Tapez « ChaMan » dans la barre de recherche et cliquez sur « Go! ». Ou cliquez sur « Vers tous les services en ligne ».',
      },
      hint: { nl: 'Typ ChaMan en klik op "Go!".', fr: 'Tapez ChaMan et cliquez sur « Go! ».' },
      target: 'business-search',
      expects: anyOf(is('search', (i) => i.query.trim().toLowerCase().includes('chaman')), is('openAllServices')),
      perform: () => ({ type: 'search', query: 'ChaMan' }),
      isDone: ({ login }) => !login.matches({ portal: 'home' }) && !login.matches({ portal: 'business' }),
    },
    {
      id: `${prefix}-service`,
      narration: { nl: 'Klik op "ChaMan".', fr: 'Cliquez sur « ChaMan ».' },
      hint: { nl: 'Klik op "ChaMan".', fr: 'Cliquez sur « ChaMan ».' },
      target: 'service-chaman',
      expects: is('openService', (i) => i.service === 'chaman'),
      perform: () => ({ type: 'openService', service: 'chaman' }),
      isDone: ({ login }) => login.matches({ portal: 'chamanPage' }) || login.matches({ portal: 'loginAudience' }) || login.matches('csam'),
    },
    {
      id: `${prefix}-start`,
      narration: { nl: 'Klik op "Beheer uw technische kanalen".', fr: 'Cliquez sur « Gérer vos canaux techniques ».' },
      hint: { nl: 'Klik op "Beheer uw technische kanalen".', fr: 'Cliquez sur « Gérer vos canaux techniques ».' },
      target: 'chaman-start',
      expects: is('startService'),
      perform: () => ({ type: 'startService' }),
      isDone: ({ login }) => login.matches({ portal: 'loginAudience' }) || login.matches('csam'),
    },
    {
      id: `${prefix}-professional`,
      narration: {
        nl: 'Kies nu "Professional" en meld u verder aan door een aanmeldingsoptie te kiezen.',
        fr: 'Choisissez maintenant « Professionnel » et poursuivez la connexion en choisissant une option de connexion.',
      },
      hint: { nl: 'Klik op "Professional".', fr: 'Cliquez sur « Professionnel ».' },
      target: 'login-audience-professional',
      expects: is('chooseLoginAudience', (i) => i.audience === 'professional'),
      perform: () => ({ type: 'chooseLoginAudience', audience: 'professional' }),
      isDone: ({ login }) => login.matches('csam'),
    },
    ...eidSteps({ prefix, personId: who.personId, pin: who.pin, name: who.name }),
    enterpriseStep(prefix, ({ login }) => login.matches('chaman'), who.kbo, who.enterpriseName, {
      nl: 'U komt nu op de pagina "ChaMan - Beheer van technische kanalen".',
      fr: 'Vous arrivez maintenant sur la page « ChaMan - Gestion des canaux techniques ».',
    }),
    {
      id: `${prefix}-contact`,
      narration: {
        nl: 'Bij de eerste aanmelding als verzender vraagt ChaMan de contactgegevens van de persoon die de technische kanalen zal beheren. Voer een naam, telefoonnummer en e-mailadres in, selecteer een taal en druk op "Bevestigen".',
        fr: 'À la première connexion en tant qu\'expéditeur, ChaMan demande les coordonnées de la personne qui gérera les canaux techniques. Introduisez un nom, un numéro de téléphone et une adresse e-mail, sélectionnez une langue et appuyez sur « Confirmer ».',
      },
      hint: { nl: 'Vul Naam, Telefoonnummer en E-mailadres in en klik op "Bevestigen".', fr: 'Complétez Nom, Numéro de téléphone et Adresse e-mail et cliquez sur « Confirmer ».' },
      target: 'ch-contact',
      expects: is('ch.saveContact'),
      perform: () => ({ type: 'ch.saveContact', contact: EXAMPLE_CONTACT }),
      isDone: ({ world }) => sender(world, who).contact !== null,
    },
  ];
}


export const ftpScenario: Scenario = {
  id: 'chaman-ftp-account',
  title: TITLES['chaman-ftp-account'],
  summary: {
    nl: 'Het FTP-account van het OCMW aanmaken, met machtiging, certificaat, gebruikersnaam en wachtwoord volgens de regels (richtlijnen fusies 2025, "ChaMan").',
    fr: 'Créer le compte FTP du CPAS, avec autorisation, certificat, nom d\'utilisateur et mot de passe selon les règles (directives fusions 2025, « ChaMan »).',
  },
  outro: {
    nl: 'Het FTP-account is aangemaakt. Het beheer van het certificaat van het FTP-account doet het OCMW zelf. Vergeet niet het wachtwoord door te geven aan uw softwareleverancier.',
    fr: 'Le compte FTP est créé. Le CPAS gère lui-même le certificat du compte FTP. N\'oubliez pas de communiquer le mot de passe à votre fournisseur de logiciel.',
  },
  prepare: chamanPrepare(ANN),
  startPage: { page: 'home' },
  steps: [
    ...toChaman('ftp', ANN),
    ...ftpSteps(ANN),
  ],
};

const restName = 'ocmw online';
const restRequested = (world: World, who: ChannelManager) => sender(world, who).delegations.some((d) => d.accountName.toLowerCase() === restName);
const restCreated = (world: World, who: ChannelManager) => sender(world, who).rest.some((a) => a.name.toLowerCase() === restName);

export const restScenario: Scenario = {
  id: 'chaman-rest-account',
  title: TITLES['chaman-rest-account'],
  summary: {
    nl: 'Het REST-account "OCMW Online" aanmaken met de vier machtigingen, het certificaatbeheer gedelegeerd aan de softwareleverancier (richtlijnen fusies 2025, "REST-account aanmaken").',
    fr: 'Créer le compte REST « OCMW Online » avec les quatre autorisations, la gestion du certificat déléguée au fournisseur de logiciel (directives fusions 2025, « Créer un compte REST »).',
  },
  outro: {
    nl: 'Zodra uw verzoek wordt aanvaard, laadt de softwareleverancier het certificaat op. U ziet het REST-account dan onder "Webservices account", waar u het kan raadplegen, wijzigen en verwijderen.',
    fr: 'Dès que votre demande est acceptée, le fournisseur de logiciel charge le certificat. Vous voyez alors le compte REST sous « Compte de services web », où vous pouvez le consulter, le modifier et le supprimer.',
  },
  prepare: chamanPrepare(ANN),
  startPage: { page: 'home' },
  steps: [
    ...toChaman('rest', ANN),
    ...restSteps(ANN),
  ],
};

/** "Een FTP- of SFTP-account toevoegen" and its form. */
export function ftpSteps(who: ChannelManager): ScenarioStep[] {
  return [
    {
      id: 'ftp-add',
      narration: { nl: 'Klik op "Een FTP- of SFTP-account toevoegen".', fr: 'Cliquez sur « Ajouter un compte FTP ou SFTP ».' },
      hint: { nl: 'Klik op "Een FTP- of SFTP-account toevoegen".', fr: 'Cliquez sur « Ajouter un compte FTP ou SFTP ».' },
      target: 'ch-add-ftp',
      expects: is('ch.addFtp'),
      perform: () => ({ type: 'ch.addFtp' }),
      isDone: ({ chaman, world }) => chaman.matches('ftpForm') || sender(world, who).ftp.length > 0,
    },
    {
      id: 'ftp-form',
      narration: {
        nl: 'Kies als type "FTP", voer een accountnaam in, kies een of meer machtigingen (bijvoorbeeld "Mutaties RijksRegister"), kies het certificaat ocmw-herstappe-ftp.cer (een .cer, global signed: een .pfx of een self-signed certificaat wordt geweigerd) en geef het een naam. Gebruikersnaam: enkel cijfers en letters, maximaal 10 tekens, geen spaties (bijvoorbeeld ocmwhrst1). Wachtwoord: maximaal 15 tekens, geen spaties, minstens 2 toegestane speciale tekens (bijvoorbeeld Oefen;2025!). Druk op "Bevestigen".',
        fr: 'Choisissez le type « FTP », introduisez un nom de compte, choisissez une ou plusieurs autorisations (par exemple « Mutations Registre national »), choisissez le certificat ocmw-herstappe-ftp.cer (un .cer signé par une autorité : un .pfx ou un certificat auto-signé est refusé) et donnez-lui un nom. Nom d\'utilisateur : uniquement chiffres et lettres, 10 caractères maximum, sans espaces (par exemple ocmwhrst1). Mot de passe : 15 caractères maximum, sans espaces, au moins 2 caractères spéciaux autorisés (par exemple Oefen;2025!). Appuyez sur « Confirmer ».',
      },
      hint: { nl: 'Vul alle velden met een * in volgens de regels en klik op "Bevestigen".', fr: 'Complétez tous les champs marqués d\'un * selon les règles et cliquez sur « Confirmer ».' },
      target: 'ch-ftp-form',
      expects: is('ch.submitFtp'),
      perform: () => ({ type: 'ch.submitFtp', form: EXAMPLE_FTP }),
      isDone: ({ world }) => sender(world, who).ftp.some((a) => a.type === 'FTP'),
    },
  ];
}

/** "Een Webservice account toevoegen" (REST, external management) until the vendor accepts. */
export function restSteps(who: ChannelManager): ScenarioStep[] {
  return [
    {
      id: 'rest-add',
      narration: { nl: 'Op de hoofdpagina van ChaMan, klik op "Een Webservice account toevoegen".', fr: 'Sur la page principale de ChaMan, cliquez sur « Ajouter un compte de service web ».' },
      hint: { nl: 'Klik op "Een Webservice account toevoegen".', fr: 'Cliquez sur « Ajouter un compte de service web ».' },
      target: 'ch-add-ws',
      expects: is('ch.addWs'),
      perform: () => ({ type: 'ch.addWs' }),
      isDone: ({ chaman, world }) => chaman.matches('wsType') || chaman.matches('restForm') || restRequested(world, who),
    },
    {
      id: 'rest-type',
      narration: { nl: 'Een pop-up verschijnt. Kies voor "REST" via het drop-downmenu en klik op "Bevestigen".', fr: 'Une fenêtre apparaît. Choisissez « REST » dans le menu déroulant et cliquez sur « Confirmer ».' },
      hint: { nl: 'Kies "REST" en klik op "Bevestigen".', fr: 'Choisissez « REST » et cliquez sur « Confirmer ».' },
      target: 'ch-ws-type',
      expects: is('ch.chooseType', (i) => i.wsType === 'REST'),
      wrongFeedback: (intent) => (intent.type === 'ch.chooseType' ? { nl: 'Kies "REST" als type.', fr: 'Choisissez « REST » comme type.' } : null),
      perform: () => ({ type: 'ch.chooseType', wsType: 'REST' }),
      isDone: ({ chaman, world }) => chaman.matches('restForm') || restRequested(world, who),
    },
    {
      id: 'rest-form',
      narration: {
        nl: 'Accountnaam: wij raden u aan de naam "OCMW Online" te gebruiken. Duid alle machtigingen gerelateerd aan OCMW Online aan. Certificaatbeheer: vink "Extern beheer - een externe onderneming beheert het certificaat" aan en kies uw softwareleverancier (niet Smals), bijvoorbeeld "Cevi - Logins". Klik op "Bevestigen".',
        fr: 'Nom du compte : nous vous conseillons d\'utiliser le nom « OCMW Online ». Cochez toutes les autorisations liées à CPAS Online. Gestion du certificat : cochez « Gestion externe - une entreprise externe gère le certificat » et choisissez votre fournisseur de logiciel (pas Smals), par exemple « Cevi - Logins ». Cliquez sur « Confirmer ».',
      },
      hint: { nl: 'Naam "OCMW Online", de vier machtigingen, "Extern beheer", uw softwareleverancier, "Bevestigen".', fr: 'Nom « OCMW Online », les quatre autorisations, « Gestion externe », votre fournisseur, « Confirmer ».' },
      target: 'ch-rest-form',
      expects: is('ch.submitRest', (i) => i.form.management === 'extern' && i.form.name.trim().toLowerCase() === restName && REST_PERMISSIONS.every((p) => i.form.permissions.includes(p))),
      wrongFeedback: (intent) =>
        intent.type === 'ch.submitRest'
          ? {
              nl: 'Gebruik de naam "OCMW Online", vink de vier machtigingen aan en kies "Extern beheer" met uw softwareleverancier.',
              fr: 'Utilisez le nom « OCMW Online », cochez les quatre autorisations et choisissez « Gestion externe » avec votre fournisseur de logiciel.',
            }
          : null,
      perform: () => ({ type: 'ch.submitRest', form: EXAMPLE_REST }),
      isDone: ({ world }) => restRequested(world, who),
    },
    {
      id: 'rest-vendor',
      narration: {
        nl: 'Op de hoofdpagina verschijnt het delegatieverzoek met status "In afwachting". Uw softwareleverancier heeft het ontvangen en zal het goedkeuren of weigeren. In de simulator speelt u de leverancier: klik bij "Softwareleverancier (simulatie)" op "Aanvaarden" (of zet de gesimuleerde datum 2 dagen verder).',
        fr: 'La demande de délégation apparaît sur la page principale avec le statut « En attente ». Votre fournisseur de logiciel l\'a reçue et l\'acceptera ou la refusera. Dans le simulateur, vous jouez le fournisseur : cliquez sur « Accepter » dans « Fournisseur de logiciel (simulation) » (ou avancez la date simulée de 2 jours).',
      },
      hint: { nl: 'Klik op "Aanvaarden" bij "Softwareleverancier (simulatie)".', fr: 'Cliquez sur « Accepter » dans « Fournisseur de logiciel (simulation) ».' },
      target: 'vendor-accept',
      expects: anyOf(is('sim.answerDelegation', (i) => i.accept), is('sim.setToday')),
      perform: ({ world }) => {
        const pending = pendingDelegations(world).find((p) => p.kbo === who.kbo && p.request.accountName.toLowerCase() === restName);
        return { type: 'sim.answerDelegation', kbo: who.kbo, id: pending?.request.id ?? '', accept: true };
      },
      isDone: ({ world }) => restCreated(world, who),
    },
  ];
}
