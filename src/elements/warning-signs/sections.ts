import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/strings.js';
import { markedText } from '../../internal/other-language.js';
import { renderResourceCard, type CardContext } from '../../internal/resource-card.js';
import type { Manifest, Resource, SignGroup, Text } from '../../manifest/schema.js';

/** Who reads the signs: an adult who notices, or a young person in the chat. */
export type Reader = 'adult' | 'young';

/** What every section of `<warning-signs>` is drawn from. */
export interface SignsView {
  t: Translate;
  text: (value: Text | undefined) => string;
  /** The manifest, whose first locale a text without the reader's language falls back to. */
  data: Manifest;
  /** The panel heading's level. */
  level: number;
  reader: Reader;
  checklist: boolean;
  compact: boolean;
  ticked: ReadonlySet<string>;
  onTick: (id: string, on: boolean) => void;
}

/** The way into a plan: a button that opens the page's `<report-help>`, else a link to `report-href`, else nothing. */
export interface PlanAction {
  label: string;
  situation: string | undefined;
  primary: boolean;
  /** Opens the page's `<report-help>`; undefined when the page has none. */
  open: ((situation: string | undefined) => void) | undefined;
  /** `report-href` once checked. */
  href: string | undefined;
}

export function renderPlanAction(action: PlanAction): TemplateResult | typeof nothing {
  const kind = action.primary ? 'primary' : '';
  const open = action.open;
  if (open) {
    return html`<p>
      <button
        type="button"
        class="button ${kind}"
        data-situation=${action.situation ?? ''}
        @click=${() => open(action.situation)}
      >
        ${action.label}
      </button>
    </p>`;
  }
  if (!action.href) return nothing;
  return html`<p><a class="button ${kind}" href=${action.href}>${action.label}</a></p>`;
}

/**
 * For a young person, before the red flags: what to do at once if someone is threatening them now (the
 * sextortion plan's urgent lines), and the way into that plan.
 */
export function renderUrgent(
  view: SignsView,
  urgent: readonly Text[] | undefined,
  action: PlanAction,
): TemplateResult | typeof nothing {
  if (!urgent?.length) return nothing;
  return html`<div part="urgent" class="urgent">
    <div role="heading" aria-level=${Math.min(6, view.level + 1)} class="urgent-heading">
      ${view.t('signs.urgent.heading')}
    </div>
    <ul>
      ${urgent.map((item) => html`<li>${markedText(view, item)}</li>`)}
    </ul>
    ${renderPlanAction(action)}
  </div>`;
}

/** One group of signs, as a disclosure; with the checklist, each sign is a checkbox. */
export function renderGroup(view: SignsView, group: SignGroup): TemplateResult {
  const { t } = view;
  return html`<details part="group" data-group=${group.id}>
    <summary>${markedText(view, group.title)}</summary>
    <ul class="signs" role="list">
      ${group.signs.map((sign) => {
        const body = html`<span class="sign-text">${markedText(view, sign.text)}</span>${
            !view.compact && sign.why
              ? html`${' '}<span class="why"
                    ><span class="visually-hidden">${`${t('signs.why')} `}</span
                    >${markedText(view, sign.why)}</span
                  >`
              : nothing
          }`;
        return html`<li part="sign" class="sign" data-sign=${sign.id}>
          ${
            view.checklist
              ? html`<label
                  ><input
                    class="script-only"
                    type="checkbox"
                    .checked=${view.ticked.has(sign.id)}
                    @change=${(e: Event) => view.onTick(sign.id, (e.target as HTMLInputElement).checked)}
                  /><span>${body}</span></label
                >`
              : html`<div>${body}</div>`
          }
        </li>`;
      })}
    </ul>
  </details>`;
}

/** "What to do next": the reader's first steps, the tailored way into a plan, and a few helplines. */
export function renderNext(
  view: SignsView,
  next: {
    whatToDo: readonly Text[];
    tickedGroups: readonly SignGroup[];
    tickedText: string;
    report: PlanAction;
    helplines: readonly Resource[];
    cards: CardContext;
    onClear: () => void;
  },
): TemplateResult {
  const { t, text, reader, checklist } = view;
  const sub = Math.min(6, view.level + 1);
  const action = renderPlanAction(next.report);
  // "What to do next" only over something to do (a plan, the checklist, helplines), never over nothing.
  const anything = action !== nothing || checklist || next.helplines.length > 0;
  return html`<div part="next" class="next">
    ${
      next.whatToDo.length
        ? html`<div role="heading" aria-level=${sub} class="next-heading">
              ${t(`signs.now.${reader}`)}
            </div>
            <ul>
              ${next.whatToDo.map((item) => html`<li>${markedText(view, item)}</li>`)}
            </ul>`
        : nothing
    }
    ${anything ? html`<div role="heading" aria-level=${sub} class="next-heading">${t('signs.next')}</div>` : nothing}
    ${
      checklist
        ? html`<p class="count script-only">${next.tickedText}</p>
            ${
              next.tickedGroups.length
                ? html`<p>
                    ${t('signs.tailored', {
                      groups: next.tickedGroups.map((group) => text(group.title)).join(', '),
                    })}
                  </p>`
                : nothing
            }`
        : nothing
    }
    ${action}
    ${
      checklist && view.ticked.size
        ? html`<p>
            <button type="button" class="button" @click=${next.onClear}>${t('signs.clear')}</button>
          </p>`
        : nothing
    }
    ${
      next.helplines.length
        ? html`<div role="heading" aria-level=${sub} class="sub-heading">
              ${t('signs.helplines')}
            </div>
            <ul class="list" role="list">
              ${next.helplines.map((resource) => renderResourceCard(next.cards, resource))}
            </ul>`
        : nothing
    }
  </div>`;
}
