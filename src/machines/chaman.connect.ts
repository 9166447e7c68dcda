/**
 * What ChaMan's screens show and offer, from the machine's snapshot and the world (issue 14: a
 * `connect` per application, after zag's pattern): which screen, the OCMW's sender with its
 * accounts and delegation requests, the one opened, the notices and where each goes, the world's
 * errors of a refused save at the form's fields, the form of a change filled in with the account.
 * The components only draw this and send intents; nothing here changes anything.
 */
import { ftpEditForm, senderOf, type FtpForm } from '../world/chaman';
import { enterpriseByKbo } from '../world/primaweb';
import type { ChamanSender, Enterprise, World } from '../world/types';
import type { ChContactErrors, ChFtpErrors, ChNotice, ChRestErrors, DelegationFilter } from './chaman.machine';
import type { ChSnapshot } from './chaman.controller';

export type ChScreen = 'contact' | 'main' | 'ftpForm' | 'restForm' | 'ftpAccount' | 'restAccount' | 'delegation';

/** The notices said in the add-a-Webservice pop-up (its own alert), not in the page's status line. */
const POPUP_NOTICES: readonly ChNotice[] = ['soap', 'noType'];

export const DELEGATION_FILTERS: readonly DelegationFilter[] = ['pending', 'accepted', 'refused', 'all'];

export interface ChamanView {
  screen: ChScreen;
  /** The OCMW of the ChaMan session. */
  kbo: string;
  enterprise: Enterprise | undefined;
  /** The municipality in the banner ("OCMW van Herstappe" → "Herstappe"). */
  city: string;
  sender: ChamanSender;
  /** "Delegatieverzoeken" under the chosen "Statuut". */
  delegations: ChamanSender['delegations'];
  filter: DelegationFilter;
  /** The "Een Webservice account toevoegen" pop-up is open over the main page. */
  choosingWsType: boolean;
  /** "Contactgegevens" in the header leads somewhere only from the main page. */
  contactMenu: boolean;
  ftpAccount: ChamanSender['ftp'][number] | undefined;
  restAccount: ChamanSender['rest'][number] | undefined;
  delegation: ChamanSender['delegations'][number] | undefined;
  /** The open delegation request is still "In afwachting": it can be withdrawn. */
  pending: boolean;
  editing: boolean;
  confirmingDelete: boolean;
  confirmingWithdraw: boolean;
  /** The first visit: no contact details yet ("Annuleren" then leaves ChaMan). */
  hasContact: boolean;
  /** The last save of the form on screen was refused: the screen says so above the form. */
  refused: boolean;
  /**
   * The world's errors of the refused save, at the fields of the form on screen (empty otherwise):
   * the contact details, an FTP/SFTP account's form or change, a REST account's form or change.
   */
  contactErrors: ChContactErrors;
  ftpErrors: ChFtpErrors;
  restErrors: ChRestErrors;
  /** The form of a change of the FTP/SFTP account on screen, filled in with the account as it is. */
  ftpEdit: FtpForm | undefined;
  /** The notice of the page's status line, and the pop-up's own. */
  statusNotice: ChNotice | null;
  popupNotice: ChNotice | null;
}

export function connectChaman(snapshot: ChSnapshot, world: World): ChamanView {
  const ctx = snapshot.context;
  const kbo = world.appSession?.kbo ?? '';
  const enterprise = enterpriseByKbo(world, kbo);
  const sender = senderOf(world, kbo);
  const inAccount = snapshot.matches('account');
  const screen: ChScreen = snapshot.matches('contact')
    ? 'contact'
    : snapshot.matches('ftpForm')
      ? 'ftpForm'
      : snapshot.matches('restForm')
        ? 'restForm'
        : inAccount
          ? ctx.accountKind === 'ftp'
            ? 'ftpAccount'
            : 'restAccount'
          : snapshot.matches('delegation')
            ? 'delegation'
            : 'main';
  const delegation = sender.delegations.find((d) => d.id === ctx.delegationId);
  const notice = ctx.notice;
  const editing = snapshot.matches({ account: 'edit' });
  const ftpAccount = inAccount && ctx.accountKind === 'ftp' ? sender.ftp.find((a) => a.id === ctx.accountId) : undefined;
  // Only the refused save of the form on screen sets the errors, and every way out of it clears
  // them (chaman.machine.ts): the form on screen says which form's errors they are.
  const errors = ctx.errors ?? {};
  const form = screen === 'contact' ? 'contact' : screen === 'ftpForm' || (screen === 'ftpAccount' && editing) ? 'ftp' : screen === 'restForm' || (screen === 'restAccount' && editing) ? 'rest' : null;
  const inPopup = notice !== null && POPUP_NOTICES.includes(notice);
  return {
    screen,
    kbo,
    enterprise,
    city: enterprise?.displayName.nl.replace(/^OCMW van /, '') ?? '',
    sender,
    delegations: sender.delegations.filter((d) => ctx.filter === 'all' || d.status === ctx.filter),
    filter: ctx.filter,
    choosingWsType: snapshot.matches('wsType'),
    contactMenu: snapshot.matches('main'),
    ftpAccount,
    restAccount: inAccount && ctx.accountKind !== 'ftp' ? sender.rest.find((a) => a.id === ctx.accountId) : undefined,
    delegation,
    pending: delegation?.status === 'pending',
    editing,
    confirmingDelete: snapshot.matches({ account: 'confirmDelete' }),
    confirmingWithdraw: snapshot.matches({ delegation: 'confirmWithdraw' }) && delegation?.status === 'pending',
    hasContact: ctx.hasContact,
    refused: form !== null && ctx.errors !== null,
    contactErrors: form === 'contact' ? (errors as ChContactErrors) : {},
    ftpErrors: form === 'ftp' ? (errors as ChFtpErrors) : {},
    restErrors: form === 'rest' ? (errors as ChRestErrors) : {},
    ftpEdit: ftpAccount && ftpEditForm(ftpAccount),
    statusNotice: inPopup ? null : notice,
    popupNotice: inPopup ? notice : null,
  };
}
