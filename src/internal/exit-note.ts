import { html, type TemplateResult } from 'lit';

/**
 * The note above a panel that offers the quick exit: Shift three times (hidden on a touch screen without a
 * keyboard, see the panel styles), and that leaving does not clear the browser history.
 */
export function renderExitNote(shift: string, note: string): TemplateResult {
  return html`<p part="exit-note" class="exit-note">
    <span class="exit-shift">${shift}</span> ${note}
  </p>`;
}
