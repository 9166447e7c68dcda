/**
 * What ChaMan's screens show and offer, from the machine's snapshot and the world (issue 14: a
 * `connect` per application, after zag's pattern): which screen, the OCMW's sender with its
 * accounts and delegation requests, the one opened, the notices and where each goes. The
 * components only draw this and send intents; nothing here changes anything.
 */
import { senderOf } from '../world/chaman';
import { enterpriseByKbo } from '../world/primaweb';
import type { ChamanSender, Enterprise, World } from '../world/types';
import type { ChNotice, DelegationFilter } from './chaman.machine';
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
  /** The last save was refused: the screen shows the messages at the fields. */
  refused: boolean;
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
    ftpAccount: inAccount && ctx.accountKind === 'ftp' ? sender.ftp.find((a) => a.id === ctx.accountId) : undefined,
    restAccount: inAccount && ctx.accountKind !== 'ftp' ? sender.rest.find((a) => a.id === ctx.accountId) : undefined,
    delegation,
    pending: delegation?.status === 'pending',
    editing: snapshot.matches({ account: 'edit' }),
    confirmingDelete: snapshot.matches({ account: 'confirmDelete' }),
    confirmingWithdraw: snapshot.matches({ delegation: 'confirmWithdraw' }) && delegation?.status === 'pending',
    refused: ctx.refused,
    statusNotice: inPopup ? null : notice,
    popupNotice: inPopup ? notice : null,
  };
}
