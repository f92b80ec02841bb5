import { buttonWords } from './button-words.js';

/**
 * What a `<report-help variant="button">` shows until the flow arrives: its button, drawn without lit into a
 * shadow root of its own (so the page's styles do not reach it) inside the element, where the element's own
 * shadow root hides it the moment the element is registered. The look is the element's `button.primary` in its
 * light colours, so nothing moves when the element takes over.
 */
const STYLE = `
  :host { display: block; }
  button {
    display: inline-flex; align-items: center; justify-content: center;
    min-height: 2.75rem; min-width: 2.75rem; padding: 0.5rem 0.875rem;
    border: 2px solid var(--sp-color-accent, #0b5cad); border-radius: var(--sp-radius, 0.5rem);
    background: var(--sp-color-accent, #0b5cad); color: var(--sp-color-accent-text, #ffffff);
    font: inherit; font-family: var(--sp-font-family, inherit); font-size: var(--sp-font-size, 1rem);
    font-weight: 600; line-height: 1.5; cursor: pointer;
  }
  button:focus-visible { outline: 3px solid var(--sp-color-focus, #c75000); outline-offset: 2px; }
  [aria-busy='true'] { cursor: progress; }
  .status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (forced-colors: active) {
    button { border-color: CanvasText; background: ButtonFace; color: ButtonText; }
    button:focus-visible { outline-color: Highlight; }
  }
`;

/** The attribute that marks a stand-in inside its element. */
export const STAND_IN = 'data-sp-stand-in';

/** The page's own fallback inside the element (a plain "Report this post" link) gives way to the stand-in. */
const PAGE_STYLE = `report-help:not(:defined):has(> [${STAND_IN}]) > :not([${STAND_IN}]) { display: none !important; }`;

/**
 * The stand-ins' sheet, made with the first one; the page's rule goes into the document then. Constructed sheets,
 * which a Content-Security-Policy without inline styles allows.
 */
let sheet: CSSStyleSheet | undefined;
function standInSheet(): CSSStyleSheet {
  if (sheet) return sheet;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  const page = new CSSStyleSheet();
  page.replaceSync(PAGE_STYLE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
  return sheet;
}

export interface StandInActions {
  /** The person is about to press (pointer over it, focus, pointer down): start loading. */
  near: () => void;
  /** The button was pressed. */
  press: () => void;
}

/** The language asked for around an element, as the element itself reads it (pageLanguage, then the browser's). */
function requestedLanguage(host: Element): string {
  return (
    host.closest<HTMLElement>('[lang]')?.lang ||
    document.documentElement.lang ||
    navigator.language ||
    'en'
  );
}

/** Draws the stand-in button into `host`; returns it. */
export function drawStandIn(host: HTMLElement, actions: StandInActions): HTMLElement {
  const words = buttonWords(requestedLanguage(host));
  const holder = document.createElement('span');
  holder.setAttribute(STAND_IN, '');
  const root = holder.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [standInSheet()];
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'button');
  button.setAttribute('aria-haspopup', 'dialog');
  button.textContent = host.getAttribute('label') || words.button;
  // Empty until a press: a live region announces text put into it, not the text it starts with.
  const status = document.createElement('span');
  status.className = 'status';
  status.setAttribute('role', 'status');
  root.append(button, status);
  for (const type of ['pointerenter', 'pointerdown', 'focus'])
    button.addEventListener(type, actions.near, { once: true, passive: true });
  button.addEventListener('click', () => {
    button.setAttribute('aria-busy', 'true');
    status.textContent = words.loading;
    actions.press();
  });
  host.append(holder);
  return holder;
}
