/**
 * For dialogs: remembers what had the focus when the dialog opened and gives it back when the
 * dialog closes, so keyboard users continue where they were.
 */
export function returnFocusOnClose(): () => void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return () => {
    if (opener?.isConnected) queueMicrotask(() => opener.focus());
  };
}
