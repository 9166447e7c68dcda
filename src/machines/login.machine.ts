/**
 * The login flow of 001/002: Social Security portal → CSAM "Aanmelden bij de online overheid" →
 * eID (card, certificate, PIN) → entity choice → "Applicatie opstarten" → role choice → PrimaWeb.
 * The same login opens OCMW-configuratie, Toegangsbeheer (straight after the PIN: it lists the
 * enterprises itself) and ChaMan (reached from "Onderneming", with the audience "Professional")
 * (004). "Applicatie opstarten" is PrimaWeb's page: 004 goes from the login of ChaMan straight to
 * "ChaMan - Beheer van technische kanalen" and from that of OCMW-configuratie straight to its role
 * choice, so those two open right after the enterprise.
 *
 * The machine only knows the flow. Its events are the learner's intents (issue 14): whatever the
 * simulated world decides (is a card in the reader, is the PIN right, which roles does the person
 * hold) arrives as a fact field of its own (LoginFacts), added by the controller
 * (login.controller.ts). That keeps the machine pure, so xstate/graph can walk it.
 */
import { and, assertEvent, assign, setup, type ExtractEvent } from 'xstate';
import type { PinFormatError } from '../domain/pin';
import type { AppRole, PrimawebRole } from '../domain/roles';
import type { CertificateCheck, PinVerdict } from '../world/eid';
import { isSimulatedService, type Audience, type DigitalKey, type Sector, type Service } from '../world/portal-catalog';
import type { WithFacts } from './events';

/** Portal pages a learner can return to with the browser's Back button (hash routes). */
export type PortalPage =
  | { page: 'home' }
  | { page: 'professionals' }
  | { page: 'services' }
  | { page: 'service'; service: Service }
  | { page: 'business' }
  | { page: 'businessServices' }
  | { page: 'chaman' }
  | { page: 'csamManagers' };

/** "In welke doelpubliek wilt u zich aanmelden?" (ChaMan's login, 004). */
export type LoginAudience = 'burger' | 'onderneming' | 'professional';

export type Unavailable =
  | { kind: 'audience'; audience: Audience }
  | { kind: 'sector'; sector: Sector }
  | { kind: 'service'; service: Service }
  | { kind: 'key'; key: DigitalKey }
  | { kind: 'loginAudience'; audience: LoginAudience };

export type PinError = { kind: 'format'; error: PinFormatError } | { kind: 'wrong'; triesLeft: number };

export interface LoginContext {
  service: Service | null;
  /** Whose certificate was chosen: the person who is logging in. */
  personId: string | null;
  kbo: string | null;
  role: AppRole | null;
  unavailable: Unavailable | null;
  certificateProblem: 'noCard' | 'otherCard' | null;
  pinError: PinError | null;
  /** The portal page of the address bar when the simulator was opened. */
  startPage: PortalPage['page'] | null;
  /** What was typed in the search bar of "Onderneming" before "Go!" ('' for "Naar alle onlinediensten"). */
  query: string;
}

export interface LoginInput {
  /** An open PrimaWeb session kept in the world: a reload returns to PrimaWeb. */
  session?: { personId: string; kbo: string; role: PrimawebRole } | null;
  /** An open session of Toegangsbeheer or OCMW-configuratie: a reload returns there. */
  appSession?: { service: 'toegangsbeheer' | 'ocmwConfiguratie' | 'chaman'; personId: string; kbo: string | null } | null;
  /** The portal page of the address bar at start. */
  page?: PortalPage | null;
}

/** What the learner does in the login flow. Kept runs store these (a reload replays them): the names and fields stay. */
export type LoginIntent =
  | { type: 'openAudience'; audience: Audience }
  | { type: 'openSector'; sector: Sector }
  | { type: 'openService'; service: Service }
  | { type: 'startService' }
  | { type: 'chooseKey'; key: DigitalKey }
  | { type: 'confirmEid' }
  | { type: 'selectCertificate'; personId: string }
  | { type: 'submitPin'; pin: string }
  | { type: 'chooseEnterprise'; kbo: string }
  | { type: 'startApplication' }
  | { type: 'chooseRole'; role: AppRole }
  | { type: 'navigate'; to: PortalPage }
  | { type: 'search'; query: string }
  | { type: 'openAllServices' }
  | { type: 'chooseLoginAudience'; audience: LoginAudience }
  | { type: 'openCsamManagers' }
  | { type: 'retry' }
  | { type: 'cancel' }
  | { type: 'back' }
  | { type: 'logout' };

/** What only the world decides, added by the controller to the intent of that type. */
export type LoginFacts = {
  confirmEid: { cardPresent: boolean };
  selectCertificate: { check: CertificateCheck };
  submitPin: { verdict: PinVerdict; entityCount: number };
  /** What the person may do at that enterprise in the service being opened (ChaMan and OCMW-configuratie open at once). */
  chooseEnterprise: { roles: AppRole[] };
  /** What the person may do in PrimaWeb at the enterprise chosen. */
  startApplication: { roles: AppRole[] };
};

export type LoginEvent = WithFacts<LoginIntent, LoginFacts>;

const EMPTY: LoginContext = {
  service: null,
  personId: null,
  kbo: null,
  role: null,
  unavailable: null,
  certificateProblem: null,
  pinError: null,
  startPage: null,
  query: '',
};

/**
 * The event, asserted to be of this type (xstate's assertEvent): for the guards and actions that
 * are only ever used on that event, so another event throws instead of passing unnoticed.
 */
function eventOf<T extends LoginEvent['type']>(event: LoginEvent, type: T): ExtractEvent<LoginEvent, T> {
  assertEvent(event, type);
  return event;
}

// Parameterised guards: one test each, with the constant it compares in the transition.
const startAt = (page: PortalPage['page']) => ({ type: 'startAt', params: { page } }) as const;
const resume = (service: Service) => ({ type: 'resume', params: { service } }) as const;
const navigatesTo = (page: PortalPage['page']) => ({ type: 'navigatesTo', params: { page } }) as const;
const forService = (...services: Service[]) => ({ type: 'forService', params: { services } }) as const;
const audienceIs = (audience: Audience) => ({ type: 'audienceIs', params: { audience } }) as const;
const certificateIs = (check: CertificateCheck) => ({ type: 'certificateIs', params: { check } }) as const;
const pinIs = (kinds: PinVerdict['kind'][], entities?: 'some' | 'none') => ({ type: 'pinIs', params: { kinds, entities } }) as const;
const roleCount = (count: 'one' | 'several') => ({ type: 'roleCount', params: { count } }) as const;
const grants = (role: AppRole) => ({ type: 'grants', params: { role } }) as const;
const chose = (...roles: AppRole[]) => ({ type: 'chose', params: { roles } }) as const;

/** Browser Back/Forward on the public portal pages; valid while nobody is logged in. */
const navigate = [
  { guard: navigatesTo('home'), target: '#login.portal.home', actions: 'clearLogin' },
  { guard: navigatesTo('professionals'), target: '#login.portal.professionals', actions: 'clearLogin' },
  { guard: navigatesTo('services'), target: '#login.portal.services', actions: 'clearLogin' },
  { guard: navigatesTo('service'), target: '#login.portal.service', actions: ['clearLogin', 'rememberNavigatedService'] },
  { guard: navigatesTo('business'), target: '#login.portal.business', actions: 'clearLogin' },
  { guard: navigatesTo('businessServices'), target: '#login.portal.businessServices', actions: 'clearLogin' },
  { guard: navigatesTo('chaman'), target: '#login.portal.chamanPage', actions: ['clearLogin', 'rememberChaman'] },
  { guard: navigatesTo('csamManagers'), target: '#login.portal.csamManagers', actions: ['clearLogin', 'rememberToegangsbeheer'] },
] as const;

export const loginMachine = setup({
  types: {
    context: {} as LoginContext,
    events: {} as LoginEvent,
    input: {} as LoginInput,
  },
  guards: {
    /** The address bar's page at start. */
    startAt: ({ context }, params: { page: PortalPage['page'] }) => context.startPage === params.page,
    /** A session of this service kept in the world (a reload): only then does the input name the person. */
    resume: ({ context }, params: { service: Service }) => context.service === params.service && context.personId !== null,
    /** Browser Back/Forward to this portal page. */
    navigatesTo: ({ event }, params: { page: PortalPage['page'] }) => eventOf(event, 'navigate').to.page === params.page,
    /** The service being opened is one of these. */
    forService: ({ context }, params: { services: readonly Service[] }) => context.service !== null && params.services.includes(context.service),
    serviceIsSimulated: ({ context }) => context.service !== null && isSimulatedService(context.service),
    audienceIs: ({ event }, params: { audience: Audience }) => eventOf(event, 'openAudience').audience === params.audience,
    sectorIsOcmw: ({ event }) => eventOf(event, 'openSector').sector === 'ocmw',
    serviceIsChaman: ({ event }) => eventOf(event, 'openService').service === 'chaman',
    loginAsProfessional: ({ event }) => eventOf(event, 'chooseLoginAudience').audience === 'professional',
    keyIsEid: ({ event }) => eventOf(event, 'chooseKey').key === 'eid',
    cardPresent: ({ event }) => eventOf(event, 'confirmEid').cardPresent,
    certificateIs: ({ event }, params: { check: CertificateCheck }) => eventOf(event, 'selectCertificate').check === params.check,
    /** The PIN's verdict is one of `kinds`; with `entities`, the person is active in some enterprise, or in none. */
    pinIs: ({ event }, params: { kinds: readonly PinVerdict['kind'][]; entities?: 'some' | 'none' | undefined }) => {
      const { verdict, entityCount } = eventOf(event, 'submitPin');
      if (!params.kinds.includes(verdict.kind)) return false;
      return params.entities === undefined || (params.entities === 'some' ? entityCount > 0 : entityCount === 0);
    },
    /** "Applicatie opstarten" finds one role, or several. */
    roleCount: ({ event }, params: { count: 'one' | 'several' }) => {
      const { roles } = eventOf(event, 'startApplication');
      return params.count === 'one' ? roles.length === 1 : roles.length > 1;
    },
    /** The enterprise chosen gives the person this role in the service being opened. */
    grants: ({ event }, params: { role: AppRole }) => eventOf(event, 'chooseEnterprise').roles.includes(params.role),
    chose: ({ event }, params: { roles: readonly AppRole[] }) => params.roles.includes(eventOf(event, 'chooseRole').role),
  },
  actions: {
    clearLogin: assign(() => ({ ...EMPTY })),
    clearNotices: assign({ unavailable: null, certificateProblem: null, pinError: null }),
    markAudienceUnavailable: assign({ unavailable: ({ event }) => ({ kind: 'audience' as const, audience: eventOf(event, 'openAudience').audience }) }),
    markSectorUnavailable: assign({ unavailable: ({ event }) => ({ kind: 'sector' as const, sector: eventOf(event, 'openSector').sector }) }),
    markServiceUnavailable: assign({
      unavailable: ({ context }) => (context.service ? { kind: 'service' as const, service: context.service } : null),
    }),
    markBusinessServiceUnavailable: assign({ unavailable: ({ event }) => ({ kind: 'service' as const, service: eventOf(event, 'openService').service }) }),
    markLoginAudienceUnavailable: assign({
      unavailable: ({ event }) => ({ kind: 'loginAudience' as const, audience: eventOf(event, 'chooseLoginAudience').audience }),
    }),
    // Also on "Naar alle onlinediensten" (openAllServices): no query.
    rememberQuery: assign({ query: ({ event }) => (event.type === 'search' ? event.query.trim() : '') }),
    rememberChaman: assign({ service: 'chaman' as const }),
    rememberToegangsbeheer: assign({ service: 'toegangsbeheer' as const }),
    markKeyUnavailable: assign({ unavailable: ({ event }) => ({ kind: 'key' as const, key: eventOf(event, 'chooseKey').key }) }),
    rememberService: assign({ service: ({ event }) => eventOf(event, 'openService').service }),
    rememberNavigatedService: assign({
      service: ({ event, context }) => {
        const { to } = eventOf(event, 'navigate');
        return to.page === 'service' ? to.service : context.service;
      },
    }),
    rememberPerson: assign({ personId: ({ event }) => eventOf(event, 'selectCertificate').personId }),
    rememberCertificateProblem: assign({
      certificateProblem: ({ event }) => {
        const { check } = eventOf(event, 'selectCertificate');
        return check === 'noCard' || check === 'otherCard' ? check : null;
      },
    }),
    rememberPinError: assign({
      pinError: ({ event }) => {
        const v = eventOf(event, 'submitPin').verdict;
        return v.kind === 'wrong' ? { kind: 'wrong' as const, triesLeft: v.triesLeft } : v.kind === 'format' ? { kind: 'format' as const, error: v.error } : null;
      },
    }),
    rememberEnterprise: assign({ kbo: ({ event }) => eventOf(event, 'chooseEnterprise').kbo }),
    rememberChamanRole: assign({ role: 'chaman' as const }),
    rememberOnlyRole: assign({ role: ({ event }) => eventOf(event, 'startApplication').roles[0] ?? null }),
    rememberRole: assign({ role: ({ event }) => eventOf(event, 'chooseRole').role }),
    // World effects of the state entered, named here and carried out by the login controller
    // (machine.provide): the session of the application that opens, and its close at logout. They
    // sit on the transitions, after the assigns that name the enterprise and the role, and not on
    // entry, so a reload's resume (boot) enters the same states without opening a session again.
    // The machine alone (xstate/graph's walks) leaves the world as it is.
    openToegangsbeheerSession: () => {},
    openChamanSession: () => {},
    openOcmwConfigSession: () => {},
    openPrimawebSession: () => {},
    closeSession: () => {},
  },
}).createMachine({
  id: 'login',
  context: ({ input }) => {
    const app = input.session ? null : (input.appSession ?? null);
    return {
      ...EMPTY,
      ...(input.session ?? {}),
      ...(app ? { personId: app.personId, kbo: app.kbo, role: app.service === 'toegangsbeheer' ? null : app.service } : {}),
      service: input.session
        ? 'primaweb'
        : app
          ? app.service
          : input.page?.page === 'service'
            ? input.page.service
            : input.page?.page === 'chaman'
              ? 'chaman'
              : input.page?.page === 'csamManagers'
                ? 'toegangsbeheer'
                : null,
      // A session wins over the address bar: the learner is logged in.
      startPage: input.session || app ? null : (input.page?.page ?? null),
    };
  },
  initial: 'boot',
  states: {
    // Chooses where to start: back in the application after a reload, or on the page of the address bar.
    boot: {
      always: [
        { guard: resume('primaweb'), target: 'session.primaweb' },
        { guard: resume('toegangsbeheer'), target: 'session.toegangsbeheer' },
        { guard: resume('ocmwConfiguratie'), target: 'session.ocmwConfig' },
        { guard: resume('chaman'), target: 'session.chaman' },
        { guard: startAt('business'), target: 'portal.business' },
        { guard: startAt('businessServices'), target: 'portal.businessServices' },
        { guard: startAt('chaman'), target: 'portal.chamanPage' },
        { guard: startAt('csamManagers'), target: 'portal.csamManagers' },
        { guard: startAt('service'), target: 'portal.service' },
        { guard: startAt('professionals'), target: 'portal.professionals' },
        { guard: startAt('services'), target: 'portal.services' },
        { target: 'portal.home' },
      ],
    },
    portal: {
      initial: 'home',
      on: { navigate: [...navigate] },
      states: {
        home: {
          on: {
            openAudience: [
              { guard: audienceIs('professionals'), target: 'professionals', actions: 'clearNotices' },
              { guard: audienceIs('onderneming'), target: 'business', actions: 'clearNotices' },
              { actions: 'markAudienceUnavailable' },
            ],
          },
        },
        // "Onderneming": the search bar ("Go!") and "Naar alle onlinediensten".
        business: {
          on: {
            search: { target: 'businessServices', actions: ['clearNotices', 'rememberQuery'] },
            openAllServices: { target: 'businessServices', actions: ['clearNotices', 'rememberQuery'] },
            back: { target: 'home', actions: 'clearNotices' },
          },
        },
        businessServices: {
          on: {
            openService: [
              { guard: 'serviceIsChaman', target: 'chamanPage', actions: ['clearNotices', 'rememberService'] },
              { actions: 'markBusinessServiceUnavailable' },
            ],
            back: { target: 'business', actions: 'clearNotices' },
          },
        },
        // "Chaman: beheer van technische kanalen", with "Beheer uw technische kanalen".
        chamanPage: {
          on: {
            startService: { target: 'loginAudience', actions: 'clearNotices' },
            back: { target: 'businessServices', actions: 'clearNotices' },
          },
        },
        // "In welke doelpubliek wilt u zich aanmelden?": Burger, Onderneming, Professional.
        loginAudience: {
          on: {
            chooseLoginAudience: [{ guard: 'loginAsProfessional', target: '#login.csam' }, { actions: 'markLoginAudienceUnavailable' }],
            back: { target: 'chamanPage', actions: 'clearNotices' },
          },
        },
        professionals: {
          on: {
            openSector: [{ guard: 'sectorIsOcmw', target: 'services', actions: 'clearNotices' }, { actions: 'markSectorUnavailable' }],
            back: { target: 'home', actions: 'clearNotices' },
          },
        },
        services: {
          on: {
            openService: { target: 'service', actions: ['clearNotices', 'rememberService'] },
            back: { target: 'professionals', actions: 'clearNotices' },
          },
        },
        service: {
          on: {
            startService: [{ guard: 'serviceIsSimulated', target: '#login.csam' }, { actions: 'markServiceUnavailable' }],
            openCsamManagers: { guard: forService('toegangsbeheer'), target: 'csamManagers', actions: 'clearNotices' },
            back: { target: 'services', actions: 'clearNotices' },
          },
        },
        // csam.be "Beheer van de toegangsbeheerders": "Toegangen beheren" → "Toegangsbeheer" under "Sociale Zekerheid" (004).
        csamManagers: {
          on: {
            startService: { target: '#login.csam', actions: 'clearNotices' },
            back: { target: 'service', actions: 'clearNotices' },
          },
        },
      },
    },
    // "Aanmelden bij de online overheid" and the eID dialogs of the browser.
    csam: {
      initial: 'keys',
      entry: 'clearNotices',
      on: { navigate: [...navigate] },
      states: {
        keys: {
          on: {
            chooseKey: [{ guard: 'keyIsEid', target: 'eidConfirm', actions: 'clearNotices' }, { actions: 'markKeyUnavailable' }],
            cancel: [
              { guard: forService('chaman'), target: '#login.portal.chamanPage', actions: 'clearNotices' },
              { target: '#login.portal.service', actions: 'clearNotices' },
            ],
          },
        },
        eidConfirm: {
          on: {
            confirmEid: [{ guard: 'cardPresent', target: 'certificate' }, { target: 'noCard' }],
            cancel: 'keys',
          },
        },
        noCard: {
          on: { retry: 'eidConfirm', cancel: 'keys' },
        },
        certificate: {
          on: {
            selectCertificate: [
              { guard: certificateIs('ok'), target: 'pin', actions: ['clearNotices', 'rememberPerson'] },
              { guard: certificateIs('blocked'), target: 'blocked', actions: 'rememberPerson' },
              { actions: 'rememberCertificateProblem' },
            ],
            cancel: { target: 'keys', actions: 'clearNotices' },
          },
        },
        pin: {
          on: {
            submitPin: [
              // Toegangsbeheer chooses the enterprise on its own home page.
              { guard: and([forService('toegangsbeheer'), pinIs(['ok'])]), target: '#login.session.toegangsbeheer', actions: ['clearNotices', 'openToegangsbeheerSession'] },
              { guard: pinIs(['ok'], 'some'), target: '#login.session.enterprise', actions: 'clearNotices' },
              { guard: pinIs(['ok'], 'none'), target: '#login.session.noEntity', actions: 'clearNotices' },
              { guard: pinIs(['wrong', 'format']), actions: 'rememberPinError' },
              { guard: pinIs(['blocked']), target: 'blocked', actions: 'clearNotices' },
              // The card left the reader while the PIN dialog was open.
              { target: 'noCard', actions: 'clearNotices' },
            ],
            cancel: { target: 'keys', actions: 'clearNotices' },
          },
        },
        blocked: {
          on: { retry: 'certificate', cancel: 'keys' },
        },
      },
    },
    // Logged in: the choice of enterprise and role, and the application opened. "Afmelden" anywhere
    // here closes the session the world keeps (none before an application opened) and returns to
    // the portal's home page.
    session: {
      // Entered through a child named by its transition; the enterprise is the first page after the PIN.
      initial: 'enterprise',
      on: { logout: { target: '#login.portal.home', actions: ['closeSession', 'clearLogin'] } },
      states: {
        // "De onderneming selecteren waarvoor u zich wil aanmelden op het portaal van de sociale zekerheid"
        enterprise: {
          on: {
            chooseEnterprise: [
              // 004: "U komt nu op de pagina 'ChaMan - Beheer van technische kanalen'".
              { guard: and([forService('chaman'), grants('chaman')]), target: 'chaman', actions: ['rememberEnterprise', 'rememberChamanRole', 'openChamanSession'] },
              // 004: from the login straight to "U kiest de rol 'OCMW-configuratie' via het drop-downmenu".
              { guard: and([forService('ocmwConfiguratie'), grants('ocmwConfiguratie')]), target: 'roleChoice', actions: 'rememberEnterprise' },
              // ChaMan and OCMW-configuratie open without PrimaWeb's "Applicatie opstarten" page.
              { guard: forService('chaman', 'ocmwConfiguratie'), target: 'noAccess', actions: 'rememberEnterprise' },
              { target: 'confirmed', actions: 'rememberEnterprise' },
            ],
          },
        },
        noEntity: {},
        // PrimaWeb's "U bent aangemeld als OCMW van Herstappe" with "Applicatie opstarten" (001).
        confirmed: {
          on: {
            startApplication: [
              { guard: roleCount('several'), target: 'roleChoice' },
              { guard: roleCount('one'), target: 'primaweb', actions: ['rememberOnlyRole', 'openPrimawebSession'] },
              { target: 'noAccess' },
            ],
            back: 'enterprise',
          },
        },
        // OCMW-configuratie always asks the role ("U kiest de rol "OCMW-configuratie" via het drop-downmenu", 004).
        roleChoice: {
          on: {
            chooseRole: [
              { guard: and([forService('ocmwConfiguratie'), chose('ocmwConfiguratie')]), target: 'ocmwConfig', actions: ['rememberRole', 'openOcmwConfigSession'] },
              { guard: and([forService('primaweb'), chose('socialeAgent', 'primawebBeheer')]), target: 'primaweb', actions: ['rememberRole', 'openPrimawebSession'] },
            ],
          },
        },
        noAccess: {},
        primaweb: {},
        toegangsbeheer: {},
        ocmwConfig: {},
        chaman: {},
      },
    },
  },
});
