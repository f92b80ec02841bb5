import '../../i18n/report-words.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { directionOf } from '../../i18n/direction.js';
import { SafetyPanelElement } from '../../internal/base.js';
import type { SectionName } from '../../manifest/default-data.js';
import { exitControlStyles, renderExitControl } from '../../internal/exit-control.js';
import { Modal } from '../../internal/modal.js';
import { ExitLights, type ExitMode } from '../../internal/quick-exit.js';
import { regionNamer } from '../../internal/resource-card.js';
import { cardStyles } from '../../internal/card-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { prerenderStyles } from '../../internal/prerender.js';
import { buildSummary } from '../../internal/summary.js';
import { pageUrl } from '../../internal/url.js';
import type { Plan } from '../../manifest/plan.js';
import { copyFrom, sayAgain } from '../../internal/clipboard.js';
import { ReportFlow, STEPS, type FocusTarget } from './flow.js';
import { styles } from './report-help.styles.js';
import { renderPlainGuide } from './plain-guide.js';
import { renderNav, siteReportFor, type StepView } from './start.js';
import { renderCardList, renderStep } from './steps.js';

/**
 * A guided report flow through five steps (recognise, keep evidence, report to the platform, report to official
 * centres and police, get support), routed by what is happening, the person's age and country. Inline, or as a
 * compact "Report / get help" button that opens it in a modal dialog. The quick exit is on by default: the
 * page's exit control while the panel is on screen, or one in the dialog's header, which never scrolls.
 *
 * @summary The guided report flow, as a panel or a button with a dialog, with a quick exit.
 * @tag report-help
 *
 * @fires {CustomEvent<SpStepDetail>} sp-step - The flow moved to a step. `detail` (ids only): element, step, situation.
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
 * @cssprop --sp-report-help-loading-size - The room "Loading help…" keeps for the first step while the data loads,
 *   so the page below does not jump when it arrives (default: `min(56em, 100svh)`; none in the dialog).
 * @cssprop --sp-exit-bg - Background of the quick exit button (set it on the page's root: the page's exit control
 *   lives outside the element).
 * @cssprop --sp-exit-text - Text of the quick exit button.
 */
export class ReportHelpElement extends SafetyPanelElement {
  static override styles = [baseStyles, prerenderStyles, cardStyles, exitControlStyles, styles];

  /** Presets who it is for: child or teen (under 18), parent or educator (helping someone under 18), adult. */
  @property() accessor audience: string | undefined;
  /** `button`: a compact button that opens the flow in a dialog. Default: the inline panel. */
  @property({ reflect: true }) accessor variant: string | undefined;
  /** The site's own report form (an http(s) link or a path on this site), shown first in the platform step. */
  @property({ attribute: 'report-url' }) accessor reportUrl: string | undefined;
  /** What is being reported on this site, such as "this post". */
  @property() accessor context: string | undefined;
  /** Opens at this situation id, such as `sextortion`. */
  @property() accessor situation: string | undefined;
  /** The button's text (variant="button"). Default: "Report / get help". */
  @property() accessor label: string | undefined;
  /** Space-separated groups whose own services the plan may show, such as `military` (the DoD Safe Helpline). */
  @property() accessor groups: string | undefined;

  /** The Shift count, for the dialog's own exit. */
  readonly #exitLights = new ExitLights(this);
  readonly #flow = new ReportFlow(this, {
    manifest: () => this.data,
    t: () => this.t,
    text: (value) => this.text(value),
    visitorRegion: () => this.visitorRegion,
    groups: () => this.groups?.split(/\s+/).filter(Boolean),
    focus: (target) => this.#focusOn(target),
    announce: (message) => (this.announcement = message),
    stepped: (step, situation) =>
      this.emit('sp-step', { element: this.localName, step, situation }),
  });
  readonly #modal = new Modal(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    opener: () => this.renderRoot.querySelector<HTMLButtonElement>('button.open'),
    // The step's heading; while loading, the panel's (not the first control, the exit: a second Enter would leave).
    initialFocus: () =>
      this.renderRoot.querySelector<HTMLElement>('.step-heading') ??
      this.renderRoot.querySelector<HTMLElement>('[part="heading"]'),
  });
  /** `report-url` once checked: undefined when unset or refused. */
  #reportLink: string | undefined;
  /** The manifest the `situation` attribute was last checked against. */
  #situationCheckedIn: unknown;

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
    return this.#modal.open && this.offersExit ? 'own' : 'none';
  }

  private get isButton(): boolean {
    return this.variant === 'button';
  }

  /**
   * The flow keeps the emergency line at the top of every step, whatever else the page shows: a person deep in
   * a plan may be screens away from the first panel (and a modal dialog hides the rest of the page).
   *
   * @internal
   */
  override get drawsOwnEmergency(): boolean {
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const flow = this.#flow;
    if (changed.has('situation')) flow.presetSituation(this.situation);
    if (changed.has('audience')) flow.presetAudience(this.audience);
    if (changed.has('region')) flow.set({ country: undefined });
    if (changed.has('reportUrl')) {
      this.#reportLink = pageUrl(this.reportUrl, {
        element: this.localName,
        attribute: 'report-url',
      });
      flow.presetSiteReport(this.#reportLink !== undefined);
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
    if (this.#flow.state.situation === this.situation) this.#flow.set({ situation: '' });
  }

  protected override get dataSections(): readonly SectionName[] {
    return ['guide', 'platforms'];
  }

  protected override get shownRegion(): string {
    return this.#flow.country;
  }

  override render(): TemplateResult {
    if (!this.isButton) return this.renderPanel();
    const modal = this.#modal;
    return html`
      <button
        part="button"
        type="button"
        class="button primary open script-only"
        aria-haspopup="dialog"
        @click=${() => this.show()}
      >
        ${this.label || this.t('report.button')}
      </button>
      ${
        this.prerender.active
          ? html`<details class="no-script">
              <summary>${this.label || this.t('report.button')}</summary>
              ${this.renderPanel()}
            </details>`
          : nothing
      }
      <dialog
        part="dialog"
        aria-labelledby="${this.uid}-heading"
        @close=${modal.onClose}
        @keydown=${modal.onKeydown}
      >
        <div part="dialog-header" class="dialog-bar">
          ${
            this.offersExit
              ? html`<div class="dialog-exit" lang=${this.locale} dir=${directionOf(this.locale)}>
                  ${renderExitControl({
                    labels: this.exitLabels(),
                    state: this.#exitLights.state,
                    onExit: () => this.exitNow(),
                  })}
                </div>`
              : nothing
          }
          <button type="button" class="button close" @click=${() => this.close()}>
            ${this.t('report.close')}
          </button>
        </div>
        <div class="dialog-body">${modal.open ? this.renderPanel() : nothing}</div>
      </dialog>
    `;
  }

  private renderPanel(): TemplateResult {
    const [heading, region] = [this.t('report.heading'), this.#flow.country];
    const groups = this.groups?.split(/\s+/).filter(Boolean);
    const plain = this.prerender.active ? renderPlainGuide(this.stepView(), groups) : nothing;
    // Without its guide (the file failed) there is no step to draw.
    const content = () =>
      this.data.guide.situations.length ? html`${this.renderStepContent()}${plain}` : nothing;
    return this.renderFrame({ heading, region, content, landmark: !this.isButton });
  }

  private renderStepContent(): TemplateResult {
    const t = this.t;
    const flow = this.#flow;
    const step = flow.step;
    const index = flow.state.stepIndex;
    const plan = step === 'start' ? undefined : flow.plan;
    const view = this.stepView();
    return html`
      <p class="step-of script-only">
        ${t('report.step-of', { current: index + 1, total: STEPS.length })}
      </p>
      <progress
        class="progress script-only"
        aria-hidden="true"
        max=${STEPS.length}
        .value=${index + 1}
      ></progress>
      <div part="step" class="step script-only" data-step=${step}>
        <div
          role="heading"
          aria-level=${Math.min(6, this.level + 1)}
          class="step-heading"
          part="step-heading"
          tabindex="-1"
        >
          ${flow.stepTitle(step)}
        </div>
        ${
          // A country just chosen: its services are on their way; a plan without them would say there are none.
          step !== 'start' && this.isLoadingMore
            ? html`<p class="loading" role="status">${t('loading')}</p>`
            : plan || step === 'start'
              ? renderStep(view, step, plan)
              : nothing
        }
      </div>
      ${renderNav(view)}
    `;
  }

  private stepView(): StepView {
    return {
      t: this.t,
      text: (value) => this.text(value),
      uid: this.uid,
      groups: this.#modal.groupName(this.uid),
      level: this.level,
      data: this.data,
      flow: this.#flow,
      siteReport: siteReportFor(this.#reportLink, this.context, this.t),
      regionPicker: () =>
        this.renderRegionPicker({
          id: `${this.uid}-country`,
          label: this.t('report.country'),
          selected: this.#flow.country,
          onChoose: (country) => this.#flow.set({ country }),
        }),
      cards: (resources, plan, level = this.level + 2) =>
        renderCardList(
          this.cardContext({ level, textFirst: this.#flow.state.textFirst, compact: false }),
          resources,
          plan,
        ),
      summaryText: (plan) => this.summaryText(plan),
      onSiteReport: () =>
        this.emit('sp-action', {
          element: this.localName,
          resource: 'site-report',
          channel: 'web',
          action: 'open',
        }),
      onCopy: (plan, button) => void this.copySummary(plan, button),
    };
  }

  private summaryText(plan: Plan): string {
    const { notes, includeNotes } = this.#flow.state;
    return buildSummary({
      plan,
      steps: this.data.guide.steps,
      regionName: regionNamer(this.t, this.locale)(this.#flow.country),
      notes: includeNotes ? notes : undefined,
      siteReport: siteReportFor(this.#reportLink, this.context, this.t),
      t: this.t,
      text: (value) => this.text(value),
      locale: this.locale,
    });
  }

  /** Focus after the flow moved: the step's heading (in the dialog, scrolled to the top), or a question. */
  #focusOn(target: FocusTarget): void {
    const root = this.renderRoot;
    if (target === 'step') {
      // In the dialog, each step starts at the top of its scroll region, emergency line first.
      const body = root.querySelector('.dialog-body');
      if (body) body.scrollTop = 0;
      root.querySelector<HTMLElement>('.step-heading')?.focus();
      return;
    }
    const group = `${this.#modal.groupName(this.uid)}-${target}`;
    root.querySelector<HTMLInputElement>(`input[name="${group}"]`)?.focus();
  }

  private async copySummary(plan: Plan, button: Element): Promise<void> {
    const copied = await copyFrom(button, this.summaryText(plan));
    const said = this.t(copied ? 'summary.copied' : 'summary.copy-failed');
    this.announcement = sayAgain(this.announcement, said);
  }

  /** Opens the flow in its dialog (variant="button"). */
  async show(): Promise<void> {
    if (this.isButton) await this.#modal.show();
  }

  /**
   * Opens the flow at its first screen with a situation (and who it is for) chosen, and moves focus there: for a
   * "what to do next" link elsewhere. Without a situation the guide has, nothing is chosen: no guess.
   */
  async openAt(situation?: string, audience?: string): Promise<void> {
    this.#flow.openAt(situation, audience);
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
    this.#modal.close();
  }

  /**
   * Forgets everything typed or chosen.
   *
   * @internal
   */
  override wipe(): void {
    this.#flow.wipe();
    this.renderRoot?.querySelectorAll('textarea').forEach((area) => (area.value = ''));
  }
}
