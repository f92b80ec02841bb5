import { css } from 'lit';

export const styles = css`
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
    .filters {
      display: none;
    }
  }
`;
