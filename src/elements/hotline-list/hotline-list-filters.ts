/**
 * The filter form of `<hotline-list>` (region, audience, topic, channel) and the one "Filter" button that stands
 * for it on a narrow screen, as render functions of the element's filter state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/strings.js';
import type { Audience } from '../../manifest/schema.js';
import { AUDIENCES, CHANNEL_TYPES, type ChannelType } from '../../manifest/vocabulary.js';

/** What the filters show and where their changes go. */
export interface FilterView {
  t: Translate;
  /** Prefix for ids, unique per element on the page. */
  uid: string;
  /** The region shown, named by `regionName`. */
  region: string;
  regionName: (region: string) => string;
  /** The region was changed from the one the page gave. */
  regionChanged: boolean;
  audience: Audience | undefined;
  topics: readonly string[];
  channels: readonly ChannelType[];
  /** Every topic the manifest's services use. */
  topicOptions: readonly string[];
  /** The country picker (the base element's). */
  regionPicker: TemplateResult;
  /** The filters are unfolded on a narrow screen. */
  open: boolean;
  onAudience: (event: Event) => void;
  onTopic: (event: Event) => void;
  onChannel: (event: Event) => void;
  onToggle: () => void;
}

/** A topic in words: the interface's own name for it, else its id with spaces. */
export function topicLabel(t: Translate, topic: string): string {
  return t.open(`topic.${topic}`, topic.replace(/-/g, ' '));
}

/** The value of a select that stands for a list: one item, "*" for several (shown as one option), "" for none. */
function listValue(values: readonly string[]): string {
  return values.length === 1 ? (values[0] ?? '') : values.length ? '*' : '';
}

export function renderFilters(view: FilterView): TemplateResult {
  const { t, uid: id } = view;
  const topicValue = listValue(view.topics);
  const channelValue = listValue(view.channels);
  return html`
    ${renderFilterToggle(view)}
    <form
      part="filters"
      id="${id}-filters"
      class="filters script-only ${view.open ? '' : 'folded'}"
      @submit=${(event: Event) => event.preventDefault()}
    >
      <fieldset>
        <legend>${t('filters.legend')}</legend>
        <div class="field">${view.regionPicker}</div>
        <div class="field">
          <label for="${id}-audience">${t('filters.audience')}</label>
          <select id="${id}-audience" @change=${view.onAudience}>
            <option value="" ?selected=${!view.audience}>${t('filters.any')}</option>
            ${AUDIENCES.map(
              (audience) =>
                html`<option value=${audience} ?selected=${audience === view.audience}>
                  ${t(`audience.${audience}`)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="${id}-topic">${t('filters.topic')}</label>
          <select id="${id}-topic" @change=${view.onTopic}>
            <option value="" ?selected=${topicValue === ''}>${t('filters.any')}</option>
            ${
              topicValue === '*'
                ? html`<option value="*" selected>
                    ${view.topics.map((topic) => topicLabel(t, topic)).join(', ')}
                  </option>`
                : nothing
            }
            ${view.topicOptions.map(
              (topic) =>
                html`<option value=${topic} ?selected=${topic === topicValue}>
                  ${topicLabel(t, topic)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="${id}-channel">${t('filters.channel')}</label>
          <select id="${id}-channel" @change=${view.onChannel}>
            <option value="" ?selected=${channelValue === ''}>${t('filters.any')}</option>
            ${
              channelValue === '*'
                ? html`<option value="*" selected>
                    ${view.channels.map((type) => t(`channeltype.${type}`)).join(', ')}
                  </option>`
                : nothing
            }
            ${CHANNEL_TYPES.map(
              (type) =>
                html`<option value=${type} ?selected=${type === channelValue}>
                  ${t(`channeltype.${type}`)}
                </option>`,
            )}
          </select>
        </div>
      </fieldset>
    </form>
  `;
}

/**
 * The one "Filter" button that stands for the filters on a narrow screen (CSS shows it there only), saying how
 * many are in use, with the values chosen beside it.
 */
function renderFilterToggle(view: FilterView): TemplateResult {
  const { t } = view;
  const chosen = chosenFilters(view);
  const count = chosen.length + (view.regionChanged ? 1 : 0);
  const label = count === 0 ? t('filters.toggle') : t.plural('filters.active', count);
  const shown = [view.regionName(view.region), ...chosen];
  return html`<div class="filter-bar script-only">
    <button
      type="button"
      class="button filter-toggle"
      part="filter-toggle"
      aria-expanded=${view.open ? 'true' : 'false'}
      aria-controls="${view.uid}-filters"
      @click=${view.onToggle}
    >
      ${label}
    </button>
    <span class="filter-summary">${shown.join(' · ')}</span>
  </div>`;
}

/** The audience, topic and channel filters in use, named as the reader sees them. */
function chosenFilters(view: FilterView): string[] {
  const { t } = view;
  const chosen: string[] = [];
  if (view.audience) chosen.push(t(`audience.${view.audience}`));
  if (view.topics.length) chosen.push(view.topics.map((topic) => topicLabel(t, topic)).join(', '));
  if (view.channels.length)
    chosen.push(view.channels.map((type) => t(`channeltype.${type}`)).join(', '));
  return chosen;
}
