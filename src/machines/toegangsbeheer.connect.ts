/**
 * What Toegangsbeheer's screens show and offer, from the machine's snapshot and the world (issue
 * 14: a `connect` per application, after zag's pattern): which screen, the person logged in and
 * the enterprises they manage, the capacity's users as the criteria find them and the page of
 * them on show, what the person may do there, what the overview will save, the notices and the
 * field each refusal belongs to. Pure: the components draw this and send intents.
 */
import { pageOfList, tbRegistration, type TbRights } from '../domain/toegangsbeheer';
import { personById } from '../world/eid';
import { enterpriseByKbo } from '../world/primaweb';
import { accountOf, managerLinksFor, rightsAt, searchTbUsers, tbUser, type ManagerLink } from '../world/toegangsbeheer';
import type { Enterprise, Person, TbUser, World } from '../world/types';
import type { TbSnapshot } from './toegangsbeheer.controller';
import type { TbNotice } from './toegangsbeheer.machine';

export type TbScreen = 'home' | 'welcome' | 'capacities' | 'capacity' | 'addInsz' | 'form' | 'overview' | 'users';

/** An account as the overview shows it before "Bevestigen": the form as typed, or the account as it is. */
export type TbOverviewUser = Pick<TbUser, 'insz' | 'lastName' | 'firstName' | 'title' | 'language' | 'email' | 'localEmail' | 'applications' | 'username' | 'status'> & {
  created: string;
  modified: string | null;
};

export interface TbView {
  screen: TbScreen;
  /** The person logged in (the header, the welcome). */
  person: Person | undefined;
  /** "U bent Toegangsbeheerder van …": the person's links, and the enterprises they lead to. */
  links: ManagerLink[];
  kbos: string[];
  /** The enterprise chosen (home) or worked for (every other screen). */
  kbo: string;
  enterprise: Enterprise | undefined;
  /** The official names of the person's enterprises, for the home page's list. */
  names: Record<string, string>;
  /** The person's own account at the enterprise (the welcome's "E-mailadres"). */
  account: TbUser | undefined;
  /** "Welkom Mevrouw / Mijnheer", from the person's own account at their first enterprise. */
  welcomeTitle: 'tb.welcome.deHeer' | 'tb.welcome.mevrouw';
  /** The welcome's "U bent … in de hoedanigheid van …", from the account at this enterprise. */
  roleIntro: 'tb.role.intro.deHeer' | 'tb.role.intro.mevrouw';
  registration: ReturnType<typeof tbRegistration>;
  rights: TbRights;
  /** The capacity's users as the criteria find them, and the page of them on show. */
  found: TbUser[];
  list: { page: number; pages: number; shown: TbUser[] };
  selectedCount: number;
  /** The user the overview confirms: the form as typed, or an existing account being appointed. */
  overview: TbOverviewUser | undefined;
  /** The overview appoints an existing account (no form was filled in). */
  promoting: TbUser | undefined;
  /** A done-notice for the status line; a refusal (the INSZ screen and the overview show any). */
  done: TbNotice | null;
  refusal: TbNotice | null;
  /** On "Gebruikers": a refusal for the page's alert, or for the INSZ field at the bottom (004 l.447). */
  pageRefusal: TbNotice | null;
  inszRefusal: TbNotice | null;
}

const SCREENS: readonly [TbScreen, Parameters<TbSnapshot['matches']>[0]][] = [
  ['home', 'home'],
  ['welcome', 'welcome'],
  ['capacities', 'capacities'],
  ['capacity', 'capacity'],
  ['addInsz', { users: 'addInsz' }],
  ['form', { users: 'form' }],
  ['overview', { users: 'overview' }],
];

export function connectToegangsbeheer(snapshot: TbSnapshot, world: World, personId: string | null): TbView {
  const ctx = snapshot.context;
  const screen = SCREENS.find(([, state]) => snapshot.matches(state))?.[0] ?? 'users';
  const person = personId ? personById(world, personId) : undefined;
  const links = person ? managerLinksFor(world, person.id) : [];
  const kbos = [...new Set(links.map((l) => l.kbo))];
  const kbo = ctx.kbo ?? '';
  const found = searchTbUsers(world, kbo, ctx.filters);
  const own = (at: string) => (person ? accountOf(world, person.id, at) : undefined);
  const promoting = ctx.form ? undefined : tbUser(world, kbo, ctx.insz);
  const notice = ctx.notice;
  return {
    screen,
    person,
    links,
    kbos,
    kbo,
    enterprise: enterpriseByKbo(world, kbo),
    names: Object.fromEntries(kbos.map((k) => [k, enterpriseByKbo(world, k)?.officialName ?? k])),
    account: own(kbo),
    welcomeTitle: own(kbos[0] ?? '')?.title === 'deHeer' ? 'tb.welcome.deHeer' : 'tb.welcome.mevrouw',
    roleIntro: own(kbo)?.title === 'deHeer' ? 'tb.role.intro.deHeer' : 'tb.role.intro.mevrouw',
    registration: tbRegistration(kbo),
    rights: rightsAt(world, person?.id ?? '', kbo),
    found,
    list: pageOfList(found, ctx.page),
    selectedCount: ctx.selected.length,
    overview: ctx.form ? { ...ctx.form, username: ctx.form.usernameFirst, created: world.today, modified: null, status: 'actief' } : promoting,
    promoting,
    done: notice && notice.kind !== 'refused' ? notice : null,
    refusal: notice?.kind === 'refused' ? notice : null,
    pageRefusal: notice?.kind === 'refused' && !notice.at ? notice : null,
    inszRefusal: notice?.kind === 'refused' && notice.at === 'insz' ? notice : null,
  };
}
