/**
 * OCMW-configuratie's screens: the four pages of its menu. A page with changes that were not
 * saved warns before it is left, because "Anders worden uw gegevens niet opgeslagen" (004): the
 * learner either leaves (the changes are dropped) or stays. The events are the learner's intents;
 * whether a save was accepted is decided by the world (ocmw-config.ts) and arrives as the save's
 * `ok`, a refusal with the world's errors. The machine knows the flow, which page's "Bewaren" each
 * save is, and the errors of the page's refused saves, for the messages at the fields.
 */
import { assign, setup } from 'xstate';
import type { ContactDetails, TechnicalProviders } from '../domain/ocmw-config';
import type { NotificationSettings, ReminderSettings } from '../domain/ocmw-online';
import type { saveContact, saveMutations, saveNotifications, saveProviders, saveReminders } from '../world/ocmw-config';
import type { RefusalOf, Verdict, WithFacts } from './events';

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
export const OC_SAVES = {
  mutaties: ['oc.saveMutations'],
  providers: ['oc.saveProviders'],
  contact: ['oc.saveContact'],
  online: ['oc.saveNotifications', 'oc.saveReminders'],
} as const satisfies Record<OcPage, readonly OcIntent['type'][]>;
export type OcSave = (typeof OC_SAVES)[OcPage][number];

/** The world's errors, field by field, when it refuses each save. */
export interface OcSaveErrors {
  'oc.saveMutations': RefusalOf<typeof saveMutations>;
  'oc.saveProviders': RefusalOf<typeof saveProviders>;
  'oc.saveContact': RefusalOf<typeof saveContact>;
  'oc.saveNotifications': RefusalOf<typeof saveNotifications>;
  'oc.saveReminders': RefusalOf<typeof saveReminders>;
}
/** The errors of the page's refused saves, by save: "OCMW Online" has two forms, each keeps its own. */
export type OcErrors = { [S in OcSave]?: OcSaveErrors[S] };

/** What the world decides: whether a save was accepted, and if not, why. */
export type OcFacts = { [S in OcSave]: Verdict<OcSaveErrors[S]> };
export type OcEvent = WithFacts<OcIntent, OcFacts>;

export interface OcContext {
  pending: OcDestination | null;
  /** The last save on this page: accepted, or refused with messages at the fields. Editing clears it. */
  saved: 'ok' | 'refused' | null;
  /**
   * The world's errors of the page's refused saves, shown at the fields until the form is saved
   * again (editing keeps them, as the learner corrects); leaving the page clears them.
   */
  errors: OcErrors | null;
}

/** The errors of a form replaced by those of its last save (none when it was accepted). */
function withErrors(errors: OcErrors | null, save: OcSave, refusal: object | null): OcErrors | null {
  const next: Record<string, object> = Object.fromEntries(Object.entries(errors ?? {}).filter(([s]) => s !== save));
  if (refusal) next[save] = refusal;
  return Object.keys(next).length > 0 ? (next as OcErrors) : null;
}

/** The page's own saves, each with `transition` (an accepted and a refused branch); another page's save is not offered. */
function saves<T>(name: OcPage, transition: T): Partial<Record<OcSave, T>> {
  return Object.fromEntries(OC_SAVES[name].map((type) => [type, transition]));
}

function page(name: OcPage) {
  const open = OC_PAGES.map((p) => ({ guard: { type: 'opens', params: { page: p } } as const, target: `#oc.${p}`, actions: 'clear' as const }));
  return {
    initial: 'clean',
    states: {
      clean: {
        on: {
          'oc.open': open,
          'oc.edit': { target: 'dirty', actions: 'edited' as const },
          ...saves(name, [{ guard: 'ok' as const, actions: 'markSaved' as const }, { actions: 'markRefused' as const }]),
        },
      },
      dirty: {
        on: {
          'oc.open': { target: 'leaving', actions: 'rememberDestination' as const },
          'oc.edit': { actions: 'edited' as const },
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
    clear: assign({ pending: null, saved: null, errors: null }),
    edited: assign({ saved: null }),
    markSaved: assign({ saved: 'ok' as const, errors: ({ context, event }) => withErrors(context.errors, event.type as OcSave, null) }),
    markRefused: assign({
      saved: 'refused' as const,
      errors: ({ context, event }) => withErrors(context.errors, event.type as OcSave, 'errors' in event ? event.errors : null),
    }),
    rememberDestination: assign({ pending: ({ event }) => (event.type === 'oc.open' ? event.to : null) }),
    forgetDestination: assign({ pending: null }),
  },
}).createMachine({
  id: 'oc',
  context: { pending: null, saved: null, errors: null },
  initial: 'mutaties',
  states: {
    mutaties: page('mutaties'),
    providers: page('providers'),
    contact: page('contact'),
    online: page('online'),
  },
});
