/**
 * True when no modal dialog of a view (move a card, link a source) is open. Such a dialog owns the
 * keyboard while it is open, so the desk's shortcuts and commands wait for it to close.
 */
export function noModalOpen(): boolean {
  return document.querySelector('dialog[open]') === null;
}
