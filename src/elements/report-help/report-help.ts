import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { directionOf } from '../../i18n/direction.js';
import { SafetyPanelElement } from '../../internal/base.js';
import type { SectionName } from '../../manifest/default-data.js';
import { exitControlStyles, renderExitControl } from '../../internal/exit-control.js';
import { quickExit, type ExitMode, type ExitState } from '../../internal/quick-exit.js';
import { regionNamer, renderResourceCard } from '../../internal/resource-card.js';
import { baseStyles, cardStyles } from '../../internal/styles.js';
import { clock } from '../../internal/clock.js';
import { pageUrl } from '../../internal/url.js';
import { buildSummary, EMPTY_NOTES, policeCallText, type Notes } from '../../internal/summary.js';
import { isStale } from '../../manifest/dates.js';
import { planFor, type Plan } from '../../manifest/route.js';
import type { Resource } from '../../manifest/schema.js';
import type { AgeGroup } from '../../manifest/vocabulary.js';
import { normaliseRegion } from '../../manifest/select.js';
import { styles } from './report-help.styles.js';

const STEPS = [
  'start',
  'recognise',
  'evidence',
  'platform',
  'official',
  'support',
  'summary',
] as const;
type StepId = (typeof STEPS)[number];

const AGE_CHOICES = ['under-18.self', 'adult.self', 'under-18.helping', 'adult.helping'] as const;
type AgeChoice = (typeof AGE_CHOICES)[number];

const AGE_FROM_AUDIENCE: Record<string, AgeChoice> = {
  child: 'under-18.self',
  teen: 'under-18.self',
  parent: 'under-18.helping',
  educator: 'under-18.helping',
  adult: 'adult.self',
};

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex="0"]';

/**
 * A guided report flow through five steps (recognise, keep evidence, report to the platform, report to official
 * centres and police, get support), routed by what is happening, the person's age and country. Inline, or as a
 * compact "Report / get help" button that opens it in a modal dialog. The quick exit is on by default: the
 * page's exit control while the panel is on screen, or one in the dialog's header, which never scrolls.
 *
 * @summary The guided report flow, as a panel or a button with a dialog, with a quick exit.
 * @tag report-help
 *
 * @fires {CustomEvent<SpStepDetail>} sp-step - The flow moved to a step. `detail: { element, step, situation }`,
 *   ids only.
 * @fires {CustomEvent<SpActionDetail>} sp-action - A person used an action. `detail: { element, resource,
 *   channel, action }`, ids only.
 * @fires {CustomEvent<{ element: string }>} sp-exit - The person used the quick exit: the page is already hidden
 *   and is about to be replaced.
 * @fires {CustomEvent<{ url: string }>} sp-loadstart - A site manifest started loading. `detail.url`.
 * @fires {CustomEvent<SpLoadDetail>} sp-load - The site manifest is in use. `detail.source`.
 * @fires {CustomEvent<SpErrorDetail>} sp-error - The site manifest failed; the default is shown. `detail: { kind,
 *   url, issues }`.
 * @fires {CustomEvent<SpLoadDetail>} sp-loadend - Loading ended, either way. `detail.source`.
 *
 * @csspart button - The "Report / get help" button (variant="button").
 * @csspart dialog - The dialog (variant="button").
 * @csspart dialog-header - The dialog's header, with the quick exit and Close; it never scrolls.
 * @csspart exit-button - The quick exit button in the dialog's header (variant="button").
 * @csspart panel - The whole flow.
 * @csspart exit-note - The note that the quick exit does not clear the browser history (when the panel offers the
 *   exit).
 * @csspart heading - The panel heading.
 * @csspart emergency - The emergency number line (drawn by the first panel on the page that shows those numbers).
 * @csspart notice - The notice shown when the site manifest failed.
 * @csspart step - The current step.
 * @csspart step-heading - The current step's heading.
 * @csspart urgent - The "do this first" box at the top of the recognise step.
 * @csspart summary - The plain-text plan.
 * @csspart nav - Back, next and start over.
 * @csspart item - One service.
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
export class ReportHelpElement extends SafetyPanelElement {
  static override styles = [baseStyles, cardStyles, exitControlStyles, styles];

  static override properties: PropertyDeclarations = {
    audience: { type: String },
    variant: { type: String, reflect: true },
    reportUrl: { type: String, attribute: 'report-url' },
    context: { type: String },
    situation: { type: String },
    label: { type: String },
    groups: { type: String },
    stepIndex: { state: true },
    chosenSituation: { state: true },
    ageChoice: { state: true },
    country: { state: true },
    platformChoice: { state: true },
    textFirst: { state: true },
    missing: { state: true },
    notes: { state: true },
    includeNotes: { state: true },
    dialogOpen: { state: true },
    exitState: { state: true },
  };

  /** Presets who it is for: child or teen (under 18), parent or educator (helping someone under 18), adult. */
  declare audience: string | undefined;
  /** `button`: a compact button that opens the flow in a dialog. Default: the inline panel. */
  declare variant: string | undefined;
  /** The site's own report form (an http(s) link or a path on this site), shown first in the platform step. */
  declare reportUrl: string | undefined;
  /** What is being reported on this site, such as "this post". */
  declare context: string | undefined;
  /** Opens at this situation id, such as `sextortion`. */
  declare situation: string | undefined;
  /** The button's text (variant="button"). Default: "Report / get help". */
  declare label: string | undefined;
  /** Space-separated groups whose own services the plan may show, such as `military` (the DoD Safe Helpline). */
  declare groups: string | undefined;

  declare private stepIndex: number;
  declare private chosenSituation: string;
  declare private ageChoice: AgeChoice | '';
  declare private country: string | undefined;
  declare private platformChoice: string;
  declare private textFirst: boolean;
  declare private missing: boolean;
  declare private notes: Notes;
  declare private includeNotes: boolean;
  declare private dialogOpen: boolean;
  /** The Shift count, for the dialog's own exit. */
  declare private exitState: ExitState;

  #focusStep = false;
  /** `report-url` once checked: undefined when unset or refused. */
  #reportLink: string | undefined;
  /** The manifest the `situation` attribute was last checked against. */
  #situationCheckedIn: unknown;

  constructor() {
    super();
    this.stepIndex = 0;
    this.chosenSituation = '';
    this.ageChoice = '';
    this.platformChoice = '';
    this.textFirst = false;
    this.missing = false;
    this.notes = EMPTY_NOTES;
    this.includeNotes = false;
    this.dialogOpen = false;
    this.exitState = quickExit.state;
  }

  protected override get exitByDefault(): boolean {
    return true;
  }

  /**
   * The panel uses the page's exit; the open dialog, modal, draws its own; the closed button offers none.
   *
   * @internal
   */
  override get exitMode(): ExitMode {
    if (!this.isButton) return super.exitMode;
    return this.dialogOpen && this.offersExit ? 'own' : 'none';
  }

  private get isButton(): boolean {
    return this.variant === 'button';
  }

  /**
   * The flow keeps the emergency line at the top of every step, whatever else the page shows: a person deep in
   * a plan may be screens away from the first panel (and a modal dialog hides the rest of the page).
   */
  override get drawsOwnEmergency(): boolean {
    return true;
  }

  /** Where "Where did it happen?" starts: on a site with its own report form (a forum), this site. */
  private get defaultPlatform(): string {
    return this.siteReport ? 'site' : '';
  }

  private get step(): StepId {
    return STEPS[this.stepIndex] ?? 'start';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.exitState = quickExit.state;
    quickExit.subscribe(this.#onExitState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    quickExit.unsubscribe(this.#onExitState);
  }

  #onExitState = (state: ExitState): void => {
    this.exitState = state;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('situation') && this.situation) this.chosenSituation = this.situation;
    if (changed.has('audience'))
      this.ageChoice = AGE_FROM_AUDIENCE[this.audience ?? ''] ?? this.ageChoice;
    if (changed.has('region')) this.country = normaliseRegion(this.region);
    if (changed.has('reportUrl')) {
      this.#reportLink = pageUrl(this.reportUrl, {
        element: this.localName,
        attribute: 'report-url',
      });
      if (this.siteReport && this.platformChoice === '') this.platformChoice = 'site';
      if (!this.siteReport && this.platformChoice === 'site') this.platformChoice = '';
    }
    if (changed.has('situation')) this.#situationCheckedIn = undefined;
    this.#checkSituation();
  }

  /**
   * A `situation` the manifest does not have (a typo) is a console warning, and the chooser shows with nothing
   * chosen. Checked once the site's manifest is known, since it may add situations of its own.
   */
  #checkSituation(): void {
    if (!this.situation || !this.manifestSettled) return;
    if (this.#situationCheckedIn === this.data) return;
    this.#situationCheckedIn = this.data;
    const known = this.data.guide.situations.map((s) => s.id);
    if (known.includes(this.situation)) return;
    console.warn(
      `safety-panels: <${this.localName}> situation="${this.situation}" is not a situation in the manifest, ` +
        `so the chooser is shown. Known situations: ${known.join(', ')}.`,
    );
    if (this.chosenSituation === this.situation) this.chosenSituation = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusStep) {
      this.#focusStep = false;
      // In the dialog, each step starts at the top of its scroll region, emergency line first.
      const body = this.renderRoot.querySelector('.dialog-body');
      if (body) body.scrollTop = 0;
      this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
    }
  }

  private get answers():
    { situation: string; age: AgeGroup; helping: boolean; region: string } | undefined {
    if (!this.chosenSituation || !this.ageChoice) return undefined;
    if (!this.data.guide.situations.some((s) => s.id === this.chosenSituation)) return undefined;
    const [age, who] = this.ageChoice.split('.') as [AgeGroup, string];
    return {
      situation: this.chosenSituation,
      age,
      helping: who === 'helping',
      region: this.shownCountry,
    };
  }

  /** The site's own report form, and what its link says, with the forum's `context`. */
  private get siteReport(): { url: string; label: string } | undefined {
    const url = this.#reportLink;
    if (!url) return undefined;
    const label = this.context
      ? this.t('platform.site.context', { context: this.context })
      : this.t('platform.site');
    return { url, label };
  }

  private get shownCountry(): string {
    return this.country ?? this.visitorRegion;
  }

  protected override get dataSections(): readonly SectionName[] {
    return ['guide', 'platforms'];
  }

  protected override get shownRegion(): string {
    return this.shownCountry;
  }

  private get plan(): Plan | undefined {
    const answers = this.answers;
    if (!answers) return undefined;
    return planFor(this.data, {
      ...answers,
      platform: this.platformChoice === 'site' ? undefined : this.platformChoice,
      textFirst: this.textFirst,
      groups: this.groups?.split(/\s+/).filter(Boolean),
    });
  }

  override render(): TemplateResult {
    if (!this.isButton) return this.renderPanel();
    return html`
      <button
        part="button"
        type="button"
        class="button primary open"
        aria-haspopup="dialog"
        @click=${() => this.show()}
      >
        ${this.label || this.t('report.button')}
      </button>
      <dialog
        part="dialog"
        aria-labelledby="${this.uid}-heading"
        @close=${this.onDialogClose}
        @keydown=${this.onDialogKeydown}
      >
        <div part="dialog-header" class="dialog-bar">
          ${
            this.offersExit
              ? html`<div class="dialog-exit" lang=${this.locale} dir=${directionOf(this.locale)}>
                  ${renderExitControl({
                    labels: this.exitLabels(),
                    state: this.exitState,
                    onExit: () => this.exitNow(),
                  })}
                </div>`
              : nothing
          }
          <button type="button" class="button close" @click=${() => this.close()}>
            ${this.t('report.close')}
          </button>
        </div>
        <div class="dialog-body">${this.dialogOpen ? this.renderPanel() : nothing}</div>
      </dialog>
    `;
  }

  private renderPanel(): TemplateResult {
    const t = this.t;
    const step = this.step;
    const plan = step === 'start' ? undefined : this.plan;
    return this.renderFrame({
      heading: t('report.heading'),
      region: this.shownCountry,
      content: html`
        ${
          this.isLoading
            ? html`<p class="loading">${t('loading')}</p>`
            : html`
                <p class="step-of">
                  ${t('report.step-of', { current: this.stepIndex + 1, total: STEPS.length })}
                </p>
                <progress
                  class="progress"
                  aria-hidden="true"
                  max=${STEPS.length}
                  .value=${this.stepIndex + 1}
                ></progress>
                <div part="step" class="step" data-step=${step}>
                  <div
                    role="heading"
                    aria-level=${Math.min(6, this.level + 1)}
                    class="step-heading"
                    part="step-heading"
                    tabindex="-1"
                  >
                    ${this.stepTitle(step)}
                  </div>
                  ${plan || step === 'start' ? this.renderStep(step, plan) : nothing}
                </div>
                ${this.renderNav()}
              `
        }
      `,
    });
  }

  private stepTitle(step: StepId): string {
    if (step === 'start') return this.t('report.start.heading');
    if (step === 'summary') return this.t('summary.heading');
    return this.text(this.data.guide.steps.find((s) => s.id === step)?.title) || step;
  }

  private renderStep(step: StepId, plan: Plan | undefined): TemplateResult {
    if (step === 'start' || !plan) return this.renderStart();
    switch (step) {
      case 'recognise':
        return this.renderRecognise(plan);
      case 'evidence':
        return this.renderEvidence(plan);
      case 'platform':
        return this.renderPlatform(plan);
      case 'official':
        return this.renderOfficial(plan);
      case 'support':
        return this.renderSupport(plan);
      default:
        return this.renderSummary(plan);
    }
  }

  private renderStart(): TemplateResult {
    const t = this.t;
    const id = this.uid;
    const siteReport = this.siteReport;
    return html`
      <p>${t('report.start.intro')}</p>
      ${
        this.missing
          ? html`<p class="error" role="alert" id="${id}-missing">${t('report.missing')}</p>`
          : nothing
      }
      <fieldset class="choices" aria-describedby=${this.missing ? `${id}-missing` : nothing}>
        <legend>${t('report.situation')}</legend>
        ${this.data.guide.situations.map(
          (situation) =>
            html`<label class="choice">
              <input
                type="radio"
                name="${id}-situation"
                value=${situation.id}
                .checked=${this.chosenSituation === situation.id}
                @change=${() => (this.chosenSituation = situation.id)}
              />
              <span>${this.text(situation.title)}</span>
            </label>`,
        )}
      </fieldset>
      <fieldset class="choices" aria-describedby=${this.missing ? `${id}-missing` : nothing}>
        <legend>${t('report.age')}</legend>
        ${AGE_CHOICES.map(
          (choice) =>
            html`<label class="choice">
              <input
                type="radio"
                name="${id}-age"
                value=${choice}
                .checked=${this.ageChoice === choice}
                @change=${() => (this.ageChoice = choice)}
              />
              <span>${t(`age.${choice}`)}</span>
            </label>`,
        )}
      </fieldset>
      <div class="fields">
        <div class="field">
          <label for="${id}-country">${t('report.country')}</label>
          <select
            id="${id}-country"
            @change=${(e: Event) => (this.country = (e.target as HTMLSelectElement).value)}
          >
            ${this.renderRegionOptions(this.shownCountry)}
          </select>
        </div>
        <div class="field">
          <label for="${id}-platform">${t('report.platform')}</label>
          <select
            id="${id}-platform"
            @change=${(e: Event) => (this.platformChoice = (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${this.platformChoice === ''}>
              ${t('report.platform.none')}
            </option>
            ${
              siteReport
                ? html`<option value="site" ?selected=${this.platformChoice === 'site'}>
                    ${t('report.platform.site')}
                  </option>`
                : nothing
            }
            ${this.data.platforms.map(
              (platform) =>
                html`<option value=${platform.id} ?selected=${this.platformChoice === platform.id}>
                  ${platform.name}
                </option>`,
            )}
          </select>
        </div>
      </div>
      <label class="checkbox">
        <input
          type="checkbox"
          .checked=${this.textFirst}
          @change=${(e: Event) => (this.textFirst = (e.target as HTMLInputElement).checked)}
        />
        <span>${t('report.text-first')}</span>
      </label>
    `;
  }

  private renderRecognise(plan: Plan): TemplateResult {
    const summary = this.data.guide.steps.find((s) => s.id === 'recognise')?.summary;
    const urgent = plan.situation.urgent ?? [];
    return html`
      ${
        urgent.length
          ? html`<div part="urgent" class="urgent">
              <p class="list-label" id="${this.uid}-urgent">${this.t('report.urgent')}</p>
              <ul aria-labelledby="${this.uid}-urgent">
                ${urgent.map((item) => html`<li>${this.text(item)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <p class="lead">${this.text(plan.situation.recognise)}</p>
      ${summary ? html`<p>${this.text(summary)}</p>` : nothing}
    `;
  }

  private renderEvidence(plan: Plan): TemplateResult {
    const t = this.t;
    const id = this.uid;
    return html`
      <p class="list-label">${t('evidence.keep')}</p>
      <ul class="keep">
        ${plan.situation.keep.map((item) => html`<li>${this.text(item)}</li>`)}
      </ul>
      <div class="never">
        <p class="list-label">${t('evidence.never')}</p>
        <ul>
          ${plan.minorImages ? html`<li class="never-capture">${t('never.capture')}</li>` : nothing}
          ${plan.situation.never.map((item) => html`<li>${this.text(item)}</li>`)}
        </ul>
      </div>
      <fieldset class="notes">
        <legend>${t('notes.heading')}</legend>
        <p id="${id}-notes-intro">${t('notes.intro')}</p>
        ${(['where', 'who', 'when'] as const).map(
          (key) =>
            html`<div class="field">
              <label for="${id}-note-${key}">${t(`notes.${key}`)}</label>
              <textarea
                id="${id}-note-${key}"
                rows="2"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="${id}-notes-intro"
                .value=${this.notes[key]}
                @input=${(e: Event) => (this.notes = { ...this.notes, [key]: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
            </div>`,
        )}
      </fieldset>
    `;
  }

  private renderPlatform(plan: Plan): TemplateResult {
    const t = this.t;
    const siteReport = this.siteReport;
    const category = plan.situation.platformCategory;
    const platform = plan.platform;
    return html`
      ${
        siteReport
          ? html`<p>
              <a
                class="button primary"
                href=${siteReport.url}
                data-action="site-report"
                @click=${() => this.emitSiteReport()}
                >${siteReport.label}</a
              >
            </p>`
          : nothing
      }
      ${
        platform
          ? html`<p>
                <a
                  class="button ${siteReport ? '' : 'primary'}"
                  href=${platform.url}
                  rel="noopener noreferrer"
                  referrerpolicy="no-referrer"
                  >${t('platform.open', { name: platform.name })}</a
                >
              </p>
              ${
                platform.steps?.length
                  ? html`<ol class="platform-steps">
                      ${platform.steps.map((item) => html`<li>${this.text(item)}</li>`)}
                    </ol>`
                  : nothing
              }
              ${platform.verified ? (isStale(platform.verified, clock.now()) ? html`<p class="small">${t('stale')}</p>` : nothing) : html`<p class="small">${t('platform.unverified')}</p>`}
              ${
                platform.takeItDown && plan.minorImages
                  ? html`<p>${t('platform.take-it-down', { name: platform.name })}</p>`
                  : nothing
              }`
          : siteReport
            ? nothing
            : html`<p>${t('platform.generic')}</p>`
      }
      ${category && !platform?.steps?.length ? html`<p class="lead">${t('platform.category', { category: this.text(category) })}</p>` : nothing}
      <p class="what-happens">
        <strong>${t('what-happens')}${t('colon')}</strong> ${t('platform.what-happens')}
      </p>
    `;
  }

  private renderOfficial(plan: Plan): TemplateResult {
    const t = this.t;
    const police = plan.official.filter((r) => r.kind === 'law-enforcement');
    const centres = plan.official.filter((r) => r.kind === 'reporting-centre');
    const tools = plan.official.filter((r) => r.kind === 'removal-tool');
    const policeLine = this.policeLine(plan);
    const group = (
      key: 'official.police' | 'official.centres' | 'official.tools',
      resources: Resource[],
      extra?: TemplateResult,
    ) =>
      resources.length || extra
        ? html`<section class="kind-group" data-kind=${key}>
            <div role="heading" aria-level=${Math.min(6, this.level + 2)} class="kind-heading">
              ${t(key)}
            </div>
            ${resources.length ? html`<p class="small">${t(`${key}.about`)}</p>` : nothing}
            ${resources.length ? this.renderCards(resources, plan, this.level + 3) : nothing}
            ${extra ?? nothing}
          </section>`
        : nothing;
    return html`
      <p>${t('official.intro')}</p>
      ${plan.crossBorder ? html`<p class="lead">${t('official.cross-border')}</p>` : nothing}
      ${group('official.police', police, policeLine ? html`<p class="lead police-call">${policeLine}</p>` : undefined)}
      ${group('official.centres', centres)} ${group('official.tools', tools)}
    `;
  }

  /** The police number line, where the plan needs a police route and no police service of the country takes it. */
  private policeLine(plan: Plan): string | undefined {
    return policeCallText(plan, this.t);
  }

  private renderSupport(plan: Plan): TemplateResult {
    const t = this.t;
    const numbers = plan.emergency?.numbers.join(` ${t('emergency.or')} `);
    return html`
      <p>${t('support.intro')}</p>
      ${plan.support.length ? this.renderCards(plan.support, plan) : nothing}
      ${
        !plan.support.length
          ? html`<p class="lead">${t('support.none')}</p>`
          : !plan.supportNow && numbers
            ? html`<p class="lead">${t('support.now', { numbers })}</p>`
            : nothing
      }
    `;
  }

  private renderCards(resources: Resource[], plan: Plan, level = this.level + 2): TemplateResult {
    const context = {
      ...this.cardContext({ level, textFirst: this.textFirst, compact: false }),
      neverCapture: plan.minorImages,
    };
    return html`<ul class="list" role="list">
      ${resources.map((resource) => renderResourceCard(context, resource))}
    </ul>`;
  }

  private renderSummary(plan: Plan): TemplateResult {
    const t = this.t;
    const hasNotes = Boolean(this.notes.where || this.notes.who || this.notes.when);
    return html`
      <p>${t('summary.intro')}</p>
      ${
        hasNotes
          ? html`<label class="checkbox">
              <input
                type="checkbox"
                .checked=${this.includeNotes}
                @change=${(e: Event) => (this.includeNotes = (e.target as HTMLInputElement).checked)}
              />
              <span>${t('summary.include-notes')}</span>
            </label>`
          : nothing
      }
      <pre part="summary" class="summary" tabindex="0" aria-label=${t('summary.label')}>
${this.summaryText(plan)}</pre>
      <div class="row">
        <button type="button" class="button primary" @click=${() => this.copySummary(plan)}>
          ${t('summary.copy')}
        </button>
        <button type="button" class="button" @click=${() => window.print()}>
          ${t('summary.print')}
        </button>
      </div>
      ${
        this.data.guide.faq.length
          ? html`<div role="heading" aria-level=${Math.min(6, this.level + 2)} class="faq-heading">
                ${t('faq.heading')}
              </div>
              ${this.data.guide.faq.map(
                (item) =>
                  html`<details class="faq">
                    <summary>${this.text(item.question)}</summary>
                    <p>${this.text(item.answer)}</p>
                  </details>`,
              )}`
          : nothing
      }
    `;
  }

  private summaryText(plan: Plan): string {
    return buildSummary({
      plan,
      steps: this.data.guide.steps,
      regionName: regionNamer(this.t, this.locale)(this.shownCountry),
      notes: this.includeNotes ? this.notes : undefined,
      siteReport: this.siteReport,
      t: this.t,
      text: (value) => this.text(value),
    });
  }

  private renderNav(): TemplateResult {
    const t = this.t;
    const index = this.stepIndex;
    const last = STEPS.length - 1;
    return html`<div part="nav" class="nav">
      ${index > 0 ? html`<button type="button" class="button" @click=${() => this.go(index - 1)}>${t('report.back')}</button>` : nothing}
      ${
        index === 0
          ? html`<button type="button" class="button primary" @click=${this.submitStart}>
              ${t('report.show-plan')}
            </button>`
          : index < last
            ? html`<button type="button" class="button primary" @click=${() => this.go(index + 1)}>
                ${t('report.next')}
              </button>`
            : nothing
      }
      ${index > 0 ? html`<button type="button" class="button restart" @click=${() => this.restart()}>${t('report.restart')}</button>` : nothing}
    </div>`;
  }

  private submitStart(): void {
    if (!this.answers) {
      this.missing = true;
      void this.updateComplete.then(() => {
        const firstEmpty = this.chosenSituation
          ? `input[name="${this.uid}-age"]`
          : `input[name="${this.uid}-situation"]`;
        this.renderRoot.querySelector<HTMLInputElement>(firstEmpty)?.focus();
      });
      return;
    }
    this.missing = false;
    this.go(1);
  }

  /** Moves to a step: focus goes to its heading and the change is announced. */
  private go(index: number): void {
    const target = Math.max(0, Math.min(STEPS.length - 1, index));
    if (target > 0 && !this.answers) return;
    this.stepIndex = target;
    this.#focusStep = true;
    this.announcement = this.t('report.step.announce', {
      current: target + 1,
      total: STEPS.length,
      title: this.stepTitle(STEPS[target] ?? 'start'),
    });
    // No history entry, ever: after a quick exit, Back must never lead to this page again.
    this.emit('sp-step', {
      element: this.localName,
      step: STEPS[target] ?? 'start',
      situation: this.chosenSituation || undefined,
    });
  }

  private restart(): void {
    this.wipe();
    this.go(0);
  }

  private emitSiteReport(): void {
    this.emit('sp-action', {
      element: this.localName,
      resource: 'site-report',
      channel: 'web',
      action: 'open',
    });
  }

  private async copySummary(plan: Plan): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.summaryText(plan));
      this.announcement = this.t('summary.copied');
    } catch {
      this.announcement = this.t('summary.copy-failed');
    }
  }

  private onDialogClose(): void {
    this.dialogOpen = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button.open')?.focus();
  }

  /** Keeps Tab inside the open dialog. */
  private onDialogKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const dialog = event.currentTarget as HTMLDialogElement;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.getClientRects().length > 0,
    );
    const first = focusable[0];
    const last = focusable.at(-1);
    const active =
      this.renderRoot instanceof ShadowRoot
        ? this.renderRoot.activeElement
        : document.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  /** Opens the flow in its dialog (variant="button"). */
  async show(): Promise<void> {
    if (!this.isButton) return;
    this.dialogOpen = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
  }

  /**
   * Opens the flow at its first screen with a situation (and who it is for) already chosen, and moves focus
   * there: for a "what to do next" link elsewhere on the page. Without a situation (or with one the guide does
   * not have), nothing is chosen: the person picks, rather than being handed a guess.
   */
  async openAt(situation?: string, audience?: string): Promise<void> {
    if (this.stepIndex > 0) this.go(0);
    this.chosenSituation = this.data.guide.situations.some((s) => s.id === situation)
      ? (situation ?? '')
      : '';
    const age = AGE_FROM_AUDIENCE[audience ?? ''];
    if (age) this.ageChoice = age;
    if (this.isButton) {
      await this.show();
      return;
    }
    await this.updateComplete;
    this.scrollIntoView({ block: 'start' });
    this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
  }

  /** Closes the dialog; focus returns to the button. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  /**
   * Forgets everything typed or chosen.
   *
   * @internal
   */
  override wipe(): void {
    // Where the person was is part of what they told us: a wiped flow starts again at the first screen.
    this.stepIndex = 0;
    this.notes = EMPTY_NOTES;
    this.includeNotes = false;
    this.chosenSituation = this.situation ?? '';
    this.ageChoice = AGE_FROM_AUDIENCE[this.audience ?? ''] ?? '';
    this.platformChoice = this.defaultPlatform;
    this.textFirst = false;
    this.missing = false;
    this.renderRoot?.querySelectorAll('textarea').forEach((area) => (area.value = ''));
  }
}
