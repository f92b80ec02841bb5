import { css } from 'lit';

export const styles = css`
  /* The panel brings its own background, so its colours hold on any host page, light or dark. */
  .panel {
    padding: var(--sp-hotline-list-padding, var(--_space));
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  .filters fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }

  .filters legend {
    padding: 0 0.25rem;
    font-weight: 700;
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

  select {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  .count {
    margin: 0 0 calc(var(--_space) * 0.5);
    color: var(--_muted);
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
    .filters {
      display: none;
    }
  }
`;
