import { css, html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { directionOf } from '../i18n/direction.js';

/** Where a press count stands: `presses` lights are lit; `expired` says the count ran out (5 s with no press). */
export interface ExitState {
  readonly presses: number;
  readonly expired: boolean;
}

export const IDLE: ExitState = Object.freeze({ presses: 0, expired: false });

/** The quick exit's words, in the language of the element it is drawn for. */
export interface ExitLabels {
  readonly lang: string;
  /** "Exit this page" */
  readonly button: string;
  /** The name of the page-level exit's landmark: "Quick exit". */
  readonly region: string;
  /** "Shift, press 2 more times to exit." */
  remaining(count: number): string;
  /** "Exit this page cancelled." */
  readonly expired: string;
}

/** What the status region says for a state: how many presses are left, that the count expired, or nothing. */
export function exitMessage(labels: ExitLabels, state: ExitState): string {
  if (state.presses > 0) return labels.remaining(3 - state.presses);
  return state.expired ? labels.expired : '';
}

/**
 * The exit button with its three Shift lights (after GOV.UK's "Exit this page": one fills with each Shift press),
 * and the status region that says the same in words. Drawn once per page by `<sp-quick-exit>`, and in the
 * report-help dialog's header, which a modal dialog keeps apart from the rest of the page.
 */
export function renderExitControl(options: {
  labels: ExitLabels;
  state: ExitState;
  onExit: () => void;
}): TemplateResult {
  const { labels, state } = options;
  return html`<button
      part="exit-button"
      type="button"
      class="exit-button"
      data-presses=${state.presses}
      @click=${options.onExit}
    >
      <span>${labels.button}</span>
      <span class="lights" aria-hidden="true"
        >${[1, 2, 3].map(
          (n) => html`<span class="light ${state.presses >= n ? 'on' : ''}"></span>`,
        )}</span
      >
    </button>
    <p class="exit-status" role="status">${exitMessage(labels, state)}</p>`;
}

export const exitControlStyles = css`
  :host {
    --_exit-bg: var(--sp-exit-bg, #8b1116);
    --_exit-text: var(--sp-exit-text, #ffffff);
  }

  .exit-button {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    margin: 0;
    padding: 0.375rem 0.75rem;
    border: 2px solid var(--_exit-bg);
    border-radius: 0.5rem;
    background: var(--_exit-bg);
    color: var(--_exit-text);
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    white-space: nowrap;
    cursor: pointer;
  }

  .exit-button:focus-visible {
    outline: 3px solid #ffdd00;
    outline-offset: 0;
    box-shadow: 0 0 0 6px #0b0c0c;
  }

  .lights {
    display: inline-flex;
    gap: 0.25rem;
  }

  /* A touch screen is not told about Shift (styles.ts): its lights show only once a keyboard's Shift is pressed. */
  @media (hover: none) and (pointer: coarse) {
    .exit-button[data-presses='0'] .lights {
      display: none;
    }
  }

  .light {
    width: 0.625rem;
    height: 0.625rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }

  .light.on {
    background: currentColor;
  }

  .exit-status {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: no-preference) {
    .light {
      transition: background-color 0.15s;
    }
  }

  @media (forced-colors: active) {
    .exit-button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .exit-button:focus-visible {
      outline-color: Highlight;
    }
    .light {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: ButtonFace;
    }
    .light.on {
      background: ButtonText;
    }
  }

  @media print {
    .exit-button {
      display: none;
    }
  }
`;

/**
 * The page's one quick exit: fixed at the top inline-end corner of the viewport while a panel that offers the
 * exit is on screen. The quick-exit singleton creates it, appends it to the body (so no ancestor's transform or
 * overflow can unpin it) and sets what it shows; it has no attributes of its own.
 *
 * @internal
 */
export class PageExitElement extends LitElement {
  static override styles = [
    exitControlStyles,
    css`
      :host {
        position: fixed;
        z-index: 2147483000;
        top: 0;
        inset-inline-end: 0;
        display: block;
        margin: 0.375rem;
        font-family: var(
          --sp-font-family,
          system-ui,
          -apple-system,
          'Segoe UI',
          Roboto,
          sans-serif
        );
        font-size: var(--sp-font-size, 1rem);
      }
      :host([hidden]) {
        display: none;
      }
      .exit-button {
        box-shadow: 0 1px 4px rgb(0 0 0 / 0.4);
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    labels: { attribute: false },
    state: { attribute: false },
  };

  declare labels: ExitLabels | undefined;
  declare state: ExitState;
  /** What the button does: set by the singleton to leave from the element whose exit is shown. */
  onExit: () => void = () => {};

  constructor() {
    super();
    this.state = IDLE;
  }

  override render(): TemplateResult {
    const labels = this.labels;
    if (!labels) return html``;
    return html`<aside
      aria-label=${labels.region}
      lang=${labels.lang}
      dir=${directionOf(labels.lang)}
    >
      ${renderExitControl({ labels, state: this.state, onExit: () => this.onExit() })}
    </aside>`;
  }
}

export const PAGE_EXIT_TAG = 'sp-quick-exit';

/** A new page-level exit, registering its tag the first time (and tolerating a second copy of the bundle). */
export function createPageExit(): PageExitElement {
  if (!customElements.get(PAGE_EXIT_TAG)) customElements.define(PAGE_EXIT_TAG, PageExitElement);
  const Element = customElements.get(PAGE_EXIT_TAG) as typeof PageExitElement;
  return new Element();
}
