import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { translator, type Translate } from '../i18n/strings.js';
import { defaults } from '../manifest/defaults.js';
import type { Emergency, Text } from '../manifest/schema.js';
import { emergencyFor } from '../manifest/select.js';
import { inDocumentOrder } from './document-order.js';

/** An element that may draw the "In immediate danger" line. */
export interface EmergencyHost extends ReactiveControllerHost, Element {
  /** A modal dialog hides the rest of the page: its line is drawn whatever the others show. */
  readonly drawsOwnEmergency: boolean;
}

/** The lines on the page, by element: of those showing the same numbers, the first in document order draws. */
const lines = new Set<EmergencyLine>();

/**
 * One "In immediate danger" line per page for the same numbers: a page with warning-signs and hotline-list shows
 * it once, at the first; when that element leaves, the next one draws it. (report-help draws its own: a person deep
 * in a plan needs it on every step.)
 */
export class EmergencyLine implements ReactiveController {
  readonly host: EmergencyHost;
  /** The numbers this element last showed, to find the others showing the same. */
  #key: string | undefined;
  /** The line shown once the panel showed its help, by region: a manifest that arrives later cannot change it. */
  readonly #shown = new Map<string, Emergency | undefined>();

  constructor(host: EmergencyHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    lines.add(this);
    this.#others();
  }

  hostDisconnected(): void {
    lines.delete(this);
    this.#key = undefined;
    this.#shown.clear();
    this.#others();
  }

  /**
   * The entry to show for a region: while the panel is still loading, the data's; from when it shows its help,
   * the one it showed then, so a site's manifest that arrives late (after the grace) never changes the line
   * under the reader's eyes ("Call your local emergency number" stays; it never turns into other numbers).
   */
  steady(region: string, all: readonly Emergency[], loading: boolean): Emergency | undefined {
    const entry = emergencyFor(all, region);
    if (loading) return entry;
    if (!this.#shown.has(region)) this.#shown.set(region, entry);
    return this.#shown.get(region);
  }

  /** Whether this element draws the line for these numbers (a key such as "911", or "" for none known). */
  leads(key: string): boolean {
    if (this.#key !== key) {
      this.#key = key;
      queueMicrotask(() => this.#others());
    }
    if (this.host.drawsOwnEmergency) return true;
    const first = [...lines]
      .filter((line) => !line.host.drawsOwnEmergency && line.#key === key)
      .sort((a, b) => inDocumentOrder(a.host, b.host))[0];
    return first === undefined || first === this;
  }

  /** The others may now lead, or no longer: they look again. */
  #others(): void {
    for (const line of lines) if (line !== this) line.host.requestUpdate();
  }
}

/** The words of the line, and their language where it is not the panel's (see `lineWords`). */
export interface LineWords {
  t: Translate;
  lang: string | undefined;
}

/**
 * The line's words in `locale`: the elements' own, which a site's `strings` cannot set (trust.ts), so a manifest
 * never makes "Call" say "Do not call". `lang`: "en" where the elements do not carry the language (the line then
 * shows its English words, marked so).
 */
export function lineWords(locale: string): LineWords {
  const t = translator(locale, {}, defaults.strings);
  return { t, lang: t.langOf('emergency.lead') };
}

/** "In immediate danger? Call 911", each number a call link, with the country's note; or a plain line. */
export function renderEmergencyLine(
  entry: Emergency | undefined,
  { t, lang }: LineWords,
  text: (value: Text) => string,
) {
  if (!entry)
    return html`<p part="emergency" class="emergency" lang=${ifDefined(lang)}>
      ${t('emergency.none')}
    </p>`;
  // No number could be confirmed for the country: its note says so, in place of a number to call.
  if (!entry.numbers.length)
    return html`<p part="emergency" class="emergency">
      ${entry.note ? text(entry.note) : html`<span lang=${ifDefined(lang)}>${t('emergency.none')}</span>`}
    </p>`;
  return html`<p part="emergency" class="emergency" lang=${ifDefined(lang)}>
    ${t('emergency.lead')}
    ${entry.numbers.map(
      (number, index) =>
        // A string, not a template: the build's template minifier would drop the spaces around "or".
        html`${index > 0 ? ` ${t('emergency.or')} ` : nothing}<a href="tel:${number}"
            >${number}</a
          >`,
    )}
    ${entry.note ? html`<span class="emergency-note">${text(entry.note)}</span>` : nothing}
  </p>`;
}
