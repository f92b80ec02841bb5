import { css } from 'lit';
import { lateControlStyles } from '../../internal/prerender.js';

/** report-help's own styles, with (its drawn chooser doing nothing without the script) the 8-second fallback. */
export const styles = css`
  ${lateControlStyles}

  /* The least the first step takes (57.5em on a wide panel), and never more than a screen. The dialog keeps no
     room: it covers the page, so nothing under it can jump. */
  :host {
    --_loading-size: var(--sp-report-help-loading-size, min(56em, 100svh));
  }

  :host([variant='button']) {
    --_loading-size: auto;
  }

  .step-of {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* A <progress> element, so the bar's length needs no inline style (a style-src 'self' CSP allows none). */
  .progress {
    display: block;
    width: 100%;
    height: 0.375rem;
    margin: 0 0 var(--_space);
    border: none;
    border-radius: 1rem;
    background: var(--_surface);
    overflow: hidden;
    appearance: none;
  }

  .progress::-webkit-progress-bar {
    background: var(--_surface);
  }

  .progress::-webkit-progress-value {
    background: var(--_accent);
  }

  .progress::-moz-progress-bar {
    background: var(--_accent);
  }

  .step-heading {
    /* Focus scrolls the heading clear of the page's exit control at the top of the viewport. */
    scroll-margin-top: 4rem;
    margin: 0 0 0.75rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .step-heading:focus {
    outline: none;
  }

  .step-heading:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .lead {
    font-size: 1.0625em;
    font-weight: 600;
  }

  .small,
  .what-happens {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .error {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_danger-bg);
    font-weight: 600;
  }

  fieldset {
    min-width: 0;
    margin: 0 0 var(--_space);
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  legend {
    padding: 0 0.25rem;
    font-weight: 700;
  }

  .choice,
  .checkbox {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
    min-height: 2.75rem;
    padding: 0.5rem 0.25rem;
    cursor: pointer;
  }

  .choice + .choice {
    border-top: 1px solid var(--_surface);
  }

  /* Two fields side by side where both fit, each half of the row from the start: a half-parsed prerendered panel
     (one field so far) must not lay it out wider than it will be. */
  .fields {
    container-type: inline-size;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 0 0 0.5rem;
  }

  .fields > .field {
    flex: 1 1 100%;
  }

  @container (min-width: 28.75rem) {
    .fields > .field {
      flex: 0 0 calc((100% - 0.75rem) / 2);
    }
  }

  .list-label {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }

  .keep {
    margin-top: 0;
  }

  .never {
    margin: 0 0 var(--_space);
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_danger-bg);
  }

  .never ul {
    margin: 0;
  }

  .urgent {
    margin: 0 0 var(--_space);
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
  }

  .urgent ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    font-weight: 600;
  }

  .never .never-capture {
    font-weight: 700;
  }

  .kind-group + .kind-group {
    margin-top: var(--_space);
  }

  .kind-heading {
    font-weight: 700;
    font-size: 1.05em;
  }

  .item .never-capture {
    margin: 0.5rem 0;
    padding: 0.25rem 0.5rem;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_danger-bg);
  }

  .platform-steps {
    padding-inline-start: 1.25rem;
  }

  .notes .field + .field {
    margin-top: 0.5rem;
  }

  .nav,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: var(--_space);
  }

  .nav .restart {
    margin-inline-start: auto;
  }

  .summary {
    max-height: 24rem;
    overflow: auto;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-family: inherit;
    font-size: 0.9375em;
    white-space: pre-wrap;
  }

  .faq-heading {
    margin: 1.5rem 0 0.5rem;
    font-size: 1.125em;
    font-weight: 700;
  }

  .faq {
    border-top: 1px solid var(--_border);
    padding: 0.5rem 0;
  }

  .faq summary {
    padding: 0.625rem 0;
    font-weight: 600;
    cursor: pointer;
  }

  .faq p {
    margin: 0.25rem 0 0.5rem;
  }

  /* One height at every step: the header (exit and Close) stays, the body scrolls. */
  dialog {
    width: min(44rem, calc(100vw - 1rem));
    height: min(48rem, calc(100dvh - 1rem));
    max-height: calc(100dvh - 1rem);
    padding: 0;
    overflow: hidden;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
  }

  .dialog-body {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  .dialog-body .step-heading {
    scroll-margin-top: 0;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }

  .dialog-bar {
    display: flex;
    flex: none;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
  }

  .dialog-bar .close {
    margin-inline-start: auto;
  }

  @media (forced-colors: active) {
    .progress {
      border: 1px solid CanvasText;
    }
    .progress::-webkit-progress-value {
      background: Highlight;
    }
    .progress::-moz-progress-bar {
      background: Highlight;
    }
    .never,
    .urgent,
    .error,
    fieldset,
    .summary,
    dialog {
      border: 2px solid CanvasText;
    }
  }

  @media print {
    .exit-note,
    .nav,
    .row,
    .progress,
    .checkbox,
    .open {
      display: none;
    }
    .summary {
      max-height: none;
      overflow: visible;
      border: none;
    }
  }
`;
