/**
 * OCMW-configuratie's screens: the four pages of its menu. A page with changes that were not
 * saved warns before it is left, because "Anders worden uw gegevens niet opgeslagen" (004): the
 * learner either leaves (the changes are dropped) or stays. The events are the learner's intents;
 * whether a save was accepted is decided by the world (ocmw-config.ts) and arrives as the save's
 * `ok`. The machine knows the flow, and which page's "Bewaren" each save is.
 */
import { assign, setup } from 'xstate';
import type { ContactDetails, TechnicalProviders } from '../domain/ocmw-config';
import type { NotificationSettings, ReminderSettings } from '../domain/ocmw-online';
import type { WithFacts } from './events';

export const OC_PAGES = ['mutaties', 'providers', 'contact', 'online'] as const;
export type OcPage = (typeof OC_PAGES)[number];
/** Where the learner wants to go: a page of the menu, or out ("Afmelden"). */
export type OcDestination = OcPage | 'logout';

/** OCMW-configuratie's intents ('oc.*'): menu, edits, the leave warning and the saves. */
export type OcIntent =
  | { type: 'oc.open'; to: OcDestination }
  | { type: 'oc.edit' }
  | { type: 'oc.discard' }
  | { type: 'oc.stay' }
  | { type: 'oc.saveMutations'; codes: string[] }
  | { type: 'oc.saveProviders'; providers: TechnicalProviders }
  | { type: 'oc.saveContact'; contact: ContactDetails }
  | { type: 'oc.saveNotifications'; settings: NotificationSettings }
  | { type: 'oc.saveReminders'; settings: ReminderSettings };

/** The "Bewaren" of each page. */
const SAVES = {
  mutaties: ['oc.saveMutations'],
  providers: ['oc.saveProviders'],
  contact: ['oc.saveContact'],
  online: ['oc.saveNotifications', 'oc.saveReminders'],
} as const satisfies Record<OcPage, readonly OcIntent['type'][]>;
type OcSave = (typeof SAVES)[OcPage][number];

/** What the world decides: whether a save was accepted. */
export type OcFacts = Record<OcSave, { ok: boolean }>;
export type OcEvent = WithFacts<OcIntent, OcFacts>;

export interface OcContext {
  pending: OcDestination | null;
  /** The last save on this page: accepted, or refused with messages at the fields. */
  saved: 'ok' | 'refused' | null;
}

/** The page's own saves, each with `transition` (an accepted and a refused branch); another page's save is not offered. */
function saves<T>(name: OcPage, transition: T): Partial<Record<OcSave, T>> {
  return Object.fromEntries(SAVES[name].map((type) => [type, transition]));
}

function page(name: OcPage) {
  const open = OC_PAGES.map((p) => ({ guard: { type: 'opens', params: { page: p } } as const, target: `#oc.${p}`, actions: 'clear' as const }));
  return {
    initial: 'clean',
    states: {
      clean: {
        on: {
          'oc.open': open,
          'oc.edit': { target: 'dirty', actions: 'clear' as const },
          ...saves(name, [{ guard: 'ok' as const, actions: 'markSaved' as const }, { actions: 'markRefused' as const }]),
        },
      },
      dirty: {
        on: {
          'oc.open': { target: 'leaving', actions: 'rememberDestination' as const },
          'oc.edit': { actions: 'clear' as const },
          ...saves(name, [{ guard: 'ok' as const, target: 'clean', actions: 'markSaved' as const }, { actions: 'markRefused' as const }]),
        },
      },
      // "U heeft wijzigingen die niet bewaard zijn": leave without saving, or stay. No save here.
      leaving: {
        on: {
          'oc.discard': [
            ...OC_PAGES.map((p) => ({ guard: { type: 'pendingIs', params: { page: p } } as const, target: `#oc.${p}`, actions: 'clear' as const })),
            // Leaving the application: the page is clean again, the logout follows.
            { target: `#oc.${name}.clean`, actions: 'clear' as const },
          ],
          'oc.stay': { target: 'dirty', actions: 'forgetDestination' as const },
        },
      },
    },
  };
}

export const ocmwConfigMachine = setup({
  types: { context: {} as OcContext, events: {} as OcEvent },
  guards: {
    opens: ({ event }, params: { page: OcPage }) => event.type === 'oc.open' && event.to === params.page,
    pendingIs: ({ context }, params: { page: OcPage }) => context.pending === params.page,
    ok: ({ event }) => 'ok' in event && event.ok,
  },
  actions: {
    clear: assign({ pending: null, saved: null }),
    markSaved: assign({ saved: 'ok' as const }),
    markRefused: assign({ saved: 'refused' as const }),
    rememberDestination: assign({ pending: ({ event }) => (event.type === 'oc.open' ? event.to : null) }),
    forgetDestination: assign({ pending: null }),
  },
}).createMachine({
  id: 'oc',
  context: { pending: null, saved: null },
  initial: 'mutaties',
  states: {
    mutaties: page('mutaties'),
    providers: page('providers'),
    contact: page('contact'),
    online: page('online'),
  },
});
