import { html, nothing, type TemplateResult } from 'lit';
import { markedText } from '../../internal/other-language.js';
import { clock } from '../../internal/clock.js';
import { copyLabels, renderResourceCard, type CardContext } from '../../internal/resource-card.js';
import { policeCallText, supportNote } from '../../internal/summary.js';
import { isStale } from '../../manifest/dates.js';
import type { Plan } from '../../manifest/plan.js';
import type { Resource } from '../../manifest/schema.js';
import { isSiteEntry } from '../../manifest/site-trust.js';
import { linkHost } from '../../manifest/trust.js';
import type { StepId } from './flow.js';
import { renderStart, type StepView } from './start.js';

/** The current step's content: the first screen, or a step of the plan. */
export function renderStep(view: StepView, step: StepId, plan: Plan | undefined): TemplateResult {
  if (step === 'start' || !plan) return renderStart(view);
  switch (step) {
    case 'recognise':
      return renderRecognise(view, plan);
    case 'evidence':
      return renderEvidence(view, plan);
    case 'platform':
      return renderPlatform(view, plan);
    case 'official':
      return renderOfficial(view, plan);
    case 'support':
      return renderSupport(view, plan);
    default:
      return renderSummary(view, plan);
  }
}

export function renderRecognise(view: StepView, plan: Plan): TemplateResult {
  const { uid } = view;
  const summary = view.data.guide.steps.find((s) => s.id === 'recognise')?.summary;
  const urgent = plan.urgent;
  return html`
    ${
      urgent.length
        ? html`<div part="urgent" class="urgent">
            <p class="list-label" id="${uid}-urgent">${view.t('report.urgent')}</p>
            <ul aria-labelledby="${uid}-urgent">
              ${urgent.map((item) => html`<li>${markedText(view, item)}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    <p class="lead">${markedText(view, plan.recognise)}</p>
    ${summary ? html`<p>${markedText(view, summary)}</p>` : nothing}
  `;
}

/** What to keep, and what never to do, for this plan. */
export function renderKeepLists(view: StepView, plan: Plan): TemplateResult {
  const t = view.t;
  return html`
    <p class="list-label">${t('evidence.keep')}</p>
    <ul class="keep">
      ${plan.situation.keep.map((item) => html`<li>${markedText(view, item)}</li>`)}
    </ul>
    <div class="never">
      <p class="list-label">${t('evidence.never')}</p>
      <ul>
        ${plan.minorImages ? html`<li class="never-capture">${t('never.capture')}</li>` : nothing}
        ${plan.situation.never.map((item) => html`<li>${markedText(view, item)}</li>`)}
      </ul>
    </div>
  `;
}

function renderEvidence(view: StepView, plan: Plan): TemplateResult {
  const { t, uid: id, flow } = view;
  const notes = flow.state.notes;
  return html`
    ${renderKeepLists(view, plan)}
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
              .value=${notes[key]}
              @input=${(e: Event) =>
                flow.set({
                  notes: { ...flow.state.notes, [key]: (e.target as HTMLTextAreaElement).value },
                })}
            ></textarea>
          </div>`,
      )}
    </fieldset>
  `;
}

function renderPlatform(view: StepView, plan: Plan): TemplateResult {
  const { t, text, siteReport } = view;
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
              @click=${view.onSiteReport}
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
            <p class="platform-host">${t('channel.host', { host: linkHost(platform.url) })}</p>
            ${
              // A site's own platform never passes for a built-in one: it says whose it is.
              isSiteEntry(platform) ? html`<p class="added-by">${t('card.site')}</p>` : nothing
            }
            ${
              platform.steps?.length
                ? html`<ol class="platform-steps">
                    ${platform.steps.map((item) => html`<li>${markedText(view, item)}</li>`)}
                  </ol>`
                : nothing
            }
            ${
              platform.links?.length
                ? html`<ul class="platform-links">
                    ${platform.links.map(
                      (link) =>
                        html`<li>
                          <a href=${link.url} rel="noopener noreferrer" referrerpolicy="no-referrer"
                            >${markedText(view, link.label)}</a
                          >
                        </li>`,
                    )}
                  </ul>`
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
    ${category && !platform?.steps?.length ? html`<p class="lead">${t('platform.category', { category: text(category) })}</p>` : nothing}
    <p class="what-happens">
      <strong>${t('what-happens')}${t('colon')}</strong> ${t('platform.what-happens')}
    </p>
  `;
}

export function renderOfficial(view: StepView, plan: Plan): TemplateResult {
  const { t, level } = view;
  const police = plan.official.filter((r) => r.kind === 'law-enforcement');
  const centres = plan.official.filter((r) => r.kind === 'reporting-centre');
  const tools = plan.official.filter((r) => r.kind === 'removal-tool');
  // The police number line, where the plan needs a police route and no police service of the country takes it.
  const policeLine = policeCallText(plan, t);
  const group = (
    key: 'official.police' | 'official.centres' | 'official.tools',
    resources: Resource[],
    extra?: TemplateResult,
  ) =>
    resources.length || extra
      ? html`<section class="kind-group" data-kind=${key}>
          <div role="heading" aria-level=${Math.min(6, level + 2)} class="kind-heading">
            ${t(key)}
          </div>
          ${resources.length ? html`<p class="small">${t(`${key}.about`)}</p>` : nothing}
          ${resources.length ? view.cards(resources, plan, level + 3) : nothing} ${extra ?? nothing}
        </section>`
      : nothing;
  return html`
    <p>${t('official.intro')}</p>
    ${plan.crossBorder ? html`<p class="lead">${t('official.cross-border')}</p>` : nothing}
    ${group('official.police', police, policeLine ? html`<p class="lead police-call">${policeLine}</p>` : undefined)}
    ${group('official.centres', centres)} ${group('official.tools', tools)}
  `;
}

export function renderSupport(view: StepView, plan: Plan): TemplateResult {
  const note = supportNote(view.t, plan);
  if (!plan.support.length) return html`<p class="lead">${note}</p>`;
  return html`
    <p>${view.t(plan.helping ? 'support.intro.helper' : 'support.intro')}</p>
    ${plan.noTextOrChat ? html`<p class="lead">${view.t('support.no-text')}</p>` : nothing}
    ${view.cards(plan.support, plan)} ${note ? html`<p class="lead">${note}</p>` : nothing}
  `;
}

function renderSummary(view: StepView, plan: Plan): TemplateResult {
  const { t, flow } = view;
  const { notes, includeNotes } = flow.state;
  const hasNotes = Boolean(notes.where || notes.who || notes.when);
  const faq = view.data.guide.faq;
  return html`
    <p>${t('summary.intro')}</p>
    ${
      hasNotes
        ? html`<label class="checkbox">
            <input
              type="checkbox"
              .checked=${includeNotes}
              @change=${(e: Event) => flow.set({ includeNotes: (e.target as HTMLInputElement).checked })}
            />
            <span>${t('summary.include-notes')}</span>
          </label>`
        : nothing
    }
    <pre part="summary" class="summary" tabindex="0" aria-label=${t('summary.label')}>
${view.summaryText(plan)}</pre>
    <div class="row">
      <button
        type="button"
        class="button primary"
        @click=${(event: Event) => view.onCopy(plan, event.currentTarget as Element)}
      >
        ${copyLabels(t('summary.copy'), t('summary.copied'))}
      </button>
      <button type="button" class="button" @click=${() => window.print()}>
        ${t('summary.print')}
      </button>
    </div>
    ${
      faq.length
        ? html`<div role="heading" aria-level=${Math.min(6, view.level + 2)} class="faq-heading">
              ${t('faq.heading')}
            </div>
            ${faq.map(
              (item) =>
                html`<details class="faq">
                  <summary>${markedText(view, item.question)}</summary>
                  <p>${markedText(view, item.answer)}</p>
                </details>`,
            )}`
        : nothing
    }
  `;
}

/** Services as cards; where the plan may involve images of someone under 18, each says never to keep them. */
export function renderCardList(
  context: CardContext,
  resources: readonly Resource[],
  plan: Plan,
): TemplateResult {
  const cards = { ...context, neverCapture: plan.minorImages };
  return html`<ul class="list" role="list">
    ${resources.map((resource) => renderResourceCard(cards, resource))}
  </ul>`;
}
