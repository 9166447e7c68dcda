/**
 * "Toets: Toegangsbeheer, ChaMan en OCMW-configuratie" (004): other data than the practice
 * scenarios — another colleague with other applications in Toegangsbeheer, an SFTP account with
 * other permissions and its own username and password, other mutation types, other reminder values.
 */
import { text } from '../../../i18n/text';
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
import { ocmwConfigLoginSteps, onlineMenuStep } from '../ocmw-config.scenarios';
import { cardInReader, herstappeAccountsAsDelivered } from '../setup';
import { anyOf, is, serviceLoginSteps } from '../steps';
import { defaultOcmwConfig } from '../../../world/ocmw-config';
import { accountOf } from '../../../world/toegangsbeheer';
import { portalSteps } from './shared';

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
  title: text('sc.tests.toepassingen.toets-toepassingen-gebruiker.title'),
  summary: text('sc.tests.toepassingen.toets-toepassingen-gebruiker.summary', { insz: NEW_COLLEAGUE.insz, email: NEW_COLLEAGUE.email }),
  outro: text('sc.tests.toepassingen.toets-toepassingen-gebruiker.outro'),
  prepare: (world) => cardInReader(herstappeAccountsAsDelivered(world), 'ann'),
  startPage: { page: 'services' },
  goals: [
    {
      id: 'added',
      label: text('sc.tests.toepassingen.added.label', { insz: NEW_COLLEAGUE.insz }),
      holds: (world) => sanne(world)?.type === 'USER',
    },
    {
      id: 'applications',
      label: text('sc.tests.toepassingen.applications.label'),
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
      narration: text('sc.tests.toepassingen.enterprise.narration'),
      hint: text('sc.tests.toepassingen.enterprise.hint'),
      target: 'tb-enterprise',
      expects: anyOf(is('tb.selectEnterprise'), is('tb.openRole', (i) => i.kbo === HERSTAPPE)),
      perform: () => [{ type: 'tb.selectEnterprise', kbo: HERSTAPPE }, { type: 'tb.openRole', kbo: HERSTAPPE, as: 'lb' }],
      isDone: ({ toegangsbeheer }) => toegangsbeheer.context.kbo === HERSTAPPE && !toegangsbeheer.matches('home'),
    },
    {
      id: 'add',
      narration: text('sc.tests.toepassingen.add.narration'),
      hint: text('sc.tests.toepassingen.add.hint'),
      target: 'tb-menu-users',
      expects: anyOf(is('tb.users'), is('tb.chooseAdd', (i) => i.kind === 'USER')),
      perform: () => [{ type: 'tb.users' }, { type: 'tb.chooseAdd', kind: 'USER' }],
      isDone: ({ toegangsbeheer, world }) => (toegangsbeheer.matches('users') && !toegangsbeheer.matches({ users: 'list' })) || !!sanne(world),
    },
    {
      id: 'insz',
      narration: text('sc.tests.toepassingen.insz.narration'),
      hint: text('sc.tests.toepassingen.insz.hint', { insz: NEW_COLLEAGUE.insz }),
      target: 'tb-add-insz',
      expects: is('tb.next', (i) => inszDigits(i.insz) === SANNE),
      perform: () => ({ type: 'tb.next', insz: NEW_COLLEAGUE.insz }),
      isDone: ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'form' }) || toegangsbeheer.matches({ users: 'overview' }) || !!sanne(world),
    },
    {
      id: 'form',
      narration: text('sc.tests.toepassingen.form.narration'),
      hint: text('sc.tests.toepassingen.form.hint'),
      target: 'tb-user-form',
      expects: is('tb.submit', (i) => i.form.applications.includes('ocmwConfiguratie') && i.form.applications.includes('eboxInstelling')),
      perform: () => ({ type: 'tb.submit', form: NEW_COLLEAGUE }),
      isDone: ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'overview' }) || !!sanne(world),
    },
    {
      id: 'confirm',
      narration: text('sc.tests.toepassingen.confirm.narration'),
      hint: text('sc.toegangsbeheer.confirm.hint'),
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
  title: text('sc.tests.toepassingen.toets-toepassingen-sftp.title'),
  summary: text('sc.tests.toepassingen.toets-toepassingen-sftp.summary'),
  outro: text('sc.tests.toepassingen.toets-toepassingen-sftp.outro'),
  prepare: chamanPrepare(ANN),
  startPage: { page: 'home' },
  goals: [
    { id: 'sftp', label: text('sc.tests.toepassingen.sftp.label'), holds: (world) => !!sftp(world) },
    {
      id: 'permissions',
      label: text('sc.tests.toepassingen.permissions.label'),
      holds: (world) => ['knipperlichten', 'mediprimaAfrekening'].every((p) => (sftp(world)?.permissions as readonly string[] | undefined)?.includes(p)),
    },
    { id: 'no-ftp', label: text('sc.tests.toepassingen.no-ftp.label'), holds: (world) => !senderOf(world, HERSTAPPE).ftp.some((a) => a.type === 'FTP') && !!sftp(world) },
  ],
  steps: [
    ...toChaman('sftp', ANN),
    {
      id: 'sftp-add',
      narration: text('sc.tests.toepassingen.sftp-add.narration'),
      hint: text('sc.tests.toepassingen.sftp-add.narration'),
      target: 'ch-add-ftp',
      expects: is('ch.addFtp'),
      perform: () => ({ type: 'ch.addFtp' }),
      isDone: ({ chaman, world }) => chaman.matches('ftpForm') || !!sftp(world),
    },
    {
      id: 'sftp-form',
      narration: text('sc.tests.toepassingen.sftp-form.narration'),
      hint: text('sc.tests.toepassingen.sftp-form.hint'),
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
  title: text('sc.tests.toepassingen.toets-toepassingen-mutaties.title'),
  summary: text('sc.tests.toepassingen.toets-toepassingen-mutaties.summary'),
  outro: text('sc.tests.toepassingen.toets-toepassingen-mutaties.outro'),
  prepare: configPrepare,
  startPage: { page: 'services' },
  goals: [
    {
      id: 'dropped',
      label: text('sc.tests.toepassingen.dropped.label'),
      holds: (world) => DROPPED.every((c) => !ocmwConfigOf(world, HERSTAPPE).mutations.includes(c)),
    },
    {
      id: 'kept',
      label: text('sc.tests.toepassingen.kept.label'),
      holds: (world) => KEPT.every((c) => ocmwConfigOf(world, HERSTAPPE).mutations.includes(c)) && DROPPED.some((c) => !ocmwConfigOf(world, HERSTAPPE).mutations.includes(c)),
    },
  ],
  steps: [
    ...portalSteps('portal'),
    ...ocmwConfigLoginSteps('mut'),
    {
      id: 'untick',
      narration: text('sc.tests.toepassingen.untick.narration'),
      hint: text('sc.tests.toepassingen.untick.hint'),
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
  title: text('sc.tests.toepassingen.toets-toepassingen-herinneringen.title'),
  summary: text('sc.tests.toepassingen.toets-toepassingen-herinneringen.summary', { email: REMINDERS.email }),
  outro: text('sc.tests.toepassingen.toets-toepassingen-herinneringen.outro'),
  prepare: configPrepare,
  startPage: { page: 'services' },
  goals: [
    {
      id: 'reminders',
      label: text('sc.tests.toepassingen.reminders.label', { email: REMINDERS.email }),
      holds: (world) => reminders(world).enabled && reminders(world).email.trim().toLowerCase() === REMINDERS.email,
    },
    {
      id: 'values',
      label: text('sc.tests.toepassingen.values.label'),
      holds: (world) => reminders(world).enabled && Number(reminders(world).delay) === 3 && Number(reminders(world).frequency) === 2,
    },
    {
      id: 'no-notifications',
      label: text('sc.tests.toepassingen.no-notifications.label'),
      holds: (world) => !ocmwConfigOf(world, HERSTAPPE).notifications.enabled && reminders(world).enabled,
    },
  ],
  steps: [
    ...portalSteps('portal'),
    ...ocmwConfigLoginSteps('online'),
    onlineMenuStep(text('sc.tests.toepassingen.menu.narration'), text('sc.tests.toepassingen.menu.hint')),
    {
      id: 'reminders',
      narration: text('sc.tests.toepassingen.reminders.narration'),
      hint: text('sc.tests.toepassingen.reminders.hint', { email: REMINDERS.email }),
      target: 'oc-reminders',
      expects: anyOf(is('oc.edit'), is('oc.saveReminders', (i) => i.settings.enabled)),
      perform: () => ({ type: 'oc.saveReminders', settings: { ...REMINDERS } }),
      isDone: ({ world }) => reminders(world).enabled,
    },
  ],
};

export const APPLICATION_EXERCISES: readonly Scenario[] = [tbUserExercise, sftpExercise, mutationsExercise, remindersExercise];
