/**
 * A Svelte action that makes the dialog inside `node` modal (WAI-ARIA APG "Dialog (Modal)"): the
 * dialog gets `aria-modal="true"`, Tab and Shift+Tab cycle through its controls and never leave it
 * for the page behind or the simulator's panels, and Escape closes it wherever the focus is while it
 * is open. Returning the focus to the opener is the dialog's own job (`returnFocusOnClose`).
 */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface ModalOptions {
  onescape: () => void;
}

export function modal(node: HTMLElement, options: ModalOptions) {
  let current = options;
  const dialog = (): HTMLElement => node.querySelector<HTMLElement>('[role=dialog], [role=alertdialog]') ?? node;
  dialog().setAttribute('aria-modal', 'true');
  const focusables = () => [...dialog().querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);

  // Another dialog opened over this one (the simulator's own confirmations) keeps its keys.
  const inOtherDialog = () => {
    const other = document.activeElement?.closest('dialog, [role=dialog], [role=alertdialog]');
    return !!other && other !== dialog();
  };
  function onKeydown(e: KeyboardEvent) {
    if ((e.key !== 'Escape' && e.key !== 'Tab') || inOtherDialog()) return;
    if (e.key === 'Escape') {
      // Handled here once, before the dialog's own handler, so it closes from anywhere exactly once.
      e.preventDefault();
      e.stopPropagation();
      current.onescape();
      return;
    }
    const box = dialog();
    const items = focusables();
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      e.preventDefault();
      box.focus();
      return;
    }
    const active = document.activeElement;
    const inside = active instanceof HTMLElement && box.contains(active) && active !== box;
    if (e.shiftKey && (!inside || active === first)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (!inside || active === last)) {
      e.preventDefault();
      first.focus();
    }
  }
  document.addEventListener('keydown', onKeydown, true);
  return {
    update(next: ModalOptions) {
      current = next;
    },
    destroy() {
      document.removeEventListener('keydown', onKeydown, true);
    },
  };
}
