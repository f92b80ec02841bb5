import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { directionOf } from '../i18n/direction.js';
import type { Translate } from '../i18n/strings.js';

/**
 * The note above a panel that offers the quick exit: Shift three times (hidden on a touch screen without a
 * keyboard, see the panel styles, and where scripts cannot run), and that leaving does not clear the browser history.
 */
function renderExitNote(shift: string, note: string, lang: string | undefined): TemplateResult {
  return html`<p part="exit-note" class="exit-note" lang=${ifDefined(lang)}>
    <span class="exit-shift script-only">${shift}</span> ${note}
  </p>`;
}

/** What the panel around every element's content is drawn from. */
export interface FrameView {
  heading: string;
  /** The element's own content, drawn only once there is data to draw it from. */
  content: () => unknown;
  /** False inside a dialog labelled by the same heading: a region of the same name would be said twice. */
  landmark?: boolean | undefined;
  uid: string;
  t: Translate;
  locale: string;
  level: number;
  /** The panel keeps room at its top for the page's exit control. */
  roomForExit: boolean;
  offersExit: boolean;
  /** Drawn for a page without scripts (see prerender.ts): the exit is a plain link to here, at the top. */
  exitLink: string | undefined;
  loading: boolean;
  emergency: unknown;
  notice: unknown;
  /** What the polite live region says. */
  announcement: string;
}

/**
 * The panel every element draws: a labelled section with the heading at the host's level, the region's
 * emergency number, the notice that the site's manifest failed (if it did), the element's own content, and
 * the polite live region. With the quick exit, the note that it does not clear history comes first, and the
 * panel keeps room at its top for the page's exit control (or, without scripts, the exit link).
 */
export function renderFrame(view: FrameView): TemplateResult {
  const t = view.t;
  return html`<section
    part="panel"
    class="panel ${view.roomForExit ? 'with-exit' : ''}"
    aria-labelledby=${view.landmark === false ? nothing : `${view.uid}-heading`}
    lang=${view.locale}
    dir=${directionOf(view.locale)}
  >
    ${
      view.exitLink === undefined
        ? nothing
        : html`<p class="no-script exit-link" lang=${ifDefined(t.langOf('exit.button'))}>
            <a class="button primary" href=${view.exitLink} rel="noreferrer">${t('exit.button')}</a>
          </p>`
    }
    ${
      view.offersExit
        ? renderExitNote(t('exit.shift'), t('exit.note'), t.langOf('exit.note'))
        : nothing
    }
    <div
      role="heading"
      aria-level=${view.level}
      id="${view.uid}-heading"
      part="heading"
      class="heading"
      tabindex="-1"
    >
      ${view.heading}
    </div>
    ${view.emergency} ${view.notice}
    ${view.loading ? html`<p class="loading">${t('loading')}</p>` : view.content()}
    <p class="visually-hidden" role="status">${view.announcement}</p>
  </section>`;
}
