/**
 * The simulator bar's tool panels (card reader, date, vendor, the trainer's data) and the key of
 * the presentation layout: what the components decide, kept out of the .svelte files.
 */

export const TOOL_PANELS = ['cards', 'date', 'vendor', 'data'] as const;
export type ToolPanelId = (typeof TOOL_PANELS)[number];

export const panelId = (tool: ToolPanelId) => `tool-${tool}`;
export const buttonId = (tool: ToolPanelId) => `tool-${tool}-button`;

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

const firstControl = (panel: HTMLElement) => [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].find((el) => !el.closest('[hidden]'));

/**
 * Moves the focus into a panel just opened: its first control, or the panel itself. Its contents
 * may arrive a few frames later (they load on demand): wait for them a little.
 */
export function focusInto(panel: HTMLElement | null, framesLeft = 20): void {
  if (!panel) return;
  const first = firstControl(panel);
  if (first) first.focus();
  else if (framesLeft > 0 && typeof requestAnimationFrame === 'function') requestAnimationFrame(() => focusInto(panel, framesLeft - 1));
  else panel.focus();
}

/** What the presentation key needs to know of a key press. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** The element the key went to. */
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'tel', 'url', 'password', 'number', 'date']);

/** A key typed into a field is text, never a shortcut. */
export function inTextField(target: KeyPress['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/**
 * "P" toggles the presentation layout, in trainer mode only: WCAG 2.1.4 wants a one-character
 * shortcut that can be turned off, and trainer mode off turns it off. Never in a text field, never
 * with Ctrl, Alt or Cmd (the browser's own shortcuts).
 */
export function isPresentationKey(press: KeyPress, trainer: boolean): boolean {
  if (!trainer || press.ctrlKey || press.altKey || press.metaKey) return false;
  if (press.key !== 'p' && press.key !== 'P') return false;
  return !inTextField(press.target);
}
