/**
 * OCMW-configuratie's screens: the four pages of its menu. A page with changes that were not
 * saved warns before it is left, because "Anders worden uw gegevens niet opgeslagen" (004): the
 * learner either leaves (the changes are dropped) or stays. Whether a save was accepted is decided
 * by the world (ocmw-config.ts) and arrives in the event; the machine only knows the flow.
 */
import { assign, setup } from 'xstate';

export const OC_PAGES = ['mutaties', 'providers', 'contact', 'online'] as const;
export type OcPage = (typeof OC_PAGES)[number];
/** Where the learner wants to go: a page of the menu, or out ("Afmelden"). */
export type OcDestination = OcPage | 'logout';

export interface OcContext {
  pending: OcDestination | null;
  /** The last save on this page: accepted, or refused with messages at the fields. */
  saved: 'ok' | 'refused' | null;
}

export type OcEvent =
  | { type: 'OPEN'; to: OcDestination }
  | { type: 'EDIT' }
  | { type: 'SAVED' }
  | { type: 'SAVE_REFUSED' }
  | { type: 'DISCARD' }
  | { type: 'STAY' };

function page(name: OcPage) {
  const open = OC_PAGES.map((p) => ({ guard: { type: 'opens', params: { page: p } } as const, target: `#oc.${p}`, actions: 'clear' as const }));
  return {
    initial: 'clean',
    states: {
      clean: {
        on: {
          OPEN: open,
          EDIT: { target: 'dirty', actions: 'clear' as const },
          SAVED: { actions: 'markSaved' as const },
          SAVE_REFUSED: { actions: 'markRefused' as const },
        },
      },
      dirty: {
        on: {
          OPEN: { target: 'leaving', actions: 'rememberDestination' as const },
          EDIT: { actions: 'clear' as const },
          SAVED: { target: 'clean', actions: 'markSaved' as const },
          SAVE_REFUSED: { actions: 'markRefused' as const },
        },
      },
      // "U heeft wijzigingen die niet bewaard zijn": leave without saving, or stay.
      leaving: {
        on: {
          DISCARD: [
            ...OC_PAGES.map((p) => ({ guard: { type: 'pendingIs', params: { page: p } } as const, target: `#oc.${p}`, actions: 'clear' as const })),
            // Leaving the application: the page is clean again, the logout follows.
            { target: `#oc.${name}.clean`, actions: 'clear' as const },
          ],
          STAY: { target: 'dirty', actions: 'forgetDestination' as const },
        },
      },
    },
  };
}

export const ocmwConfigMachine = setup({
  types: { context: {} as OcContext, events: {} as OcEvent },
  guards: {
    opens: ({ event }, params: { page: OcPage }) => event.type === 'OPEN' && event.to === params.page,
    pendingIs: ({ context }, params: { page: OcPage }) => context.pending === params.page,
  },
  actions: {
    clear: assign({ pending: null, saved: null }),
    markSaved: assign({ saved: 'ok' as const }),
    markRefused: assign({ saved: 'refused' as const }),
    rememberDestination: assign({ pending: ({ event }) => (event.type === 'OPEN' ? event.to : null) }),
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
