/**
 * The login flow of 001/002: Social Security portal → CSAM "Aanmelden bij de online overheid" →
 * eID (card, certificate, PIN) → entity choice → "Applicatie opstarten" → role choice → PrimaWeb.
 * The same login opens OCMW-configuratie, Toegangsbeheer (straight after the PIN: it lists the
 * enterprises itself) and ChaMan (reached from "Onderneming", with the audience "Professional")
 * (004). "Applicatie opstarten" is PrimaWeb's page: 004 goes from the login of ChaMan straight to
 * "ChaMan - Beheer van technische kanalen" and from that of OCMW-configuratie straight to its role
 * choice, so those two open right after the enterprise.
 *
 * The machine only knows the flow. Whatever the simulated world decides (is a card in the reader,
 * is the PIN right, which roles does the person hold) arrives in the event payload, filled in by
 * the controller (login.controller.ts). That keeps the machine pure, so xstate/graph can walk it.
 */
import { assign, setup } from 'xstate';
import type { PinFormatError } from '../domain/pin';
import type { AppRole, PrimawebRole } from '../domain/roles';
import type { CertificateCheck, PinVerdict } from '../world/eid';
import { isSimulatedService, type Audience, type DigitalKey, type Sector, type Service } from '../world/portal-catalog';

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

export type LoginEvent =
  | { type: 'OPEN_AUDIENCE'; audience: Audience }
  | { type: 'OPEN_SECTOR'; sector: Sector }
  | { type: 'OPEN_SERVICE'; service: Service }
  | { type: 'START_SERVICE' }
  | { type: 'CHOOSE_KEY'; key: DigitalKey }
  | { type: 'CONFIRM_EID'; cardPresent: boolean }
  | { type: 'SELECT_CERTIFICATE'; personId: string; check: CertificateCheck }
  | { type: 'SUBMIT_PIN'; verdict: PinVerdict; entityCount: number }
  /** `roles`: what the person may do at that enterprise in the service being opened (ChaMan and OCMW-configuratie open at once). */
  | { type: 'CHOOSE_ENTERPRISE'; kbo: string; roles: AppRole[] }
  | { type: 'START_APPLICATION'; roles: AppRole[] }
  | { type: 'CHOOSE_ROLE'; role: AppRole }
  | { type: 'NAVIGATE'; to: PortalPage }
  | { type: 'SEARCH'; query: string }
  | { type: 'OPEN_ALL_SERVICES' }
  | { type: 'CHOOSE_LOGIN_AUDIENCE'; audience: LoginAudience }
  | { type: 'OPEN_CSAM_MANAGERS' }
  | { type: 'RETRY' }
  | { type: 'CANCEL' }
  | { type: 'BACK' }
  | { type: 'LOGOUT' };

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

/** Browser Back/Forward on the public portal pages; valid while nobody is logged in. */
const navigate = [
  { guard: 'toHome', target: '#login.portal.home', actions: 'clearLogin' },
  { guard: 'toProfessionals', target: '#login.portal.professionals', actions: 'clearLogin' },
  { guard: 'toServices', target: '#login.portal.services', actions: 'clearLogin' },
  { guard: 'toService', target: '#login.portal.service', actions: ['clearLogin', 'rememberNavigatedService'] },
  { guard: 'toBusiness', target: '#login.portal.business', actions: 'clearLogin' },
  { guard: 'toBusinessServices', target: '#login.portal.businessServices', actions: 'clearLogin' },
  { guard: 'toChaman', target: '#login.portal.chamanPage', actions: ['clearLogin', 'rememberChaman'] },
  { guard: 'toCsamManagers', target: '#login.portal.csamManagers', actions: ['clearLogin', 'rememberToegangsbeheer'] },
] as const;

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
    startAtBusiness: ({ context }) => context.startPage === 'business',
    startAtBusinessServices: ({ context }) => context.startPage === 'businessServices',
    startAtChaman: ({ context }) => context.startPage === 'chaman',
    audienceIsBusiness: ({ event }) => event.type === 'OPEN_AUDIENCE' && event.audience === 'onderneming',
    serviceIsChaman: ({ event }) => event.type === 'OPEN_SERVICE' && event.service === 'chaman',
    forChaman: ({ context }) => context.service === 'chaman',
    loginAsProfessional: ({ event }) => event.type === 'CHOOSE_LOGIN_AUDIENCE' && event.audience === 'professional',
    chamanRole: ({ context, event }) => context.service === 'chaman' && event.type === 'CHOOSE_ENTERPRISE' && event.roles.includes('chaman'),
    toBusiness: ({ event }) => event.type === 'NAVIGATE' && event.to.page === 'business',
    toBusinessServices: ({ event }) => event.type === 'NAVIGATE' && event.to.page === 'businessServices',
    toChaman: ({ event }) => event.type === 'NAVIGATE' && event.to.page === 'chaman',
    toCsamManagers: ({ event }) => event.type === 'NAVIGATE' && event.to.page === 'csamManagers',
    startAtCsamManagers: ({ context }) => context.startPage === 'csamManagers',
    forToegangsbeheer: ({ context }) => context.service === 'toegangsbeheer',
    pinOkForToegangsbeheer: ({ context, event }) => context.service === 'toegangsbeheer' && event.type === 'SUBMIT_PIN' && event.verdict.kind === 'ok',
    // OCMW-configuratie always asks the role ("U kiest de rol "OCMW-configuratie" via het drop-downmenu", 004).
    ocmwConfigRole: ({ context, event }) => context.service === 'ocmwConfiguratie' && event.type === 'CHOOSE_ENTERPRISE' && event.roles.includes('ocmwConfiguratie'),
    /** ChaMan and OCMW-configuratie open without PrimaWeb's "Applicatie opstarten" page. */
    opensAtOnce: ({ context }) => context.service === 'chaman' || context.service === 'ocmwConfiguratie',
    choseOcmwConfig: ({ context, event }) => context.service === 'ocmwConfiguratie' && event.type === 'CHOOSE_ROLE' && event.role === 'ocmwConfiguratie',
    choseForPrimaweb: ({ context, event }) =>
      context.service === 'primaweb' && event.type === 'CHOOSE_ROLE' && (event.role === 'socialeAgent' || event.role === 'primawebBeheer'),
    startAtService: ({ context }) => context.startPage === 'service' && context.service !== null,
    startAtProfessionals: ({ context }) => context.startPage === 'professionals',
    startAtServices: ({ context }) => context.startPage === 'services',
    audienceIsProfessionals: ({ event }) => event.type === 'OPEN_AUDIENCE' && event.audience === 'professionals',
    sectorIsOcmw: ({ event }) => event.type === 'OPEN_SECTOR' && event.sector === 'ocmw',
    serviceIsSimulated: ({ context }) => context.service !== null && isSimulatedService(context.service),
    keyIsEid: ({ event }) => event.type === 'CHOOSE_KEY' && event.key === 'eid',
    cardPresent: ({ event }) => event.type === 'CONFIRM_EID' && event.cardPresent,
    certificateOk: ({ event }) => event.type === 'SELECT_CERTIFICATE' && event.check === 'ok',
    certificateBlocked: ({ event }) => event.type === 'SELECT_CERTIFICATE' && event.check === 'blocked',
    pinOkWithEntities: ({ event }) => event.type === 'SUBMIT_PIN' && event.verdict.kind === 'ok' && event.entityCount > 0,
    pinOkWithoutEntities: ({ event }) => event.type === 'SUBMIT_PIN' && event.verdict.kind === 'ok' && event.entityCount === 0,
    pinRefused: ({ event }) => event.type === 'SUBMIT_PIN' && (event.verdict.kind === 'wrong' || event.verdict.kind === 'format'),
    pinBlocked: ({ event }) => event.type === 'SUBMIT_PIN' && event.verdict.kind === 'blocked',
    severalRoles: ({ event }) => event.type === 'START_APPLICATION' && event.roles.length > 1,
    oneRole: ({ event }) => event.type === 'START_APPLICATION' && event.roles.length === 1,
    toHome: ({ event }) => event.type === 'NAVIGATE' && event.to.page === 'home',
    toProfessionals: ({ event }) => event.type === 'NAVIGATE' && event.to.page === 'professionals',
    toServices: ({ event }) => event.type === 'NAVIGATE' && event.to.page === 'services',
    toService: ({ event }) => event.type === 'NAVIGATE' && event.to.page === 'service',
  },
  actions: {
    clearLogin: assign(() => ({ ...EMPTY })),
    clearNotices: assign({ unavailable: null, certificateProblem: null, pinError: null }),
    markAudienceUnavailable: assign({
      unavailable: ({ event }) => (event.type === 'OPEN_AUDIENCE' ? { kind: 'audience' as const, audience: event.audience } : null),
    }),
    markSectorUnavailable: assign({
      unavailable: ({ event }) => (event.type === 'OPEN_SECTOR' ? { kind: 'sector' as const, sector: event.sector } : null),
    }),
    markServiceUnavailable: assign({
      unavailable: ({ context }) => (context.service ? { kind: 'service' as const, service: context.service } : null),
    }),
    markBusinessServiceUnavailable: assign({
      unavailable: ({ event }) => (event.type === 'OPEN_SERVICE' ? { kind: 'service' as const, service: event.service } : null),
    }),
    markLoginAudienceUnavailable: assign({
      unavailable: ({ event }) => (event.type === 'CHOOSE_LOGIN_AUDIENCE' ? { kind: 'loginAudience' as const, audience: event.audience } : null),
    }),
    rememberQuery: assign({ query: ({ event }) => (event.type === 'SEARCH' ? event.query.trim() : '') }),
    rememberChaman: assign({ service: 'chaman' as const }),
    rememberToegangsbeheer: assign({ service: 'toegangsbeheer' as const }),
    markKeyUnavailable: assign({
      unavailable: ({ event }) => (event.type === 'CHOOSE_KEY' ? { kind: 'key' as const, key: event.key } : null),
    }),
    rememberService: assign({ service: ({ event, context }) => (event.type === 'OPEN_SERVICE' ? event.service : context.service) }),
    rememberNavigatedService: assign({
      service: ({ event, context }) => (event.type === 'NAVIGATE' && event.to.page === 'service' ? event.to.service : context.service),
    }),
    rememberPerson: assign({ personId: ({ event, context }) => (event.type === 'SELECT_CERTIFICATE' ? event.personId : context.personId) }),
    rememberCertificateProblem: assign({
      certificateProblem: ({ event }) =>
        event.type === 'SELECT_CERTIFICATE' && (event.check === 'noCard' || event.check === 'otherCard') ? event.check : null,
    }),
    rememberPinError: assign({
      pinError: ({ event }) => {
        if (event.type !== 'SUBMIT_PIN') return null;
        const v = event.verdict;
        return v.kind === 'wrong' ? { kind: 'wrong' as const, triesLeft: v.triesLeft } : v.kind === 'format' ? { kind: 'format' as const, error: v.error } : null;
      },
    }),
    rememberEnterprise: assign({ kbo: ({ event, context }) => (event.type === 'CHOOSE_ENTERPRISE' ? event.kbo : context.kbo) }),
    rememberChamanRole: assign({ role: 'chaman' as const }),
    rememberOnlyRole: assign({ role: ({ event, context }) => (event.type === 'START_APPLICATION' ? (event.roles[0] ?? null) : context.role) }),
    rememberRole: assign({ role: ({ event, context }) => (event.type === 'CHOOSE_ROLE' ? event.role : context.role) }),
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
        { guard: 'startAtBusiness', target: 'portal.business' },
        { guard: 'startAtBusinessServices', target: 'portal.businessServices' },
        { guard: 'startAtChaman', target: 'portal.chamanPage' },
        { guard: 'startAtCsamManagers', target: 'portal.csamManagers' },
        { guard: 'startAtService', target: 'portal.service' },
        { guard: 'startAtProfessionals', target: 'portal.professionals' },
        { guard: 'startAtServices', target: 'portal.services' },
        { target: 'portal.home' },
      ],
    },
    portal: {
      initial: 'home',
      on: { NAVIGATE: [...navigate] },
      states: {
        home: {
          on: {
            OPEN_AUDIENCE: [
              { guard: 'audienceIsProfessionals', target: 'professionals', actions: 'clearNotices' },
              { guard: 'audienceIsBusiness', target: 'business', actions: 'clearNotices' },
              { actions: 'markAudienceUnavailable' },
            ],
          },
        },
        // "Onderneming": the search bar ("Go!") and "Naar alle onlinediensten".
        business: {
          on: {
            SEARCH: { target: 'businessServices', actions: ['clearNotices', 'rememberQuery'] },
            OPEN_ALL_SERVICES: { target: 'businessServices', actions: ['clearNotices', 'rememberQuery'] },
            BACK: { target: 'home', actions: 'clearNotices' },
          },
        },
        businessServices: {
          on: {
            OPEN_SERVICE: [
              { guard: 'serviceIsChaman', target: 'chamanPage', actions: ['clearNotices', 'rememberService'] },
              { actions: 'markBusinessServiceUnavailable' },
            ],
            BACK: { target: 'business', actions: 'clearNotices' },
          },
        },
        // "Chaman: beheer van technische kanalen", with "Beheer uw technische kanalen".
        chamanPage: {
          on: {
            START_SERVICE: { target: 'loginAudience', actions: 'clearNotices' },
            BACK: { target: 'businessServices', actions: 'clearNotices' },
          },
        },
        // "In welke doelpubliek wilt u zich aanmelden?": Burger, Onderneming, Professional.
        loginAudience: {
          on: {
            CHOOSE_LOGIN_AUDIENCE: [{ guard: 'loginAsProfessional', target: '#login.csam' }, { actions: 'markLoginAudienceUnavailable' }],
            BACK: { target: 'chamanPage', actions: 'clearNotices' },
          },
        },
        professionals: {
          on: {
            OPEN_SECTOR: [{ guard: 'sectorIsOcmw', target: 'services', actions: 'clearNotices' }, { actions: 'markSectorUnavailable' }],
            BACK: { target: 'home', actions: 'clearNotices' },
          },
        },
        services: {
          on: {
            OPEN_SERVICE: { target: 'service', actions: ['clearNotices', 'rememberService'] },
            BACK: { target: 'professionals', actions: 'clearNotices' },
          },
        },
        service: {
          on: {
            START_SERVICE: [{ guard: 'serviceIsSimulated', target: '#login.csam' }, { actions: 'markServiceUnavailable' }],
            OPEN_CSAM_MANAGERS: { guard: 'forToegangsbeheer', target: 'csamManagers', actions: 'clearNotices' },
            BACK: { target: 'services', actions: 'clearNotices' },
          },
        },
        // csam.be "Beheer van de toegangsbeheerders": "Toegangen beheren" → "Toegangsbeheer" under "Sociale Zekerheid" (004).
        csamManagers: {
          on: {
            START_SERVICE: { target: '#login.csam', actions: 'clearNotices' },
            BACK: { target: 'service', actions: 'clearNotices' },
          },
        },
      },
    },
    // "Aanmelden bij de online overheid" and the eID dialogs of the browser.
    csam: {
      initial: 'keys',
      entry: 'clearNotices',
      on: { NAVIGATE: [...navigate] },
      states: {
        keys: {
          on: {
            CHOOSE_KEY: [{ guard: 'keyIsEid', target: 'eidConfirm', actions: 'clearNotices' }, { actions: 'markKeyUnavailable' }],
            CANCEL: [
              { guard: 'forChaman', target: '#login.portal.chamanPage', actions: 'clearNotices' },
              { target: '#login.portal.service', actions: 'clearNotices' },
            ],
          },
        },
        eidConfirm: {
          on: {
            CONFIRM_EID: [{ guard: 'cardPresent', target: 'certificate' }, { target: 'noCard' }],
            CANCEL: 'keys',
          },
        },
        noCard: {
          on: { RETRY: 'eidConfirm', CANCEL: 'keys' },
        },
        certificate: {
          on: {
            SELECT_CERTIFICATE: [
              { guard: 'certificateOk', target: 'pin', actions: ['clearNotices', 'rememberPerson'] },
              { guard: 'certificateBlocked', target: 'blocked', actions: 'rememberPerson' },
              { actions: 'rememberCertificateProblem' },
            ],
            CANCEL: { target: 'keys', actions: 'clearNotices' },
          },
        },
        pin: {
          on: {
            SUBMIT_PIN: [
              // Toegangsbeheer chooses the enterprise on its own home page.
              { guard: 'pinOkForToegangsbeheer', target: '#login.toegangsbeheer', actions: 'clearNotices' },
              { guard: 'pinOkWithEntities', target: '#login.enterprise', actions: 'clearNotices' },
              { guard: 'pinOkWithoutEntities', target: '#login.noEntity', actions: 'clearNotices' },
              { guard: 'pinRefused', actions: 'rememberPinError' },
              { guard: 'pinBlocked', target: 'blocked', actions: 'clearNotices' },
              // The card left the reader while the PIN dialog was open.
              { target: 'noCard', actions: 'clearNotices' },
            ],
            CANCEL: { target: 'keys', actions: 'clearNotices' },
          },
        },
        blocked: {
          on: { RETRY: 'certificate', CANCEL: 'keys' },
        },
      },
    },
    // "De onderneming selecteren waarvoor u zich wil aanmelden op het portaal van de sociale zekerheid"
    enterprise: {
      on: {
        CHOOSE_ENTERPRISE: [
          // 004: "U komt nu op de pagina 'ChaMan - Beheer van technische kanalen'".
          { guard: 'chamanRole', target: 'chaman', actions: ['rememberEnterprise', 'rememberChamanRole'] },
          // 004: from the login straight to "U kiest de rol 'OCMW-configuratie' via het drop-downmenu".
          { guard: 'ocmwConfigRole', target: 'roleChoice', actions: 'rememberEnterprise' },
          { guard: 'opensAtOnce', target: 'noAccess', actions: 'rememberEnterprise' },
          { target: 'confirmed', actions: 'rememberEnterprise' },
        ],
        LOGOUT: { target: 'portal.home', actions: 'clearLogin' },
      },
    },
    noEntity: {
      on: { LOGOUT: { target: 'portal.home', actions: 'clearLogin' } },
    },
    // PrimaWeb's "U bent aangemeld als OCMW van Herstappe" with "Applicatie opstarten" (001).
    confirmed: {
      on: {
        START_APPLICATION: [
          { guard: 'severalRoles', target: 'roleChoice' },
          { guard: 'oneRole', target: 'primaweb', actions: 'rememberOnlyRole' },
          { target: 'noAccess' },
        ],
        BACK: 'enterprise',
        LOGOUT: { target: 'portal.home', actions: 'clearLogin' },
      },
    },
    roleChoice: {
      on: {
        CHOOSE_ROLE: [
          { guard: 'choseOcmwConfig', target: 'ocmwConfig', actions: 'rememberRole' },
          { guard: 'choseForPrimaweb', target: 'primaweb', actions: 'rememberRole' },
        ],
        LOGOUT: { target: 'portal.home', actions: 'clearLogin' },
      },
    },
    noAccess: {
      on: { LOGOUT: { target: 'portal.home', actions: 'clearLogin' } },
    },
    primaweb: {
      on: { LOGOUT: { target: 'portal.home', actions: 'clearLogin' } },
    },
    toegangsbeheer: {
      on: { LOGOUT: { target: 'portal.home', actions: 'clearLogin' } },
    },
    ocmwConfig: {
      on: { LOGOUT: { target: 'portal.home', actions: 'clearLogin' } },
    },
    chaman: {
      on: { LOGOUT: { target: 'portal.home', actions: 'clearLogin' } },
    },
  },
});
