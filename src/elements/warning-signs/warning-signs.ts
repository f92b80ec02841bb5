import '../../i18n/signs-words.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SafetyPanelElement } from '../../internal/base.js';
import type { SectionName } from '../../manifest/default-data.js';
import { cardStyles } from '../../internal/card-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { prerenderStyles } from '../../internal/prerender.js';
import { pageUrl } from '../../internal/url.js';
import { signsHelplines } from '../../manifest/plan.js';
import type { Audience, Resource, SignGroup } from '../../manifest/schema.js';
import {
  renderGroup,
  renderNext,
  renderUrgent,
  type PlanAction,
  type Reader,
  type SignsView,
} from './sections.js';
import { styles } from './warning-signs.styles.js';

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
 * @cssprop --sp-warning-signs-loading-size - The room "Loading help…" keeps for the signs while the data loads, so
 *   the page below does not jump when they arrive (default: `min(48em, 100svh)`).
 * @cssprop --sp-exit-bg - Background of the quick exit button (set it on the page's root: the page's exit control
 *   lives outside the element).
 * @cssprop --sp-exit-text - Text of the quick exit button.
 */
export class WarningSignsElement extends SafetyPanelElement {
  static override styles = [baseStyles, prerenderStyles, cardStyles, styles];

  /** `parent` or `educator` (the default): signs an adult may notice. `teen` or `child`: red flags in a chat. */
  @property() accessor audience: string | undefined;
  /** A private checklist: ticks stay in memory only, and tailor "what to do next". */
  @property({ type: Boolean, reflect: true }) accessor checklist = false;
  /** Where "what to do next" links when the page has no `<report-help>`: an http(s) link or a path on this site. */
  @property({ attribute: 'report-href' }) accessor reportHref: string | undefined;
  /** Signs without the line on why each matters. */
  @property({ type: Boolean, reflect: true }) accessor compact = false;

  @state() private accessor ticked: ReadonlySet<string> = new Set();

  /** `report-href` once checked: undefined when unset or refused. */
  #reportLink: string | undefined;

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
    const view: SignsView = {
      t,
      text: (value) => this.text(value),
      data: this.data,
      level: this.level,
      reader,
      checklist: this.checklist,
      compact: this.compact,
      ticked: this.ticked,
      onTick: (id, on) => this.tick(id, on),
    };
    const groups = this.groups;
    const tickedGroups = groups.filter((group) => group.signs.some((s) => this.ticked.has(s.id)));
    const situation = this.situation;
    const urgent = this.data.guide.situations.find((s) => s.id === URGENT_SITUATION)?.urgent;
    return this.renderFrame({
      heading: t(`signs.heading.${reader}`),
      region: this.visitorRegion,
      content: () => html`
        ${
          reader === 'young'
            ? renderUrgent(
                view,
                urgent,
                this.planAction(t('signs.urgent.action'), URGENT_SITUATION, true),
              )
            : nothing
        }
        ${groups.length ? this.renderSigns(view, groups) : nothing}
        ${renderNext(view, {
          whatToDo: this.data.warningSigns.whatToDo[reader],
          tickedGroups,
          tickedText: this.tickedText(this.ticked.size),
          report: this.planAction(
            t('signs.next.report'),
            situation,
            tickedGroups.length > 0 || !this.checklist,
          ),
          helplines: this.helplines(situation),
          cards: this.cardContext({
            level: Math.min(6, this.level + 1) + 1,
            textFirst: reader === 'young',
            compact: true,
          }),
          onClear: () => this.wipe(),
        })}
      `,
    });
  }

  /** The signs, with their intro and Expand all / Collapse all: none of it when the signs have not loaded. */
  private renderSigns(view: SignsView, groups: readonly SignGroup[]): TemplateResult {
    const t = this.t;
    return html`<p>${t(`signs.intro.${view.reader}`)}</p>
      ${this.checklist ? html`<p class="script-only">${t('signs.checklist')}</p>` : nothing}
      <div class="row script-only">
        <button type="button" class="button" @click=${() => this.toggleAll(true)}>
          ${t('signs.expand')}
        </button>
        <button type="button" class="button" @click=${() => this.toggleAll(false)}>
          ${t('signs.collapse')}
        </button>
      </div>
      ${groups.map((group) => renderGroup(view, group))}`;
  }

  /** Opens the page's `<report-help>` at a situation (or at its chooser), else links to `report-href`. */
  private planAction(label: string, situation: string | undefined, primary: boolean): PlanAction {
    // A server cannot see the page, so it draws the link (or nothing); the element keeps what it drew, as a
    // button appearing where there was none would move the page.
    const open =
      !this.prerender.fromServer && document.querySelector('report-help')
        ? (chosen: string | undefined) => void this.openReportHelp(chosen)
        : undefined;
    return { label, situation, primary, open, href: this.#reportLink };
  }

  /** Up to three helplines for "what to do next" (signsHelplines). */
  private helplines(situation: string | undefined): Resource[] {
    return signsHelplines(this.data, {
      situation,
      helping: this.reader === 'adult',
      audience: HELPLINE_AUDIENCE[this.audience ?? ''] ?? 'parent',
      region: this.visitorRegion,
    });
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
