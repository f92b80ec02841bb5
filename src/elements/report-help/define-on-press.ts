import type { ReportHelpElement } from './report-help.js';
import { drawStandIn, STAND_IN } from './stand-in.js';

/**
 * The entry of dist/report-help.js, the per-element script. A page of report buttons (a forum, one under every
 * post) pays for a button, not for the flow: until the first press each `<report-help variant="button">` shows a
 * stand-in button (stand-in.ts), and `<report-help>` is not yet registered. The flow (define-full.ts: the element,
 * its words, its data loaders) starts loading when a person nears a button (pointer over it, focus, pointer
 * down) and is registered on the press: every element on the page then becomes the whole `<report-help>` at once,
 * sharing that one load, and the pressed one opens its dialog. A press before the flow is here is kept: the
 * button says it is busy and the dialog opens when it arrives.
 *
 * Any other `<report-help>` (the inline panel, a button a server drew, one with its own `manifest`, whose words
 * may differ) registers the element at once, as define.ts does.
 */
const TAG = 'report-help';

let flow: Promise<typeof import('./define-full.js')> | undefined;
let registered: Promise<void> | undefined;
/** The element whose press is waiting for the flow (the last one pressed). */
let pressed: HTMLElement | undefined;
let watcher: MutationObserver | undefined;

/** Starts loading the flow, without registering it. */
function load(): Promise<typeof import('./define-full.js')> {
  flow ??= import('./define-full.js');
  return flow;
}

/** Loads and registers the whole element; the stand-ins, hidden by each element's shadow root, go. */
function register(): Promise<void> {
  registered ??= load().then(({ defineReportHelp }) => {
    watcher?.disconnect();
    defineReportHelp();
    document.querySelectorAll(`${TAG} > [${STAND_IN}]`).forEach((holder) => holder.remove());
  });
  return registered;
}

/** Whether an element can wait for its first press: a button the page wrote, taking the built-in words. */
function waits(element: Element): boolean {
  return (
    element.getAttribute('variant') === 'button' &&
    !element.shadowRoot &&
    !element.hasAttribute('manifest')
  );
}

async function open(element: HTMLElement): Promise<void> {
  pressed = element;
  await register();
  if (pressed !== element) return;
  pressed = undefined;
  await customElements.whenDefined(TAG);
  const full = element as ReportHelpElement;
  await full.updateComplete;
  await full.show();
}

/** Gives each waiting button its stand-in, or registers the element for one that cannot wait. */
function visit(root: ParentNode): void {
  const found = [...root.querySelectorAll<HTMLElement>(TAG)];
  if (root instanceof HTMLElement && root.localName === TAG) found.unshift(root);
  for (const element of found) {
    if (!waits(element)) {
      void register();
      return;
    }
    if (element.querySelector(`:scope > [${STAND_IN}]`)) continue;
    drawStandIn(element, { near: () => void load(), press: () => void open(element) });
  }
}

// No element in the page's own tree yet: one drawn later by a framework, or inside another element's shadow root
// where no stand-in can reach it; register at once, as define.ts does.
if (!customElements.get(TAG) && !document.querySelector(TAG)) void register();
else if (!customElements.get(TAG)) {
  visit(document);
  if (!registered) {
    watcher = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (node instanceof HTMLElement) visit(node);
    });
    watcher.observe(document.documentElement, { childList: true, subtree: true });
  }
}
