import { html, nothing, type TemplateResult } from 'lit';
import { markedText } from '../../internal/other-language.js';
import type { StringKey, Translate } from '../../i18n/strings.js';
import type { Plan } from '../../manifest/plan.js';
import type { Manifest, Resource, Text } from '../../manifest/schema.js';
import { choicesFor, STEPS, type ReportFlow } from './flow.js';

/** The site's own report form, and what its link says. */
export interface SiteReport {
  url: string;
  label: string;
}

/** The site's own report form (`report-url`, checked), and what its link says, with the forum's `context`. */
export function siteReportFor(
  url: string | undefined,
  context: string | undefined,
  t: Translate,
): SiteReport | undefined {
  if (!url) return undefined;
  return { url, label: context ? t('platform.site.context', { context }) : t('platform.site') };
}

/** What the steps are drawn from: the element's words and ids, the flow, and what the element does for them. */
export interface StepView {
  t: Translate;
  text: (value: Text | undefined) => string;
  /** Prefix for ids in the shadow root. */
  uid: string;
  /** Prefix for the names of the radio groups (new on each opening of the dialog: see Modal.groupName). */
  groups: string;
  /** The panel heading's level. */
  level: number;
  data: Manifest;
  flow: ReportFlow;
  siteReport: SiteReport | undefined;
  /** The country picker (the base element's). */
  regionPicker: () => TemplateResult;
  cards: (resources: readonly Resource[], plan: Plan, level?: number) => TemplateResult;
  summaryText: (plan: Plan) => string;
  onSiteReport: () => void;
  /** `button`: the copy button pressed, which shows "Plan copied" for a moment. */
  onCopy: (plan: Plan, button: Element) => void;
}

/** The reader's age alone, where "I saw or found it" is the only answer (found abuse material). */
const ONLY_AGE: Record<string, StringKey | undefined> = {
  'under-18.found': 'age.under-18.found.only',
  'adult.found': 'age.adult.found.only',
};

/** The first screen: what is happening, who it is for, the country and the platform. */
export function renderStart(view: StepView): TemplateResult {
  const { t, uid: id, flow } = view;
  const state = flow.state;
  const value = (e: Event) => (e.target as HTMLSelectElement).value;
  const chosen = view.data.guide.situations.find((s) => s.id === state.situation);
  const choices = choicesFor(chosen);
  const only = Boolean(chosen?.bystander?.only);
  return html`
    <p>${t('report.start.intro')}</p>
    ${
      state.missing
        ? html`<p class="error" role="alert" id="${id}-missing">${t('report.missing')}</p>`
        : nothing
    }
    <fieldset class="choices" aria-describedby=${state.missing ? `${id}-missing` : nothing}>
      <legend>${t('report.situation')}</legend>
      ${view.data.guide.situations.map(
        (situation) =>
          html`<label class="choice">
            <input
              type="radio"
              name="${view.groups}-situation"
              value=${situation.id}
              .checked=${state.situation === situation.id}
              @change=${() => flow.set({ situation: situation.id })}
            />
            <span>${markedText(view, situation.title)}</span>
          </label>`,
      )}
    </fieldset>
    <fieldset class="choices" aria-describedby=${state.missing ? `${id}-missing` : nothing}>
      <legend>${t(only ? 'report.age.found' : 'report.age')}</legend>
      ${choices.map(
        (choice) =>
          html`<label class="choice">
            <input
              type="radio"
              name="${view.groups}-age"
              value=${choice}
              .checked=${state.age === choice}
              @change=${() => flow.set({ age: choice })}
            />
            <span>${t((only && ONLY_AGE[choice]) || `age.${choice}`)}</span>
          </label>`,
      )}
    </fieldset>
    <div class="fields">
      <div class="field">${view.regionPicker()}</div>
      <div class="field">
        <label for="${id}-platform">${t('report.platform')}</label>
        <select id="${id}-platform" @change=${(e: Event) => flow.set({ platform: value(e) })}>
          <option value="" ?selected=${state.platform === ''}>${t('report.platform.none')}</option>
          ${
            view.siteReport
              ? html`<option value="site" ?selected=${state.platform === 'site'}>
                  ${t('report.platform.site')}
                </option>`
              : nothing
          }
          ${view.data.platforms.map(
            (platform) =>
              html`<option value=${platform.id} ?selected=${state.platform === platform.id}>
                ${platform.name}
              </option>`,
          )}
        </select>
      </div>
    </div>
    <label class="checkbox">
      <input
        type="checkbox"
        .checked=${state.textFirst}
        @change=${(e: Event) => flow.set({ textFirst: (e.target as HTMLInputElement).checked })}
      />
      <span>${t('report.text-first')}</span>
    </label>
  `;
}

/** Back, then "Show my plan" or Next, then Start over. */
export function renderNav(view: StepView): TemplateResult {
  const { t, flow } = view;
  const index = flow.state.stepIndex;
  const last = STEPS.length - 1;
  return html`<div part="nav" class="nav script-only">
    ${index > 0 ? html`<button type="button" class="button" @click=${() => flow.back()}>${t('report.back')}</button>` : nothing}
    ${
      index === 0
        ? html`<button type="button" class="button primary" @click=${() => flow.submitStart()}>
            ${t('report.show-plan')}
          </button>`
        : index < last
          ? html`<button type="button" class="button primary" @click=${() => flow.next()}>
              ${t('report.next')}
            </button>`
          : nothing
    }
    ${index > 0 ? html`<button type="button" class="button restart" @click=${() => flow.restart()}>${t('report.restart')}</button>` : nothing}
  </div>`;
}
