/**
 * "Toets: Toegangsbeheer, ChaMan en OCMW-configuratie" (004): other data than the practice
 * scenarios — another colleague with other applications in Toegangsbeheer, an SFTP account with
 * other permissions and its own username and password, other mutation types, other reminder values.
 */
import { inszDigits, makeInsz, formatInsz } from '../../../domain/insz';
import { MUTATION_CODES } from '../../../domain/ocmw-config';
import type { TbUserForm } from '../../../domain/toegangsbeheer';
import type { FtpForm } from '../../../world/chaman';
import { senderOf } from '../../../world/chaman';
import { ocmwConfigOf } from '../../../world/ocmw-config';
import { HERSTAPPE } from '../../../world/seed';
import { tbUser } from '../../../world/toegangsbeheer';
import type { World } from '../../../world/types';
import type { Scenario } from '../../scenario';
import { chamanPrepare, toChaman, type ChannelManager } from '../chaman.scenarios';
import { ocmwConfigLoginSteps } from '../ocmw-config.scenarios';
import { cardInReader, herstappeAccountsAsDelivered } from '../setup';
import { anyOf, is, serviceLoginSteps } from '../steps';
import { defaultOcmwConfig } from '../../../world/ocmw-config';
import { accountOf } from '../../../world/toegangsbeheer';
import { L, portalSteps } from './shared';

// ——— 1. Toegangsbeheer: another colleague, other applications ———
export const NEW_COLLEAGUE: TbUserForm = {
  usernameFirst: 'swuyts',
  usernameConfirm: 'swuyts',
  passwordFirst: 'Toets!2025a',
  passwordConfirm: 'Toets!2025a',
  lastName: 'Wuyts',
  firstName: 'Sanne',
  title: 'mevrouw',
  insz: formatInsz(makeInsz('920714', 246, false)),
  language: 'nl',
  email: 'sanne.wuyts@ocmw-herstappe.be',
  localEmail: '',
  applications: ['ocmwConfiguratie', 'eboxInstelling'],
};
const SANNE = inszDigits(NEW_COLLEAGUE.insz);
const sanne = (world: World) => tbUser(world, HERSTAPPE, SANNE);

export const tbUserExercise: Scenario = {
  id: 'toets-toepassingen-gebruiker',
  title: L('Een collega met andere toepassingen toevoegen', "Ajouter une collègue avec d'autres applications"),
  summary: L(
    `Ann Wouters (toegangsbeheerder van OCMW HERSTAPPE, haar kaart zit in de lezer) voegt de nieuwe collega Sanne Wuyts toe in Toegangsbeheer: INSZ ${NEW_COLLEAGUE.insz}, gebruikersnaam swuyts, e-mail ${NEW_COLLEAGUE.email}, met de toepassingen "OCMW-configuratie" en "e-Box van de instelling" (niet "Sociale Agent").`,
    `Ann Wouters (gestionnaire d'accès d'OCMW HERSTAPPE, sa carte est dans le lecteur) ajoute la nouvelle collègue Sanne Wuyts dans la Gestion des accès : NISS ${NEW_COLLEAGUE.insz}, nom d'utilisateur swuyts, e-mail ${NEW_COLLEAGUE.email}, avec les applications « Configuration CPAS » et « e-Box de l'institution » (pas « Agent social »).`,
  ),
  outro: L('Sanne Wuyts heeft een account met haar twee toepassingen.', 'Sanne Wuyts a un compte avec ses deux applications.'),
  prepare: (world) => cardInReader(herstappeAccountsAsDelivered(world), 'ann'),
  startPage: { page: 'services' },
  goals: [
    {
      id: 'added',
      label: L(`Sanne Wuyts (${NEW_COLLEAGUE.insz}) heeft een gebruikersaccount bij OCMW HERSTAPPE.`, `Sanne Wuyts (${NEW_COLLEAGUE.insz}) a un compte utilisateur à OCMW HERSTAPPE.`),
      holds: (world) => sanne(world)?.type === 'USER',
    },
    {
      id: 'applications',
      label: L('Zij heeft precies de toepassingen "OCMW-configuratie" en "e-Box van de instelling".', "Elle a exactement les applications « Configuration CPAS » et « e-Box de l'institution »."),
      holds: (world) => {
        const apps = sanne(world)?.applications ?? [];
        return apps.length === 2 && apps.includes('ocmwConfiguratie') && apps.includes('eboxInstelling');
      },
    },
  ],
  steps: [
    ...portalSteps('portal'),
    ...serviceLoginSteps({ prefix: 'tb', service: 'toegangsbeheer', serviceName: 'Toegangsbeheer', serviceNameFr: 'Gestion des accès', personId: 'ann', pin: '4711', name: 'Ann Wouters' }),
    {
      id: 'enterprise',
      narration: L('Kies OCMW HERSTAPPE en "(Lokale Beheerder)".', 'Choisissez OCMW HERSTAPPE et « (Gestionnaire local) ».'),
      hint: L('Kies "OCMW HERSTAPPE" bij "Ondernemingsnummer:" en klik op "(Lokale Beheerder)".', 'Choisissez « OCMW HERSTAPPE » à « Numéro d\'entreprise : » et cliquez sur « (Gestionnaire local) ».'),
      target: 'tb-enterprise',
      expects: anyOf(is('tb.selectEnterprise'), is('tb.openRole', (i) => i.kbo === HERSTAPPE)),
      perform: () => [{ type: 'tb.selectEnterprise', kbo: HERSTAPPE }, { type: 'tb.openRole', kbo: HERSTAPPE, as: 'lb' }],
      isDone: ({ toegangsbeheer }) => toegangsbeheer.context.kbo === HERSTAPPE && !toegangsbeheer.matches('home'),
    },
    {
      id: 'add',
      narration: L('Open "Gebruikers" en "Een gebruiker toevoegen".', 'Ouvrez « Utilisateurs » et « Ajouter un utilisateur ».'),
      hint: L('Klik op "Gebruikers", dan op "Een gebruiker toevoegen".', 'Cliquez sur « Utilisateurs », puis sur « Ajouter un utilisateur ».'),
      target: 'tb-menu-users',
      expects: anyOf(is('tb.users'), is('tb.chooseAdd', (i) => i.kind === 'USER')),
      perform: () => [{ type: 'tb.users' }, { type: 'tb.chooseAdd', kind: 'USER' }],
      isDone: ({ toegangsbeheer, world }) => (toegangsbeheer.matches('users') && !toegangsbeheer.matches({ users: 'list' })) || !!sanne(world),
    },
    {
      id: 'insz',
      narration: L('Vul het INSZ in en klik op "Volgende".', 'Introduisez le NISS et cliquez sur « Suivant ».'),
      hint: L(`Typ ${NEW_COLLEAGUE.insz} en klik op "Volgende".`, `Tapez ${NEW_COLLEAGUE.insz} et cliquez sur « Suivant ».`),
      target: 'tb-add-insz',
      expects: is('tb.next', (i) => inszDigits(i.insz) === SANNE),
      perform: () => ({ type: 'tb.next', insz: NEW_COLLEAGUE.insz }),
      isDone: ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'form' }) || toegangsbeheer.matches({ users: 'overview' }) || !!sanne(world),
    },
    {
      id: 'form',
      narration: L('Vul het formulier in, vink de twee toepassingen aan en klik op "Opslaan".', 'Complétez le formulaire, cochez les deux applications et cliquez sur « Enregistrer ».'),
      hint: L('Vul alle velden met een * in, vink "OCMW-configuratie" en "e-Box van de instelling" aan, "Opslaan".', "Complétez tous les champs marqués d'un *, cochez « Configuration CPAS » et « e-Box de l'institution », « Enregistrer »."),
      target: 'tb-user-form',
      expects: is('tb.submit', (i) => i.form.applications.includes('ocmwConfiguratie') && i.form.applications.includes('eboxInstelling')),
      perform: () => ({ type: 'tb.submit', form: NEW_COLLEAGUE }),
      isDone: ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'overview' }) || !!sanne(world),
    },
    {
      id: 'confirm',
      narration: L('Controleer en klik op "Bevestigen".', 'Vérifiez et cliquez sur « Confirmer ».'),
      hint: L('Klik op "Bevestigen".', 'Cliquez sur « Confirmer ».'),
      target: 'tb-confirm',
      expects: anyOf(is('tb.confirmAdd'), is('tb.previous')),
      perform: () => ({ type: 'tb.confirmAdd' }),
      isDone: ({ world }) => !!sanne(world),
    },
  ],
};

// ——— 2. ChaMan: an SFTP account with other permissions ———
const ANN: ChannelManager = { personId: 'ann', pin: '4711', name: 'Ann Wouters', firstName: 'Ann', kbo: HERSTAPPE, enterpriseName: 'OCMW HERSTAPPE' };
export const SFTP_FORM: FtpForm = {
  type: 'SFTP',
  name: 'SFTPHERSTAPPE',
  permissions: ['knipperlichten', 'mediprimaAfrekening'],
  certificateFile: 'ocmw-herstappe-ftp.cer',
  certificateName: 'OCMW Herstappe SFTP',
  username: 'hrstsftp7',
  password: 'Sftp#2025=ok',
};
const sftp = (world: World) => senderOf(world, HERSTAPPE).ftp.find((a) => a.type === 'SFTP');

export const sftpExercise: Scenario = {
  id: 'toets-toepassingen-sftp',
  title: L('Een SFTP-account aanmaken in ChaMan', 'Créer un compte SFTP dans ChaMan'),
  summary: L(
    'Ann Wouters (haar kaart zit in de lezer) maakt in ChaMan voor OCMW HERSTAPPE een account van het type SFTP (niet FTP) aan, met de machtigingen "Knipperlichten voor afwijkingen voor dossiers van NovaPrima" en "MediPrima-afrekening", een geldig certificaat, een gebruikersnaam en een wachtwoord volgens de regels van ChaMan.',
    "Ann Wouters (sa carte est dans le lecteur) crée dans ChaMan pour OCMW HERSTAPPE un compte de type SFTP (pas FTP), avec les autorisations « Clignotants pour anomalies des dossiers NovaPrima » et « Décompte MediPrima », un certificat valable, un nom d'utilisateur et un mot de passe selon les règles de ChaMan.",
  ),
  outro: L('Het SFTP-account is aangemaakt.', 'Le compte SFTP est créé.'),
  prepare: chamanPrepare(ANN),
  startPage: { page: 'home' },
  goals: [
    { id: 'sftp', label: L('OCMW HERSTAPPE heeft een SFTP-account in ChaMan.', 'OCMW HERSTAPPE a un compte SFTP dans ChaMan.'), holds: (world) => !!sftp(world) },
    {
      id: 'permissions',
      label: L('Het heeft de machtigingen "Knipperlichten voor afwijkingen voor dossiers van NovaPrima" en "MediPrima-afrekening".', 'Il a les autorisations « Clignotants pour anomalies des dossiers NovaPrima » et « Décompte MediPrima ».'),
      holds: (world) => ['knipperlichten', 'mediprimaAfrekening'].every((p) => (sftp(world)?.permissions as readonly string[] | undefined)?.includes(p)),
    },
    { id: 'no-ftp', label: L('Er is geen FTP-account bij gemaakt.', "Aucun compte FTP n'a été créé en plus."), holds: (world) => !senderOf(world, HERSTAPPE).ftp.some((a) => a.type === 'FTP') && !!sftp(world) },
  ],
  steps: [
    ...toChaman('sftp', ANN),
    {
      id: 'sftp-add',
      narration: L('Klik op "Een FTP- of SFTP-account toevoegen".', 'Cliquez sur « Ajouter un compte FTP ou SFTP ».'),
      hint: L('Klik op "Een FTP- of SFTP-account toevoegen".', 'Cliquez sur « Ajouter un compte FTP ou SFTP ».'),
      target: 'ch-add-ftp',
      expects: is('ch.addFtp'),
      perform: () => ({ type: 'ch.addFtp' }),
      isDone: ({ chaman, world }) => chaman.matches('ftpForm') || !!sftp(world),
    },
    {
      id: 'sftp-form',
      narration: L('Vul het formulier in en klik op "Bevestigen".', 'Complétez le formulaire et cliquez sur « Confirmer ».'),
      hint: L(
        'Type "SFTP"; certificaat ocmw-herstappe-ftp.cer; gebruikersnaam: letters en cijfers, max. 10 tekens; wachtwoord: max. 15 tekens, geen spaties, minstens 2 speciale tekens.',
        "Type « SFTP » ; certificat ocmw-herstappe-ftp.cer ; nom d'utilisateur : lettres et chiffres, 10 caractères max. ; mot de passe : 15 caractères max., sans espaces, au moins 2 caractères spéciaux.",
      ),
      target: 'ch-ftp-form',
      expects: anyOf(is('ch.submitFtp', (i) => i.form.type === 'SFTP'), is('ch.cancel')),
      perform: () => ({ type: 'ch.submitFtp', form: SFTP_FORM }),
      isDone: ({ world }) => !!sftp(world),
    },
  ],
};

// ——— 3 and 4. OCMW-configuratie: other mutation types, other reminder values ———
/** Herstappe's configuration as delivered, Lotte (role "OCMW-configuratie") with her card in the reader. */
function configPrepare(world: World): World {
  const lotte = accountOf(world, 'lotte', HERSTAPPE);
  const tbUsers = world.tbUsers.map((u) =>
    u === lotte ? { ...u, status: 'actief' as const, applications: [...new Set([...u.applications, 'socialeAgent' as const, 'ocmwConfiguratie' as const])] } : u,
  );
  return cardInReader({ ...world, tbUsers, ocmwConfigs: [...world.ocmwConfigs.filter((c) => c.kbo !== HERSTAPPE), defaultOcmwConfig(HERSTAPPE)] }, 'lotte');
}

const DROPPED = ['MUPF', 'MUPK'];
const KEPT = MUTATION_CODES.filter((c) => !DROPPED.includes(c));

export const mutationsExercise: Scenario = {
  id: 'toets-toepassingen-mutaties',
  title: L('Andere mutaties uitvinken', "Décocher d'autres mutations"),
  summary: L(
    'Uw OCMW wil geen mutaties meer ontvangen over het personeelsbestand en het pensioenkadaster. Lotte Vermeulen (rol "OCMW-configuratie", haar kaart zit in de lezer) past in OCMW-configuratie de mutaties van OCMW HERSTAPPE aan; alle andere mutaties blijven geselecteerd.',
    'Votre CPAS ne veut plus recevoir de mutations sur le fichier du personnel et le cadastre des pensions. Lotte Vermeulen (rôle « Configuration CPAS », sa carte est dans le lecteur) adapte dans Configuration CPAS les mutations d\'OCMW HERSTAPPE ; toutes les autres mutations restent sélectionnées.',
  ),
  outro: L('De mutaties zijn bewaard.', 'Les mutations sont sauvegardées.'),
  prepare: configPrepare,
  startPage: { page: 'services' },
  goals: [
    {
      id: 'dropped',
      label: L('MUPF (Personeelsbestand) en MUPK (Pensioenkadaster) zijn uitgevinkt en bewaard.', 'MUPF (fichier du personnel) et MUPK (cadastre des pensions) sont décochées et sauvegardées.'),
      holds: (world) => DROPPED.every((c) => !ocmwConfigOf(world, HERSTAPPE).mutations.includes(c)),
    },
    {
      id: 'kept',
      label: L('Alle andere mutaties zijn nog geselecteerd.', 'Toutes les autres mutations sont toujours sélectionnées.'),
      holds: (world) => KEPT.every((c) => ocmwConfigOf(world, HERSTAPPE).mutations.includes(c)) && DROPPED.some((c) => !ocmwConfigOf(world, HERSTAPPE).mutations.includes(c)),
    },
  ],
  steps: [
    ...portalSteps('portal'),
    ...ocmwConfigLoginSteps('mut'),
    {
      id: 'untick',
      narration: L('Vink MUPF en MUPK uit en klik op "Bewaren".', 'Décochez MUPF et MUPK et cliquez sur « Sauvegarder ».'),
      hint: L('Vink "MUPF Personeelsbestand" en "MUPK Pensioenkadaster" uit en klik op "Bewaren".', 'Décochez « MUPF Personeelsbestand » et « MUPK Pensioenkadaster » et cliquez sur « Sauvegarder ».'),
      target: 'oc-mutaties',
      expects: anyOf(is('oc.edit'), is('oc.saveMutations', (i) => DROPPED.every((c) => !i.codes.includes(c)))),
      perform: () => ({ type: 'oc.saveMutations', codes: [...KEPT] }),
      isDone: ({ world }) => DROPPED.every((c) => !ocmwConfigOf(world, HERSTAPPE).mutations.includes(c)),
    },
  ],
};

export const REMINDERS = { enabled: true, email: 'sociale.dienst@ocmw-herstappe.be', delay: '3', frequency: '2' };
const reminders = (world: World) => ocmwConfigOf(world, HERSTAPPE).reminders;

export const remindersExercise: Scenario = {
  id: 'toets-toepassingen-herinneringen',
  title: L('Herinneringen voor OCMW Online instellen', 'Paramétrer les rappels CPAS Online'),
  summary: L(
    `Lotte Vermeulen (rol "OCMW-configuratie") activeert voor OCMW HERSTAPPE de herinneringen van OCMW Online: naar ${REMINDERS.email}, een hulpaanvraag komt in de herinneringsmail 3 kalenderdagen na de verzenddatum, en daarna om de 2 dagen. De notificaties blijven uit.`,
    `Lotte Vermeulen (rôle « Configuration CPAS ») active pour OCMW HERSTAPPE les rappels de CPAS Online : vers ${REMINDERS.email}, une demande d'aide figure dans l'e-mail de rappel 3 jours calendrier après la date d'envoi, puis tous les 2 jours. Les notifications restent désactivées.`,
  ),
  outro: L('De herinneringen zijn ingesteld.', 'Les rappels sont paramétrés.'),
  prepare: configPrepare,
  startPage: { page: 'services' },
  goals: [
    {
      id: 'reminders',
      label: L(`Herinneringen: ja, naar ${REMINDERS.email}.`, `Rappels : oui, vers ${REMINDERS.email}.`),
      holds: (world) => reminders(world).enabled && reminders(world).email.trim().toLowerCase() === REMINDERS.email,
    },
    {
      id: 'values',
      label: L('Herinneringstermijn 3, herinneringsfrequentie 2.', 'Délai de rappel 3, fréquence de rappel 2.'),
      holds: (world) => reminders(world).enabled && Number(reminders(world).delay) === 3 && Number(reminders(world).frequency) === 2,
    },
    {
      id: 'no-notifications',
      label: L('De notificaties staan nog uit.', 'Les notifications sont toujours désactivées.'),
      holds: (world) => !ocmwConfigOf(world, HERSTAPPE).notifications.enabled && reminders(world).enabled,
    },
  ],
  steps: [
    ...portalSteps('portal'),
    ...ocmwConfigLoginSteps('online'),
    {
      id: 'menu',
      narration: L('Klik op "OCMW Online".', 'Cliquez sur « CPAS Online ».'),
      hint: L('Klik in het menu op "OCMW Online".', 'Cliquez dans le menu sur « CPAS Online ».'),
      target: 'oc-menu-online',
      expects: is('oc.open', (i) => i.to === 'online'),
      perform: () => ({ type: 'oc.open', to: 'online' }),
      isDone: ({ ocmwConfig }) => ocmwConfig.matches('online'),
    },
    {
      id: 'reminders',
      narration: L('Vul de herinneringen in en klik op "Bewaren".', 'Complétez les rappels et cliquez sur « Sauvegarder ».'),
      hint: L(`Herinneringen: "ja", ${REMINDERS.email}, termijn 3, frequentie 2, "Bewaren".`, `Rappels : « oui », ${REMINDERS.email}, délai 3, fréquence 2, « Sauvegarder ».`),
      target: 'oc-reminders',
      expects: anyOf(is('oc.edit'), is('oc.saveReminders', (i) => i.settings.enabled)),
      perform: () => ({ type: 'oc.saveReminders', settings: { ...REMINDERS } }),
      isDone: ({ world }) => reminders(world).enabled,
    },
  ],
};

export const APPLICATION_EXERCISES: readonly Scenario[] = [tbUserExercise, sftpExercise, mutationsExercise, remindersExercise];
