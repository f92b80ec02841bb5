import { css } from 'lit';

/** What only `<warning-signs>` draws: the row of buttons, the groups of signs, the checklist and the urgent box. */
export const styles = css`
  /* The least the signs take with the built-in data (49em: a wide panel in French for South Africa), and never more
     than a screen. */
  :host {
    --_loading-size: var(--sp-warning-signs-loading-size, min(48em, 100svh));
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 var(--_space);
  }
  details {
    border-top: 1px solid var(--_border);
  }
  details:last-of-type {
    border-bottom: 1px solid var(--_border);
  }
  summary {
    padding: 0.75rem 0;
    font-weight: 700;
    font-size: 1.0625em;
    cursor: pointer;
  }
  .signs {
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  .sign {
    padding: 0.375rem 0;
  }
  .sign label {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
    cursor: pointer;
  }
  .sign-text {
    font-weight: 600;
  }
  .why {
    display: block;
    color: var(--_muted);
    font-weight: 400;
  }
  .next-heading,
  .sub-heading {
    margin: 1.25rem 0 0.5rem;
    font-size: 1.125em;
    font-weight: 700;
  }
  .count {
    color: var(--_muted);
  }
  .urgent {
    margin: 0 0 var(--_space);
    padding: 0.5rem 0.75rem 0.75rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
  }
  .urgent-heading {
    margin: 0 0 0.25rem;
    font-size: 1.0625em;
    font-weight: 700;
  }
  .urgent ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
    font-weight: 600;
  }
  .urgent p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .urgent {
      border-color: CanvasText;
    }
  }
  @media print {
    .row,
    .next .button,
    .urgent .button,
    input[type='checkbox'] {
      display: none;
    }
  }
`;
