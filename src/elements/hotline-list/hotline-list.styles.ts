import { css } from 'lit';

export const styles = css`
  /* The panel's own width decides whether the filters fold, wherever the host puts the list. */
  .panel {
    container: sp-hotline / inline-size;
  }

  .filter-bar {
    display: none;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .filter-summary {
    min-width: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  @container sp-hotline (max-width: 40rem) {
    .filter-bar {
      display: flex;
    }
    .filters.folded {
      display: none;
    }
  }
  /* A fixed number of columns for the panel's width, not auto-fit: while a slow phone paints a half-parsed
     prerendered panel, auto-fit would lay out the fields parsed so far in wider columns, which then jump. */
  .filters fieldset {
    display: grid;
    grid-template-columns: 1fr;
    gap: calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }

  @container sp-hotline (min-width: 24.5rem) {
    .filters fieldset {
      grid-template-columns: repeat(2, 1fr);
    }
  }

  @container sp-hotline (min-width: 48rem) {
    .filters fieldset {
      grid-template-columns: repeat(4, 1fr);
    }
  }

  .filters legend {
    padding: 0 0.25rem;
    font-weight: 700;
  }

  .count {
    margin: 0 0 calc(var(--_space) * 0.5);
    color: var(--_muted);
  }

  .more {
    margin-top: var(--_space);
  }

  .empty {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  .empty p {
    margin: 0;
  }

  :host([compact]) .item {
    padding: calc(var(--_space) * 0.75);
  }

  @media (forced-colors: active) {
    select,
    .filters fieldset {
      border-color: CanvasText;
    }
  }

  @media print {
    .filters,
    .filter-bar {
      display: none;
    }
  }

  /* The least the list takes with the built-in data (69em: a wide panel, international services only, filtered),
     and never more than a screen; compact, 21em (the least is 22em: international sextortion services only). */
  :host {
    --_loading-size: var(--sp-hotline-list-loading-size, min(68em, 100svh));
  }

  :host([compact]) {
    --_loading-size: var(--sp-hotline-list-loading-size, min(21em, 100svh));
  }
`;
