import { html, nothing, type TemplateResult } from 'lit';
import { markedText } from '../../internal/other-language.js';
import { planFor, type Plan } from '../../manifest/plan.js';
import type { AgeGroup, Resource } from '../../manifest/schema.js';
import type { StepId } from './flow.js';
import type { StepView } from './start.js';
import { renderKeepLists, renderOfficial, renderRecognise, renderSupport } from './steps.js';

/** Without a chosen age, the guide is written for someone helping a young person: the widest set of services. */
const PLAIN_AGE = 'under-18.helping';

/** The plans for a page without scripts: the chosen situation's, or every situation's. */
function plainPlans(view: StepView, groups: readonly string[] | undefined): Plan[] {
  const { flow, data } = view;
  const [age, who] = (flow.state.age || PLAIN_AGE).split('.') as [AgeGroup, string];
  const chosen = data.guide.situations.some((s) => s.id === flow.state.situation);
  const ids = chosen ? [flow.state.situation] : data.guide.situations.map((s) => s.id);
  const plans = ids.flatMap(
    (situation) =>
      planFor(data, { situation, age, helping: who === 'helping', region: flow.country, groups }) ??
      [],
  );
  // Two situations may lead to one plan at this age (adult images, when it is someone under 18): shown once.
  return [...new Map(plans.map((plan) => [plan.situation.id, plan])).values()];
}

/** Each service once, in the order the plans list them. */
function unique(resources: readonly Resource[]): Resource[] {
  return [...new Map(resources.map((resource) => [resource.id, resource])).values()];
}

/**
 * The report guide as a page without scripts shows it (drawn on a server, hidden where scripts run): for the
 * situation the element was drawn for, its whole plan, step by step; without one, what each situation is and what
 * to do first, then every official service and support line those plans list. Links call and open; nothing here
 * needs a script.
 */
export function renderPlainGuide(
  view: StepView,
  groups: readonly string[] | undefined,
): TemplateResult {
  const plans = plainPlans(view, groups);
  const sub = Math.min(6, view.level + 1);
  const heading = (text: string) =>
    html`<div role="heading" aria-level=${sub} class="step-heading">${text}</div>`;
  const step = (id: StepId) => heading(view.flow.stepTitle(id));
  const [only] = plans;
  if (plans.length === 1 && only) {
    return html`<div class="no-script plain-guide">
      ${heading(view.text(only.title))} ${renderRecognise(view, only)} ${step('evidence')}
      ${renderKeepLists(view, only)} ${step('official')} ${renderOfficial(view, only)}
      ${step('support')} ${renderSupport(view, only)}
    </div>`;
  }
  const cardsFrom = plans.find((plan) => plan.minorImages) ?? only;
  const official = unique(plans.flatMap((plan) => plan.official));
  const support = unique(plans.flatMap((plan) => plan.support));
  return html`<div class="no-script plain-guide">
    <p>${view.t('report.situation')}</p>
    ${plans.map(
      (plan) =>
        html`<details class="faq">
          <summary>${markedText(view, plan.title)}</summary>
          ${renderRecognise(view, plan)} ${renderKeepLists(view, plan)}
        </details>`,
    )}
    ${
      cardsFrom
        ? html`${step('official')} ${view.cards(official, cardsFrom, sub + 1)} ${step('support')}
          ${view.cards(support, cardsFrom, sub + 1)}`
        : nothing
    }
  </div>`;
}
