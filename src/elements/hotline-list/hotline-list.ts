import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SafetyPanelElement } from '../../internal/base.js';
import { regionNamer, renderResourceCard } from '../../internal/resource-card.js';
import { cardStyles } from '../../internal/card-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { prerenderStyles } from '../../internal/prerender.js';
import type { Audience, Resource } from '../../manifest/schema.js';
import { AUDIENCES, CHANNEL_TYPES, type ChannelType } from '../../manifest/vocabulary.js';
import { renderFilters } from './hotline-list-filters.js';
import { selectResources, topicsIn } from '../../manifest/select.js';
import { styles } from './hotline-list.styles.js';

/**
 * Cards built at first and added by each "Show more", however long the manifest's list: about a screenful. A card is
 * 300–450 px tall on a desktop and 380–660 px on a phone, so five make about two screens on a desktop and three on a
 * phone (ten made four to seven, all drawn again at each filter change).
 */
export const PAGE_SIZE = 5;

function words(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

function onlyAudience(value: string | undefined): Audience | undefined {
  return (AUDIENCES as readonly string[]).includes(value ?? '') ? (value as Audience) : undefined;
}

function onlyChannels(values: string[]): ChannelType[] {
  return values.filter((value): value is ChannelType =>
    (CHANNEL_TYPES as readonly string[]).includes(value),
  );
}

/**
 * Helplines and reporting centres for the visitor's region, with call, text and chat actions, honest opening
 * hours, and filters for region, audience, topic and channel. The region's emergency number comes first.
 *
 * @summary Helplines and reporting centres, filtered by region, audience, topic and channel.
 * @tag hotline-list
 *
 * @fires {CustomEvent<{ url: string }>} sp-loadstart - A site manifest started loading. `detail.url`.
 * @fires {CustomEvent<SpLoadDetail>} sp-load - The site manifest is in use. `detail.source`.
 * @fires {CustomEvent<SpErrorDetail>} sp-error - The site manifest failed; the default is shown. `detail: { kind,
 *   url, issues }`.
 * @fires {CustomEvent<SpLoadDetail>} sp-loadend - Loading ended, either way. `detail.source`.
 * @fires {CustomEvent<SpActionDetail>} sp-action - A person used an action. `detail: { element, resource,
 *   channel, action }`, ids only.
 * @fires {CustomEvent<{ element: string }>} sp-exit - The person used the quick exit: the page is already hidden
 *   and is about to be replaced.
 *
 * @csspart panel - The whole panel.
 * @csspart exit-note - The note that the quick exit does not clear the browser history (when the panel offers the
 *   exit).
 * @csspart heading - The panel heading.
 * @csspart emergency - The emergency number line (drawn by the first panel on the page that shows those numbers).
 * @csspart notice - The notice shown when the site manifest failed.
 * @csspart filters - The filter form.
 * @csspart filter-toggle - The "Filter" button that folds the filters on a narrow panel.
 * @csspart count - The live count of services shown.
 * @csspart list - The list of services.
 * @csspart item - One service.
 * @csspart action - A call, text, chat, web or email action.
 * @csspart copy - A copy-number button.
 * @csspart more - The "Show more services" button.
 *
 * @cssprop --sp-color-text - Text colour.
 * @cssprop --sp-color-muted - Secondary text colour.
 * @cssprop --sp-color-bg - Background.
 * @cssprop --sp-color-surface - Background of each service and box.
 * @cssprop --sp-color-border - Borders.
 * @cssprop --sp-color-accent - Links and buttons.
 * @cssprop --sp-color-accent-text - Text on accent buttons.
 * @cssprop --sp-color-danger - Emergency line.
 * @cssprop --sp-color-danger-bg - Emergency line background.
 * @cssprop --sp-color-notice-bg - Background of the notice that the site manifest failed.
 * @cssprop --sp-color-focus - Focus ring.
 * @cssprop --sp-radius - Corner radius.
 * @cssprop --sp-space - Base spacing.
 * @cssprop --sp-panel-padding - Padding inside the panel (default: `--sp-space`).
 * @cssprop --sp-font-family - Font (default: the host's).
 * @cssprop --sp-font-size - Base font size.
 * @cssprop --sp-hotline-list-loading-size - The room "Loading help…" keeps for the list while the data loads, so
 *   the page below does not jump when it arrives (default: `min(68em, 100svh)`; `compact`: `min(21em, 100svh)`).
 * @cssprop --sp-exit-bg - Background of the quick exit button (set it on the page's root: the page's exit control
 *   lives outside the element).
 * @cssprop --sp-exit-text - Text of the quick exit button.
 */
export class HotlineListElement extends SafetyPanelElement {
  static override styles = [baseStyles, prerenderStyles, cardStyles, styles];

  /** Show services for this audience: child, teen, parent, educator or adult. */
  @property() accessor audience: string | undefined;
  /** Space-separated topics, such as `sextortion ncii`. */
  @property() accessor topics: string | undefined;
  /** Space-separated channels: phone, text, chat, web, email. */
  @property() accessor channels: string | undefined;
  /** A shorter list for a sidebar: no filters, descriptions or details. */
  @property({ type: Boolean, reflect: true }) accessor compact = false;
  /** Text and chat before calls, for people who cannot speak safely. */
  @property({ type: Boolean, reflect: true, attribute: 'text-first' }) accessor textFirst = false;

  @state() private accessor filterRegion: string | undefined;
  @state() private accessor filterAudience: Audience | undefined;
  @state() private accessor filterTopics: string[] = [];
  @state() private accessor filterChannels: ChannelType[] = [];
  /** How many of the matching services have cards; the rest wait for "Show more". */
  @state() private accessor shownCount = PAGE_SIZE;
  /** On a narrow screen the filters fold behind one button; whether they are unfolded. */
  @state() private accessor filtersOpen = false;
  /** The id of the card to focus after the next render: the first one "Show more" added. */
  #focusCard: string | undefined;

  /** The matching services and what they were selected from: recomputed when the data or a filter changes. */
  #selection: { key: readonly unknown[]; results: Resource[] } = { key: [], results: [] };
  /** The topic options and the international fallback, for the data they were computed from. */
  #options: {
    resources: readonly Resource[] | undefined;
    topics: string[];
    international: Resource[] | undefined;
  } = { resources: undefined, topics: [], international: undefined };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The attribute is read by `visitorRegion` (aliases, a region the data lacks): the filter is the picker's.
    if (changed.has('region')) this.filterRegion = undefined;
    if (changed.has('audience')) this.filterAudience = onlyAudience(this.audience);
    if (changed.has('topics')) this.filterTopics = words(this.topics);
    if (changed.has('channels')) this.filterChannels = onlyChannels(words(this.channels));
    const filters = ['filterRegion', 'filterAudience', 'filterTopics', 'filterChannels'] as const;
    if (filters.some((name) => (changed as Map<PropertyKey, unknown>).has(name)))
      this.shownCount = PAGE_SIZE;
    // Drawn on a server, for a page that may run no script: every service, and they stay when it does run.
    if (this.prerender.active) this.shownCount = Infinity;
    this.#select();
  }

  /**
   * Selection and filter options, computed here once per change of the data or a filter, never per render:
   * "Show more", the filter toggle or a copy announcement render again without scanning the whole list.
   * (The region is compared as a string because it can also follow the page's language.) Nothing while the data
   * loads.
   */
  #select(): void {
    if (this.isLoading) return;
    const resources = this.data.resources;
    if (this.#options.resources !== resources) {
      this.#options = { resources, topics: topicsIn(resources), international: undefined };
    }
    const key = [
      resources,
      this.shownRegion,
      this.filterAudience,
      this.filterTopics,
      this.filterChannels,
    ];
    if (key.every((value, index) => value === this.#selection.key[index])) return;
    this.#selection = {
      key,
      results: selectResources(resources, {
        region: this.shownRegion,
        audience: this.filterAudience,
        topics: this.filterTopics,
        channels: this.filterChannels,
      }),
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const id = this.#focusCard;
    if (!id) return;
    this.#focusCard = undefined;
    const name = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] .name`);
    if (!name) return;
    // The card's heading takes focus, so a screen reader starts at the new card's name.
    name.tabIndex = -1;
    name.focus();
  }

  protected override get shownRegion(): string {
    return this.filterRegion ?? this.visitorRegion;
  }

  override render(): TemplateResult {
    const t = this.t;
    // While another country's services load, the filters stay (with focus in them) and the list waits.
    const waiting = this.isLoadingMore;
    const results = this.#selection.results;
    return this.renderFrame({
      heading: t('hotline.heading'),
      region: this.shownRegion,
      content: () => html`
        ${this.compact ? nothing : this.renderFilters()}
        <p part="count" class="count ${this.compact ? 'visually-hidden' : ''}" role="status">
          ${waiting ? t('loading') : this.countText(results.length)}
        </p>
        ${waiting ? nothing : this.renderContent(results)}
      `,
    });
  }

  private countText(count: number): string {
    const t = this.t;
    if (count > this.shownCount) return t('count.some', { shown: this.shownCount, count });
    return t.plural('count', count);
  }

  private renderContent(results: Resource[]): TemplateResult {
    const t = this.t;
    const international = results.length ? [] : this.#international();
    return html`
      ${
        results.length
          ? this.renderList(results)
          : html`<div class="empty">
              <p>${t('empty')}</p>
              <button type="button" class="button" @click=${this.clearFilters}>
                ${t('filters.clear')}
              </button>
              ${
                international.length
                  ? html`<p>${t('empty.intl')}</p>
                      ${this.renderList(international)}`
                  : nothing
              }
            </div>`
      }
    `;
  }

  /** What serves everyone, offered when the filters match nothing; selected the first time it is needed. */
  #international(): Resource[] {
    this.#options.international ??= selectResources(this.data.resources, { region: 'INTL' });
    return this.#options.international;
  }

  private renderFilters(): TemplateResult {
    return renderFilters({
      t: this.t,
      uid: this.uid,
      region: this.shownRegion,
      regionName: regionNamer(this.t, this.locale),
      regionChanged: this.shownRegion !== this.visitorRegion,
      audience: this.filterAudience,
      topics: this.filterTopics,
      channels: this.filterChannels,
      topicOptions: this.#options.topics,
      regionPicker: this.renderRegionPicker({
        id: `${this.uid}-region`,
        label: this.t('filters.region'),
        selected: this.shownRegion,
        onChoose: (region) => (this.filterRegion = region),
      }),
      open: this.filtersOpen,
      onAudience: this.onAudience,
      onTopic: this.onTopic,
      onChannel: this.onChannel,
      onToggle: this.onToggle,
    });
  }

  private renderList(resources: Resource[]): TemplateResult {
    const context = this.cardContext({
      level: this.level + 1,
      textFirst: this.textFirst,
      compact: this.compact,
    });
    return html`<ul part="list" class="list" role="list">
        ${resources.slice(0, this.shownCount).map((resource) => renderResourceCard(context, resource))}
      </ul>
      ${
        resources.length > this.shownCount
          ? html`<button
              type="button"
              part="more"
              class="button more"
              @click=${() => this.showMore(resources)}
            >
              ${this.t('more.button')}
            </button>`
          : nothing
      }`;
  }

  /** Adds the next page of cards and moves focus to the first new one. */
  private showMore(resources: Resource[]): void {
    this.#focusCard = resources[this.shownCount]?.id;
    this.shownCount += PAGE_SIZE;
  }

  private onAudience(event: Event): void {
    this.filterAudience = onlyAudience((event.target as HTMLSelectElement).value);
  }

  private onTopic(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value !== '*') this.filterTopics = value ? [value] : [];
  }

  private onToggle(): void {
    this.filtersOpen = !this.filtersOpen;
  }

  private onChannel(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value !== '*') this.filterChannels = onlyChannels(value ? [value] : []);
  }

  /** Shows every service for the visitor's region again. */
  clearFilters(): void {
    this.filterRegion = undefined;
    this.filterAudience = undefined;
    this.filterTopics = [];
    this.filterChannels = [];
  }
}
