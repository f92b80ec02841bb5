/** What the <report-help> test files share: queries into the shadow root, and answering and moving through the flow. */
import type { ReportHelpElement } from '../src/elements/report-help/report-help.js';

export type El = ReportHelpElement;

export const root = (el: El) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: El, selector: string) =>
  root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: El, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
export const stepHeading = (el: El) => clean($(el, '.step-heading')?.textContent);
export const active = (el: El) => root(el).activeElement as HTMLElement | null;
/** What has focus, as a person would describe it: "heading: …", "button: …". */
export const focusName = (el: El) => {
  const element = active(el);
  if (!element) return 'nothing';
  const role = element.getAttribute('role') ?? element.localName;
  return `${role}: ${clean(element.getAttribute('aria-label') ?? element.textContent)}`;
};
export const statuses = (el: El) => $$(el, '[role="status"]').map((s) => clean(s.textContent));

export function button(el: El, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => clean(b.innerText) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Answers the first screen with the mouse-free DOM API, then shows the plan. */
export async function answer(
  el: El,
  situation: string,
  age: string,
  country?: string,
): Promise<void> {
  $<HTMLInputElement>(el, `input[value="${situation}"]`)!.click();
  // The answers to "Who is it happening to?" depend on the situation.
  await el.updateComplete;
  $<HTMLInputElement>(el, `input[value="${age}"]`)!.click();
  if (country) {
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = country;
    select.dispatchEvent(new Event('change'));
  }
  await el.updateComplete;
  button(el, 'Show my plan').click();
  await el.updateComplete;
}

export async function next(el: El): Promise<void> {
  button(el, 'Next').click();
  await el.updateComplete;
}

export { tabTo } from './helpers.js';
