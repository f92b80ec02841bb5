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

  .list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .name {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  .meta,
  .source,
  .facts,
  .channel-hours {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .meta {
    margin: 0.125rem 0 0.5rem;
  }

  .description,
  .contact {
    margin: 0 0 0.75rem;
  }

  .actions {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }

  .channel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .channel .copy {
    font-weight: 500;
    border-width: 1px;
  }

  .hours {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
  }

  .source {
    margin: 0;
  }

  .source a {
    color: inherit;
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
    .item,
    select,
    .filters fieldset {
      border-color: CanvasText;
    }
  }

  @media print {
    .copy,
    .filters {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
