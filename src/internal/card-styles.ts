import { css } from 'lit';

/** The resource card shared by the hotline list and the report guide. */
export const cardStyles = css`
  .list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    min-width: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* A long word or link (up to the manifest's limits) wraps instead of widening the card. */
    overflow-wrap: anywhere;
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
  .channel-host,
  .platform-host,
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
    display: grid;
    gap: 0.5rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }

  /* One row per way to reach a service: a full-width action, a small copy button beside it, hours under it. */
  .channel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }

  .channel > :first-child {
    flex: 1 1 10rem;
  }

  .channel .button[part~='action'] {
    text-align: center;
  }

  /* A copy button's "Copy" and "Copied" share one place, so the button keeps its width (resource-card.ts). */
  .copy-labels {
    display: inline-grid;
  }
  .copy-labels > * {
    grid-area: 1 / 1;
  }
  [data-copied] .copy-idle,
  :not([data-copied]) > .copy-labels > .copy-done {
    visibility: hidden;
  }
  /* Each word of a number in a label stays on one line ("1-866-658-" then "9022" no more). */
  .number {
    white-space: nowrap;
  }

  .channel .copy {
    flex: none;
    min-height: 2.75rem;
    padding: 0.25rem 0.625rem;
    border-width: 1px;
    font-size: 0.875em;
    font-weight: 500;
  }

  .channel-host,
  .channel-hours,
  .channel-note {
    flex-basis: 100%;
  }

  .channel-note {
    font-size: 0.9375em;
    font-weight: 600;
  }

  /* A site's own entry says so, in a box under its name, so it never looks like a built-in one. */
  .added-by {
    display: inline-block;
    margin: 0.25rem 0 0;
    padding: 0 0.375rem;
    border: 1px solid currentcolor;
    border-radius: 0.25rem;
    font-size: 0.875em;
    font-weight: 600;
  }

  .more-ways {
    margin: -0.25rem 0 0.75rem;
  }

  .more-ways summary {
    padding: 0.5rem 0;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }

  .more-ways[open] summary {
    margin-bottom: 0.5rem;
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

  @media (forced-colors: active) {
    .item {
      border-color: CanvasText;
    }
  }

  @media print {
    .copy {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
