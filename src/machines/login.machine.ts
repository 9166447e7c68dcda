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
import { assertEvent, assign, setup } from 'xstate';
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

const navigatesTo = (page: PortalPage['page']) => ({ type: 'navigatesTo', params: { page } }) as const;

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

const startAt = (page: PortalPage['page']) => ({ type: 'startAt', params: { page } }) as const;

export const loginMachine = setup({
  types: {
    context: {} as LoginContext,
    events: {} as LoginEvent,
    input: {} as LoginInput,
  },
  guards: {
    resumeSession: ({ context }) => context.service === 'primaweb' && context.role !== null,
    resumeToegangsbeheer: ({ context }) => context.service === 'toegangsbeheer' && context.personId !== null && context.startPage === null,
    resumeOcmwConfig: ({ context }) => context.service === 'ocmwConfiguratie' && context.role !== null,
    resumeChaman: ({ context }) => context.service === 'chaman' && context.role !== null,
    /** The address bar's page at start. */
    startAt: ({ context }, params: { page: PortalPage['page'] }) => context.startPage === params.page,
    startAtService: ({ context }) => context.startPage === 'service' && context.service !== null,
    audienceIsBusiness: ({ event }) => event.type === 'openAudience' && event.audience === 'onderneming',
    serviceIsChaman: ({ event }) => event.type === 'openService' && event.service === 'chaman',
    forChaman: ({ context }) => context.service === 'chaman',
    loginAsProfessional: ({ event }) => event.type === 'chooseLoginAudience' && event.audience === 'professional',
    chamanRole: ({ context, event }) => context.service === 'chaman' && event.type === 'chooseEnterprise' && event.roles.includes('chaman'),
    /** Browser Back/Forward to this portal page. */
    navigatesTo: ({ event }, params: { page: PortalPage['page'] }) => event.type === 'navigate' && event.to.page === params.page,
    forToegangsbeheer: ({ context }) => context.service === 'toegangsbeheer',
    pinOkForToegangsbeheer: ({ context, event }) => context.service === 'toegangsbeheer' && event.type === 'submitPin' && event.verdict.kind === 'ok',
    // OCMW-configuratie always asks the role ("U kiest de rol "OCMW-configuratie" via het drop-downmenu", 004).
    ocmwConfigRole: ({ context, event }) => context.service === 'ocmwConfiguratie' && event.type === 'chooseEnterprise' && event.roles.includes('ocmwConfiguratie'),
    /** ChaMan and OCMW-configuratie open without PrimaWeb's "Applicatie opstarten" page. */
    opensAtOnce: ({ context }) => context.service === 'chaman' || context.service === 'ocmwConfiguratie',
    choseOcmwConfig: ({ context, event }) => context.service === 'ocmwConfiguratie' && event.type === 'chooseRole' && event.role === 'ocmwConfiguratie',
    choseForPrimaweb: ({ context, event }) =>
      context.service === 'primaweb' && event.type === 'chooseRole' && (event.role === 'socialeAgent' || event.role === 'primawebBeheer'),
    audienceIsProfessionals: ({ event }) => event.type === 'openAudience' && event.audience === 'professionals',
    sectorIsOcmw: ({ event }) => event.type === 'openSector' && event.sector === 'ocmw',
    serviceIsSimulated: ({ context }) => context.service !== null && isSimulatedService(context.service),
    keyIsEid: ({ event }) => event.type === 'chooseKey' && event.key === 'eid',
    cardPresent: ({ event }) => event.type === 'confirmEid' && event.cardPresent,
    certificateOk: ({ event }) => event.type === 'selectCertificate' && event.check === 'ok',
    certificateBlocked: ({ event }) => event.type === 'selectCertificate' && event.check === 'blocked',
    pinOkWithEntities: ({ event }) => event.type === 'submitPin' && event.verdict.kind === 'ok' && event.entityCount > 0,
    pinOkWithoutEntities: ({ event }) => event.type === 'submitPin' && event.verdict.kind === 'ok' && event.entityCount === 0,
    pinRefused: ({ event }) => event.type === 'submitPin' && (event.verdict.kind === 'wrong' || event.verdict.kind === 'format'),
    pinBlocked: ({ event }) => event.type === 'submitPin' && event.verdict.kind === 'blocked',
    severalRoles: ({ event }) => event.type === 'startApplication' && event.roles.length > 1,
    oneRole: ({ event }) => event.type === 'startApplication' && event.roles.length === 1,
  },
  actions: {
    clearLogin: assign(() => ({ ...EMPTY })),
    clearNotices: assign({ unavailable: null, certificateProblem: null, pinError: null }),
    markAudienceUnavailable: assign({
      unavailable: ({ event }) => {
        assertEvent(event, 'openAudience');
        return { kind: 'audience' as const, audience: event.audience };
      },
    }),
    markSectorUnavailable: assign({
      unavailable: ({ event }) => {
        assertEvent(event, 'openSector');
        return { kind: 'sector' as const, sector: event.sector };
      },
    }),
    markServiceUnavailable: assign({
      unavailable: ({ context }) => (context.service ? { kind: 'service' as const, service: context.service } : null),
    }),
    markBusinessServiceUnavailable: assign({
      unavailable: ({ event }) => {
        assertEvent(event, 'openService');
        return { kind: 'service' as const, service: event.service };
      },
    }),
    markLoginAudienceUnavailable: assign({
      unavailable: ({ event }) => {
        assertEvent(event, 'chooseLoginAudience');
        return { kind: 'loginAudience' as const, audience: event.audience };
      },
    }),
    // Also on "Naar alle onlinediensten" (openAllServices): no query.
    rememberQuery: assign({ query: ({ event }) => (event.type === 'search' ? event.query.trim() : '') }),
    rememberChaman: assign({ service: 'chaman' as const }),
    rememberToegangsbeheer: assign({ service: 'toegangsbeheer' as const }),
    markKeyUnavailable: assign({
      unavailable: ({ event }) => {
        assertEvent(event, 'chooseKey');
        return { kind: 'key' as const, key: event.key };
      },
    }),
    rememberService: assign({
      service: ({ event }) => {
        assertEvent(event, 'openService');
        return event.service;
      },
    }),
    rememberNavigatedService: assign({
      service: ({ event, context }) => {
        assertEvent(event, 'navigate');
        return event.to.page === 'service' ? event.to.service : context.service;
      },
    }),
    rememberPerson: assign({
      personId: ({ event }) => {
        assertEvent(event, 'selectCertificate');
        return event.personId;
      },
    }),
    rememberCertificateProblem: assign({
      certificateProblem: ({ event }) => {
        assertEvent(event, 'selectCertificate');
        return event.check === 'noCard' || event.check === 'otherCard' ? event.check : null;
      },
    }),
    rememberPinError: assign({
      pinError: ({ event }) => {
        assertEvent(event, 'submitPin');
        const v = event.verdict;
        return v.kind === 'wrong' ? { kind: 'wrong' as const, triesLeft: v.triesLeft } : v.kind === 'format' ? { kind: 'format' as const, error: v.error } : null;
      },
    }),
    rememberEnterprise: assign({
      kbo: ({ event }) => {
        assertEvent(event, 'chooseEnterprise');
        return event.kbo;
      },
    }),
    rememberChamanRole: assign({ role: 'chaman' as const }),
    rememberOnlyRole: assign({
      role: ({ event }) => {
        assertEvent(event, 'startApplication');
        return event.roles[0] ?? null;
      },
    }),
    rememberRole: assign({
      role: ({ event }) => {
        assertEvent(event, 'chooseRole');
        return event.role;
      },
    }),
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
    // Chooses where to start: back in PrimaWeb after a reload, or on the page of the address bar.
    boot: {
      always: [
        { guard: 'resumeSession', target: 'primaweb' },
        { guard: 'resumeToegangsbeheer', target: 'toegangsbeheer' },
        { guard: 'resumeOcmwConfig', target: 'ocmwConfig' },
        { guard: 'resumeChaman', target: 'chaman' },
        { guard: startAt('business'), target: 'portal.business' },
        { guard: startAt('businessServices'), target: 'portal.businessServices' },
        { guard: startAt('chaman'), target: 'portal.chamanPage' },
        { guard: startAt('csamManagers'), target: 'portal.csamManagers' },
        { guard: 'startAtService', target: 'portal.service' },
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
              { guard: 'audienceIsProfessionals', target: 'professionals', actions: 'clearNotices' },
              { guard: 'audienceIsBusiness', target: 'business', actions: 'clearNotices' },
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
            openCsamManagers: { guard: 'forToegangsbeheer', target: 'csamManagers', actions: 'clearNotices' },
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
              { guard: 'forChaman', target: '#login.portal.chamanPage', actions: 'clearNotices' },
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
              { guard: 'certificateOk', target: 'pin', actions: ['clearNotices', 'rememberPerson'] },
              { guard: 'certificateBlocked', target: 'blocked', actions: 'rememberPerson' },
              { actions: 'rememberCertificateProblem' },
            ],
            cancel: { target: 'keys', actions: 'clearNotices' },
          },
        },
        pin: {
          on: {
            submitPin: [
              // Toegangsbeheer chooses the enterprise on its own home page.
              { guard: 'pinOkForToegangsbeheer', target: '#login.toegangsbeheer', actions: ['clearNotices', 'openToegangsbeheerSession'] },
              { guard: 'pinOkWithEntities', target: '#login.enterprise', actions: 'clearNotices' },
              { guard: 'pinOkWithoutEntities', target: '#login.noEntity', actions: 'clearNotices' },
              { guard: 'pinRefused', actions: 'rememberPinError' },
              { guard: 'pinBlocked', target: 'blocked', actions: 'clearNotices' },
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
    // "De onderneming selecteren waarvoor u zich wil aanmelden op het portaal van de sociale zekerheid"
    enterprise: {
      on: {
        chooseEnterprise: [
          // 004: "U komt nu op de pagina 'ChaMan - Beheer van technische kanalen'".
          { guard: 'chamanRole', target: 'chaman', actions: ['rememberEnterprise', 'rememberChamanRole', 'openChamanSession'] },
          // 004: from the login straight to "U kiest de rol 'OCMW-configuratie' via het drop-downmenu".
          { guard: 'ocmwConfigRole', target: 'roleChoice', actions: 'rememberEnterprise' },
          { guard: 'opensAtOnce', target: 'noAccess', actions: 'rememberEnterprise' },
          { target: 'confirmed', actions: 'rememberEnterprise' },
        ],
        logout: { target: 'portal.home', actions: ['closeSession', 'clearLogin'] },
      },
    },
    noEntity: {
      on: { logout: { target: 'portal.home', actions: ['closeSession', 'clearLogin'] } },
    },
    // PrimaWeb's "U bent aangemeld als OCMW van Herstappe" with "Applicatie opstarten" (001).
    confirmed: {
      on: {
        startApplication: [
          { guard: 'severalRoles', target: 'roleChoice' },
          { guard: 'oneRole', target: 'primaweb', actions: ['rememberOnlyRole', 'openPrimawebSession'] },
          { target: 'noAccess' },
        ],
        back: 'enterprise',
        logout: { target: 'portal.home', actions: ['closeSession', 'clearLogin'] },
      },
    },
    roleChoice: {
      on: {
        chooseRole: [
          { guard: 'choseOcmwConfig', target: 'ocmwConfig', actions: ['rememberRole', 'openOcmwConfigSession'] },
          { guard: 'choseForPrimaweb', target: 'primaweb', actions: ['rememberRole', 'openPrimawebSession'] },
        ],
        logout: { target: 'portal.home', actions: ['closeSession', 'clearLogin'] },
      },
    },
    noAccess: {
      on: { logout: { target: 'portal.home', actions: ['closeSession', 'clearLogin'] } },
    },
    primaweb: {
      on: { logout: { target: 'portal.home', actions: ['closeSession', 'clearLogin'] } },
    },
    toegangsbeheer: {
      on: { logout: { target: 'portal.home', actions: ['closeSession', 'clearLogin'] } },
    },
    ocmwConfig: {
      on: { logout: { target: 'portal.home', actions: ['closeSession', 'clearLogin'] } },
    },
    chaman: {
      on: { logout: { target: 'portal.home', actions: ['closeSession', 'clearLogin'] } },
    },
  },
});
