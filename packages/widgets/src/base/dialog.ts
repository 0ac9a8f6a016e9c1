/** The element that has focus, looking inside shadow roots (document.activeElement stops at hosts). */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Opens a native modal `<dialog>` (focus trap, Esc and the top layer come from the browser) and
 * returns focus to what had it when the dialog closes. When that is gone (re-rendered) or was
 * the page itself (a deep link opened the dialog), `fallback` is asked at close time.
 *
 * A dialog no longer in the document is left closed (`showModal` would throw): a widget may
 * render once more after it was removed, e.g. when a lazy part it waited for arrives.
 */
export function openDialog(
  dialog: HTMLDialogElement,
  fallback?: () => HTMLElement | null | undefined,
): void {
  if (!dialog.isConnected || dialog.open) return;
  const opener = deepActiveElement();
  const restore = () => {
    const target = opener?.isConnected && opener !== document.body ? opener : fallback?.();
    target?.focus();
  };
  dialog.addEventListener('close', restore, { once: true });
  dialog.showModal();
}
