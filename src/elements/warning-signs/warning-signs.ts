import {
  css,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { SafetyPanelElement } from '../../internal/base.js';
import type { SectionName } from '../../manifest/default-data.js';
import { renderResourceCard } from '../../internal/resource-card.js';
import { baseStyles, cardStyles } from '../../internal/styles.js';
import { pageUrl } from '../../internal/url.js';
import { planFor } from '../../manifest/route.js';
import type { Audience, Resource, SignGroup } from '../../manifest/schema.js';
import { selectResources } from '../../manifest/select.js';

type Reader = 'adult' | 'young';

/** The situation behind the "someone is threatening you right now" box. */
const URGENT_SITUATION = 'sextortion';

/** Whom the helplines should serve, for each audience the element can be set to. */
const HELPLINE_AUDIENCE: Record<string, Audience> = {
  parent: 'parent',
  educator: 'educator',
  teen: 'teen',
  child: 'child',
};

/**
 * The warning signs of online sexual exploitation: for an adult who notices (signs in a young person, grouped,
 * each with why it matters) or for a young person (red flags in a chat, said kindly). Groups are disclosures;
 * an optional private checklist tailors "what to do next", which links to the page's `<report-help>`. The quick
 * exit is on by default for `teen` and `child` (`exit` / `no-exit` change that).
 *
 * @summary Warning signs for the adult who notices, or red flags for the young person in the chat.
 * @tag warning-signs
 *
 * @fires {CustomEvent<SpActionDetail>} sp-action - The next-step link was used, or a helpline's action. `detail:
 *   { element, resource, channel, action }`, ids only.
 * @fires {CustomEvent<{ element: string }>} sp-exit - The person used the quick exit: the page is already hidden
 *   and is about to be replaced.
 * @fires {CustomEvent<{ url: string }>} sp-loadstart - A site manifest started loading. `detail.url`.
 * @fires {CustomEvent<SpLoadDetail>} sp-load - The site manifest is in use. `detail.source`.
 * @fires {CustomEvent<SpErrorDetail>} sp-error - The site manifest failed; the default is shown. `detail: { kind,
 *   url, issues }`.
 * @fires {CustomEvent<SpLoadDetail>} sp-loadend - Loading ended, either way. `detail.source`.
 *
 * @csspart panel - The whole panel.
 * @csspart exit-note - The note that the quick exit does not clear the browser history (when the panel offers the
 *   exit).
 * @csspart heading - The panel heading.
 * @csspart emergency - The emergency number line (drawn by the first panel on the page that shows those numbers).
 * @csspart notice - The notice shown when the site manifest failed.
 * @csspart urgent - The "if someone is threatening you right now" box (teen and child).
 * @csspart group - One group of signs (a disclosure).
 * @csspart sign - One sign.
 * @csspart next - The "what to do next" section.
 * @csspart item - A helpline.
 * @csspart action - A call, text, chat, web or email action.
 * @csspart copy - A copy-number button.
 *
 * @cssprop --sp-color-text - Text colour.
 * @cssprop --sp-color-muted - Secondary text colour.
 * @cssprop --sp-color-bg - Background.
 * @cssprop --sp-color-surface - Background of each service and box.
 * @cssprop --sp-color-border - Borders.
 * @cssprop --sp-color-accent - Links and buttons.
 * @cssprop --sp-color-accent-text - Text on accent buttons.
 * @cssprop --sp-color-danger - Emergency line.
 * @cssprop --sp-color-danger-bg - Emergency line background.
 * @cssprop --sp-color-notice-bg - Background of the notice that the site manifest failed.
 * @cssprop --sp-color-focus - Focus ring.
 * @cssprop --sp-radius - Corner radius.
 * @cssprop --sp-space - Base spacing.
 * @cssprop --sp-panel-padding - Padding inside the panel (default: `--sp-space`).
 * @cssprop --sp-font-family - Font (default: the host's).
 * @cssprop --sp-font-size - Base font size.
 * @cssprop --sp-exit-bg - Background of the quick exit button (set it on the page's root: the page's exit control
 *   lives outside the element).
 * @cssprop --sp-exit-text - Text of the quick exit button.
 */
export class WarningSignsElement extends SafetyPanelElement {
  static override styles = [
    baseStyles,
    cardStyles,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0 0 var(--_space);
      }
      details {
        border-top: 1px solid var(--_border);
      }
      details:last-of-type {
        border-bottom: 1px solid var(--_border);
      }
      summary {
        padding: 0.75rem 0;
        font-weight: 700;
        font-size: 1.0625em;
        cursor: pointer;
      }
      .signs {
        margin: 0 0 0.75rem;
        padding: 0;
        list-style: none;
      }
      .sign {
        padding: 0.375rem 0;
      }
      .sign label {
        display: flex;
        gap: 0.625rem;
        align-items: flex-start;
        cursor: pointer;
      }
      input[type='checkbox'] {
        flex: none;
        width: 1.25rem;
        height: 1.25rem;
        margin: 0.15rem 0 0;
        accent-color: var(--_accent);
      }
      .sign-text {
        font-weight: 600;
      }
      .why {
        display: block;
        color: var(--_muted);
        font-weight: 400;
      }
      .next-heading,
      .sub-heading {
        margin: 1.25rem 0 0.5rem;
        font-size: 1.125em;
        font-weight: 700;
      }
      .count {
        color: var(--_muted);
      }
      .urgent {
        margin: 0 0 var(--_space);
        padding: 0.5rem 0.75rem 0.75rem;
        border: 2px solid var(--_danger);
        border-radius: var(--_radius);
        background: var(--_danger-bg);
      }
      .urgent-heading {
        margin: 0 0 0.25rem;
        font-size: 1.0625em;
        font-weight: 700;
      }
      .urgent ul {
        margin: 0 0 0.5rem;
        padding-inline-start: 1.25rem;
        font-weight: 600;
      }
      .urgent p {
        margin: 0;
      }
      @media (forced-colors: active) {
        .urgent {
          border-color: CanvasText;
        }
      }
      @media print {
        .row,
        .next .button,
        .urgent .button,
        input[type='checkbox'] {
          display: none;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    audience: { type: String },
    checklist: { type: Boolean, reflect: true },
    reportHref: { type: String, attribute: 'report-href' },
    compact: { type: Boolean, reflect: true },
    ticked: { state: true },
  };

  /** `parent` or `educator` (the default): signs an adult may notice. `teen` or `child`: red flags in a chat. */
  declare audience: string | undefined;
  /** A private checklist: ticks stay in memory only, and tailor "what to do next". */
  declare checklist: boolean;
  /** Where "what to do next" links when the page has no `<report-help>`: an http(s) link or a path on this site. */
  declare reportHref: string | undefined;
  /** Signs without the line on why each matters. */
  declare compact: boolean;

  declare private ticked: ReadonlySet<string>;

  /** `report-href` once checked: undefined when unset or refused. */
  #reportLink: string | undefined;

  constructor() {
    super();
    this.checklist = false;
    this.compact = false;
    this.ticked = new Set();
  }

  private get reader(): Reader {
    return this.audience === 'teen' || this.audience === 'child' ? 'young' : 'adult';
  }

  private get groups(): SignGroup[] {
    return this.data.warningSigns.groups.filter((group) => group.audience === this.reader);
  }

  /** A young person reading red flags may need to leave in a hurry. */
  protected override get exitByDefault(): boolean {
    return this.reader === 'young';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#openForPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#openForPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('reportHref'))
      this.#reportLink = pageUrl(this.reportHref, {
        element: this.localName,
        attribute: 'report-href',
      });
  }

  protected override get dataSections(): readonly SectionName[] {
    return ['warningSigns', 'guide'];
  }

  override render(): TemplateResult {
    const t = this.t;
    const reader = this.reader;
    return this.renderFrame({
      heading: t(`signs.heading.${reader}`),
      region: this.visitorRegion,
      content: html`
        ${reader === 'young' ? this.renderUrgent() : nothing}
        <p>${t(`signs.intro.${reader}`)}</p>
        ${this.checklist ? html`<p>${t('signs.checklist')}</p>` : nothing}
        <div class="row">
          <button type="button" class="button" @click=${() => this.toggleAll(true)}>
            ${t('signs.expand')}
          </button>
          <button type="button" class="button" @click=${() => this.toggleAll(false)}>
            ${t('signs.collapse')}
          </button>
        </div>
        ${this.groups.map((group) => this.renderGroup(group))} ${this.renderNext()}
      `,
    });
  }

  /**
   * For a young person, before the red flags: what to do at once if someone is threatening them now (the
   * sextortion plan's urgent lines), and the way into that plan.
   */
  private renderUrgent(): TemplateResult | typeof nothing {
    const urgent = this.data.guide.situations.find((s) => s.id === URGENT_SITUATION)?.urgent;
    if (!urgent?.length) return nothing;
    return html`<div part="urgent" class="urgent">
      <div role="heading" aria-level=${Math.min(6, this.level + 1)} class="urgent-heading">
        ${this.t('signs.urgent.heading')}
      </div>
      <ul>
        ${urgent.map((item) => html`<li>${this.text(item)}</li>`)}
      </ul>
      ${this.renderPlanAction(this.t('signs.urgent.action'), URGENT_SITUATION, true)}
    </div>`;
  }

  private renderGroup(group: SignGroup): TemplateResult {
    return html`<details part="group" data-group=${group.id}>
      <summary>${this.text(group.title)}</summary>
      <ul class="signs" role="list">
        ${group.signs.map((sign) => {
          const body = html`<span class="sign-text">${this.text(sign.text)}</span>${
              !this.compact && sign.why
                ? html`${' '}<span class="why"
                      ><span class="visually-hidden">${`${this.t('signs.why')} `}</span
                      >${this.text(sign.why)}</span
                    >`
                : nothing
            }`;
          return html`<li part="sign" class="sign" data-sign=${sign.id}>
            ${
              this.checklist
                ? html`<label
                    ><input
                      type="checkbox"
                      .checked=${this.ticked.has(sign.id)}
                      @change=${(e: Event) => this.tick(sign.id, (e.target as HTMLInputElement).checked)}
                    /><span>${body}</span></label
                  >`
                : html`<div>${body}</div>`
            }
          </li>`;
        })}
      </ul>
    </details>`;
  }

  private renderNext(): TemplateResult {
    const t = this.t;
    const reader = this.reader;
    const sub = Math.min(6, this.level + 1);
    const tickedGroups = this.groups.filter((group) =>
      group.signs.some((sign) => this.ticked.has(sign.id)),
    );
    const helplines = this.helplines();
    const context = this.cardContext({
      level: sub + 1,
      textFirst: reader === 'young',
      compact: true,
    });
    return html`<div part="next" class="next">
      <div role="heading" aria-level=${sub} class="next-heading">${t(`signs.now.${reader}`)}</div>
      <ul>
        ${this.data.warningSigns.whatToDo[reader].map((item) => html`<li>${this.text(item)}</li>`)}
      </ul>
      <div role="heading" aria-level=${sub} class="next-heading">${t('signs.next')}</div>
      ${
        this.checklist
          ? html`<p class="count">${this.tickedText(this.ticked.size)}</p>
              ${
                tickedGroups.length
                  ? html`<p>
                      ${t('signs.tailored', {
                        groups: tickedGroups.map((group) => this.text(group.title)).join(', '),
                      })}
                    </p>`
                  : nothing
              }`
          : nothing
      }
      ${this.renderReportLink(tickedGroups)}
      ${
        this.checklist && this.ticked.size
          ? html`<p>
              <button type="button" class="button" @click=${() => this.wipe()}>
                ${t('signs.clear')}
              </button>
            </p>`
          : nothing
      }
      ${
        helplines.length
          ? html`<div role="heading" aria-level=${sub} class="sub-heading">
                ${t('signs.helplines')}
              </div>
              <ul class="list" role="list">
                ${helplines.map((resource) => renderResourceCard(context, resource))}
              </ul>`
          : nothing
      }
    </div>`;
  }

  /**
   * Two or three helplines: those the report guide would offer for the situation the signs point to, then
   * other helplines for this audience and region.
   */
  private helplines(): Resource[] {
    const region = this.visitorRegion;
    const situation = this.situation;
    const routed = situation
      ? (planFor(this.data, {
          situation,
          age: 'under-18',
          helping: this.reader === 'adult',
          region,
        })?.support ?? [])
      : [];
    const audience = HELPLINE_AUDIENCE[this.audience ?? ''] ?? 'parent';
    const general = selectResources(this.data.resources, { region, audience }).filter(
      (resource) => resource.kind === 'helpline' || resource.kind === 'local',
    );
    return [...new Set([...routed, ...general])].slice(0, 3);
  }

  /** The situation the ticks point to most; none without ticks, so the person chooses rather than gets a guess. */
  private get situation(): string | undefined {
    const counts = new Map<string, number>();
    for (const group of this.groups) {
      const ticks = group.signs.filter((sign) => this.ticked.has(sign.id)).length;
      if (group.situation && ticks)
        counts.set(group.situation, (counts.get(group.situation) ?? 0) + ticks);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  private renderReportLink(tickedGroups: SignGroup[]): TemplateResult | typeof nothing {
    const primary = tickedGroups.length > 0 || !this.checklist;
    return this.renderPlanAction(this.t('signs.next.report'), this.situation, primary);
  }

  /**
   * A button that opens the page's `<report-help>` at a situation (or at its chooser), else a link to
   * `report-href`, else nothing.
   */
  private renderPlanAction(
    label: string,
    situation: string | undefined,
    primary: boolean,
  ): TemplateResult | typeof nothing {
    const kind = primary ? 'primary' : '';
    if (document.querySelector('report-help')) {
      return html`<p>
        <button
          type="button"
          class="button ${kind}"
          data-situation=${situation ?? ''}
          @click=${() => this.openReportHelp(situation)}
        >
          ${label}
        </button>
      </p>`;
    }
    if (!this.#reportLink) return nothing;
    return html`<p><a class="button ${kind}" href=${this.#reportLink}>${label}</a></p>`;
  }

  private async openReportHelp(situation: string | undefined): Promise<void> {
    const target = document.querySelector('report-help');
    if (!target) return;
    this.emit('sp-action', {
      element: this.localName,
      resource: 'report-help',
      channel: 'web',
      action: 'open',
    });
    await target.openAt(situation, this.reader === 'young' ? 'teen' : 'parent');
  }

  private tick(id: string, on: boolean): void {
    const next = new Set(this.ticked);
    if (on) next.add(id);
    else next.delete(id);
    this.ticked = next;
    this.announcement = this.tickedText(next.size);
  }

  /** "No signs ticked" in words rather than a number, the same on screen and in the announcement. */
  private tickedText(count: number): string {
    return count === 0 ? this.t('signs.ticked.none') : this.t.plural('signs.ticked', count);
  }

  /** Opens or closes every group. */
  toggleAll(open: boolean): void {
    this.renderRoot.querySelectorAll('details').forEach((details) => (details.open = open));
  }

  #openForPrint = (): void => this.toggleAll(true);

  /**
   * Clears every tick.
   *
   * @internal
   */
  override wipe(): void {
    this.ticked = new Set();
    this.renderRoot
      ?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')
      .forEach((box) => (box.checked = false));
  }
}
