import { css } from 'lit';

/**
 * Tokens every element shares. A host sets any `--sp-*` property to theme all panels at once; the defaults
 * meet WCAG AA contrast in light and dark schemes, and forced-colours mode hands colour back to the system.
 * The dark tokens apply through the `dark` custom state, which follows the host page (see scheme.ts), not the
 * device: a light school page on a phone in dark mode keeps light panels.
 */
export const baseStyles = css`
  :host {
    --_text: var(--sp-color-text, #1b1b1f);
    --_muted: var(--sp-color-muted, #4a4a55);
    --_bg: var(--sp-color-bg, #ffffff);
    --_surface: var(--sp-color-surface, #f4f4f7);
    --_border: var(--sp-color-border, #8a8a96);
    --_accent: var(--sp-color-accent, #0b5cad);
    --_accent-text: var(--sp-color-accent-text, #ffffff);
    --_danger: var(--sp-color-danger, #a4161a);
    --_danger-bg: var(--sp-color-danger-bg, #fdecec);
    --_notice-bg: var(--sp-color-notice-bg, #fff4d6);
    --_focus: var(--sp-color-focus, #c75000);
    --_radius: var(--sp-radius, 0.5rem);
    --_space: var(--sp-space, 1rem);

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color-scheme: light;
    color: var(--_text);
    font-family: var(--sp-font-family, inherit);
    font-size: var(--sp-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  :host(:state(dark)) {
    --_text: var(--sp-color-text, #ececf1);
    --_muted: var(--sp-color-muted, #b9b9c6);
    --_bg: var(--sp-color-bg, #17171c);
    --_surface: var(--sp-color-surface, #24242c);
    --_border: var(--sp-color-border, #767684);
    --_accent: var(--sp-color-accent, #8cc4ff);
    --_accent-text: var(--sp-color-accent-text, #0d1b2a);
    --_danger: var(--sp-color-danger, #ffb3b0);
    --_danger-bg: var(--sp-color-danger-bg, #3d1416);
    --_notice-bg: var(--sp-color-notice-bg, #3a3016);
    --_focus: var(--sp-color-focus, #ffb870);

    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  [tabindex='0']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button,
  select {
    font: inherit;
    color: inherit;
  }

  /* The panel brings its own background, so its colours hold on any host page, light or dark. */
  .panel {
    padding: var(--sp-panel-padding, var(--_space));
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }

  .field label {
    font-weight: 600;
  }

  select,
  textarea,
  input[type='search'] {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
    font: inherit;
  }

  /* The field under a country picker that narrows it to the names typed. */
  .find {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-start: 0.5rem;
  }

  .field .find label {
    font-weight: 400;
  }

  .find .found {
    margin: 0;
  }

  .find .found:empty {
    display: none;
  }

  .heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.375em;
    line-height: 1.25;
    font-weight: 700;
  }

  .emergency {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    font-weight: 600;
  }

  .emergency a {
    color: var(--_danger);
    font-size: 1.25em;
    font-weight: 800;
    white-space: nowrap;
  }

  .emergency-note {
    display: block;
    margin-top: 0.25rem;
    font-size: 0.875em;
    font-weight: 400;
  }

  .notice {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_focus);
    background: var(--_notice-bg);
  }

  /* Room at the top for the page's quick exit, which is fixed at the top inline-end corner of the viewport. */
  .panel.with-exit {
    padding-top: calc(var(--sp-panel-padding, var(--_space)) + 3rem);
  }

  .exit-note {
    margin: 0 0 calc(var(--_space) * 0.75);
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Shift pressed three times needs a keyboard: a touch screen without one is not told about it. */
  @media (hover: none) and (pointer: coarse) {
    .exit-shift {
      display: none;
    }
  }

  @media print {
    .panel.with-exit {
      padding-top: var(--sp-panel-padding, var(--_space));
    }
    .exit-note {
      display: none;
    }
  }

  /* "Loading help…" keeps the room the content will take (--_loading-size): the page below does not jump. */
  .panel > .loading {
    min-block-size: var(--_loading-size, auto);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  @media (prefers-reduced-motion: reduce) {
    /* Not the drawn panel's switch to its no-script help (prerender.ts): a delay, not a motion. */
    *:not(.no-script, .script-only) {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    select,
    textarea,
    input[type='search'] {
      border-color: CanvasText;
    }
    .emergency,
    .notice,
    .button {
      border: 2px solid CanvasText;
      forced-color-adjust: auto;
    }
    .button.primary {
      background: ButtonFace;
      color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible,
    select:focus-visible,
    input:focus-visible,
    textarea:focus-visible,
    summary:focus-visible,
    [tabindex='0']:focus-visible {
      outline-color: Highlight;
    }
  }
  /* Choices in the flow and the checklist: a box that a finger can hit, in the panel's accent. */
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_accent);
  }
`;
