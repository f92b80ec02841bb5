import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { SafetyPanelElement } from '../../internal/base.js';
import { channelHref, channelLabel, copyableNumber } from '../../internal/channels.js';
import { clock } from '../../internal/clock.js';
import { baseStyles } from '../../internal/styles.js';
import { hoursStatus, type HoursStatus } from '../../manifest/hours.js';
import {
  AUDIENCES,
  CHANNEL_TYPES,
  type Audience,
  type Channel,
  type ChannelType,
  type Resource,
} from '../../manifest/schema.js';
import {
  normaliseRegion,
  orderChannels,
  regionsIn,
  selectResources,
  topicsIn,
} from '../../manifest/select.js';
import { styles } from './hotline-list.styles.js';

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

let instances = 0;

/**
 * Helplines and reporting centres for the visitor's region, with call, text and chat actions, honest opening
 * hours, and filters for region, audience, topic and channel. The region's emergency number comes first.
 *
 * @summary Helplines and reporting centres, filtered by region, audience, topic and channel.
 * @tag hotline-list
 *
 * @fires sp-loadstart - A site manifest started loading. `detail.url`.
 * @fires sp-load - The site manifest is in use.
 * @fires sp-error - The site manifest failed; the default is shown. `detail: { kind, url, issues }`.
 * @fires sp-loadend - Loading ended, either way.
 * @fires sp-action - A person used an action. `detail: { element, resource, channel, action }`, ids only.
 *
 * @csspart panel - The whole panel.
 * @csspart heading - The panel heading.
 * @csspart emergency - The emergency number line.
 * @csspart notice - The notice shown when the site manifest failed.
 * @csspart filters - The filter form.
 * @csspart count - The live count of services shown.
 * @csspart list - The list of services.
 * @csspart item - One service.
 * @csspart action - A call, text, chat, web or email action.
 * @csspart copy - A copy-number button.
 *
 * @cssprop --sp-color-text - Text colour.
 * @cssprop --sp-color-muted - Secondary text colour.
 * @cssprop --sp-color-bg - Background.
 * @cssprop --sp-color-surface - Background of each service.
 * @cssprop --sp-color-border - Borders.
 * @cssprop --sp-color-accent - Links and buttons.
 * @cssprop --sp-color-accent-text - Text on accent buttons.
 * @cssprop --sp-color-danger - Emergency line.
 * @cssprop --sp-color-danger-bg - Emergency line background.
 * @cssprop --sp-color-focus - Focus ring.
 * @cssprop --sp-radius - Corner radius.
 * @cssprop --sp-space - Base spacing.
 * @cssprop --sp-font-family - Font.
 */
export class HotlineListElement extends SafetyPanelElement {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    audience: { type: String },
    topics: { type: String },
    channels: { type: String },
    compact: { type: Boolean, reflect: true },
    textFirst: { type: Boolean, reflect: true, attribute: 'text-first' },
    filterRegion: { state: true },
    filterAudience: { state: true },
    filterTopics: { state: true },
    filterChannels: { state: true },
    copyMessage: { state: true },
  };

  /** Show services for this audience: child, teen, parent, educator or adult. */
  declare audience: string | undefined;
  /** Space-separated topics, such as `sextortion ncii`. */
  declare topics: string | undefined;
  /** Space-separated channels: phone, text, chat, web, email. */
  declare channels: string | undefined;
  /** A shorter list for a sidebar: no filters, descriptions or details. */
  declare compact: boolean;
  /** Text and chat before calls, for people who cannot speak safely. */
  declare textFirst: boolean;

  declare private filterRegion: string | undefined;
  declare private filterAudience: Audience | undefined;
  declare private filterTopics: string[];
  declare private filterChannels: ChannelType[];
  declare private copyMessage: string;

  readonly #id = `hl${++instances}`;
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.compact = false;
    this.textFirst = false;
    this.filterTopics = [];
    this.filterChannels = [];
    this.copyMessage = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // "Open now" changes with the clock.
    this.#ticker = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#ticker);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('region')) this.filterRegion = normaliseRegion(this.region);
    if (changed.has('audience')) this.filterAudience = onlyAudience(this.audience);
    if (changed.has('topics')) this.filterTopics = words(this.topics);
    if (changed.has('channels')) this.filterChannels = onlyChannels(words(this.channels));
  }

  private get shownRegion(): string {
    return this.filterRegion ?? this.visitorRegion;
  }

  private get results(): Resource[] {
    return selectResources(this.data.resources, {
      region: this.shownRegion,
      audience: this.filterAudience,
      topics: this.filterTopics,
      channels: this.filterChannels,
    });
  }

  override render(): TemplateResult {
    const t = this.t;
    const results = this.isLoading ? [] : this.results;
    return html`
      <section part="panel" class="panel" aria-labelledby="${this.#id}-heading" lang=${this.locale}>
        <div
          role="heading"
          aria-level=${this.level}
          id="${this.#id}-heading"
          part="heading"
          class="heading"
        >
          ${t('hotline.heading')}
        </div>
        ${this.renderEmergency()}
        ${this.loaded?.error ? html`<p part="notice" class="notice" role="status">${t('notice.fallback')}</p>` : nothing}
        ${this.compact || this.isLoading ? nothing : this.renderFilters()}
        <p part="count" class="count ${this.compact ? 'visually-hidden' : ''}" role="status">
          ${this.isLoading ? '' : t(results.length === 1 ? 'count.one' : 'count.other', { count: results.length })}
        </p>
        ${this.isLoading ? this.renderLoading() : this.renderContent(results)}
        <p class="visually-hidden" role="status">${this.copyMessage}</p>
      </section>
    `;
  }

  private renderEmergency(): TemplateResult {
    const t = this.t;
    const entry = this.emergencyFor(this.shownRegion);
    if (!entry) return html`<p part="emergency" class="emergency">${t('emergency.none')}</p>`;
    return html`<p part="emergency" class="emergency">
      ${t('emergency.lead')}
      ${entry.numbers.map(
        (number, index) =>
          html`${index > 0 ? html` ${t('emergency.or')} ` : nothing}<a href="tel:${number}"
              >${number}</a
            >`,
      )}
    </p>`;
  }

  private renderLoading(): TemplateResult {
    return html`<p class="loading">${this.t('loading')}</p>`;
  }

  private renderContent(results: Resource[]): TemplateResult {
    const t = this.t;
    const international = results.length
      ? []
      : selectResources(this.data.resources, { region: 'INTL' });
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

  private renderFilters(): TemplateResult {
    const t = this.t;
    const id = this.#id;
    const regions = regionsIn(this.data);
    if (!regions.includes(this.shownRegion)) regions.unshift(this.shownRegion);
    const regionNames = this.regionNames();
    const topics = topicsIn(this.data.resources);
    const topicValue =
      this.filterTopics.length === 1 ? this.filterTopics[0] : this.filterTopics.length ? '*' : '';
    const channelValue =
      this.filterChannels.length === 1
        ? this.filterChannels[0]
        : this.filterChannels.length
          ? '*'
          : '';
    return html`
      <form part="filters" class="filters" @submit=${(event: Event) => event.preventDefault()}>
        <fieldset>
          <legend>${t('filters.legend')}</legend>
          <div class="field">
            <label for="${id}-region">${t('filters.region')}</label>
            <select id="${id}-region" @change=${this.onRegion}>
              ${regions.map(
                (region) =>
                  html`<option value=${region} ?selected=${region === this.shownRegion}>
                    ${regionNames(region)}
                  </option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="${id}-audience">${t('filters.audience')}</label>
            <select id="${id}-audience" @change=${this.onAudience}>
              <option value="" ?selected=${!this.filterAudience}>${t('filters.any')}</option>
              ${AUDIENCES.map(
                (audience) =>
                  html`<option value=${audience} ?selected=${audience === this.filterAudience}>
                    ${t(`audience.${audience}`)}
                  </option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="${id}-topic">${t('filters.topic')}</label>
            <select id="${id}-topic" @change=${this.onTopic}>
              <option value="" ?selected=${topicValue === ''}>${t('filters.any')}</option>
              ${
                topicValue === '*'
                  ? html`<option value="*" selected>
                      ${this.filterTopics.map((topic) => this.topicLabel(topic)).join(', ')}
                    </option>`
                  : nothing
              }
              ${topics.map(
                (topic) =>
                  html`<option value=${topic} ?selected=${topic === topicValue}>
                    ${this.topicLabel(topic)}
                  </option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="${id}-channel">${t('filters.channel')}</label>
            <select id="${id}-channel" @change=${this.onChannel}>
              <option value="" ?selected=${channelValue === ''}>${t('filters.any')}</option>
              ${
                channelValue === '*'
                  ? html`<option value="*" selected>
                      ${this.filterChannels.map((type) => t(`channeltype.${type}`)).join(', ')}
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

  private renderList(resources: Resource[]): TemplateResult {
    return html`<ul part="list" class="list" role="list">
      ${resources.map((resource) => this.renderResource(resource))}
    </ul>`;
  }

  private renderResource(resource: Resource): TemplateResult {
    const t = this.t;
    const headingId = `${this.#id}-${resource.id}`;
    const organisation = this.text(resource.organisation);
    const channels = orderChannels(resource.channels, this.textFirst);
    const languages = resource.languages?.length ? this.languageNames(resource.languages) : '';
    return html`<li part="item" class="item" data-id=${resource.id}>
      <article aria-labelledby=${headingId}>
        <div role="heading" aria-level=${Math.min(6, this.level + 1)} id=${headingId} class="name">
          ${this.text(resource.name)}
        </div>
        <p class="meta">
          ${organisation ? html`<span>${organisation}</span> · ` : nothing}<span
            >${t(`kind.${resource.kind}`)}</span
          >
        </p>
        ${this.compact ? nothing : html`<p class="description">${this.text(resource.description)}</p>`}
        <ul class="actions" role="list">
          ${channels.map((channel) => this.renderChannel(resource, channel))}
        </ul>
        <p class="hours">${this.hoursText(hoursStatus(resource.hours, clock.now()))}</p>
        ${
          this.compact
            ? nothing
            : html`
                ${
                  resource.anonymous || languages
                    ? html`<ul class="facts" role="list">
                        ${resource.anonymous ? html`<li>${t(`anonymous.${resource.anonymous}`)}</li>` : nothing}
                        ${languages ? html`<li>${t('languages', { list: languages })}</li>` : nothing}
                      </ul>`
                    : nothing
                }
                ${
                  resource.contact
                    ? html`<p class="contact">
                        <strong>${t('what-happens')}:</strong> ${this.text(resource.contact)}
                      </p>`
                    : nothing
                }
                ${this.renderSource(resource)}
              `
        }
      </article>
    </li>`;
  }

  private renderChannel(resource: Resource, channel: Channel): TemplateResult {
    const t = this.t;
    const href = channelHref(channel);
    const label = channelLabel(channel, t, (value) => this.text(value));
    const number = copyableNumber(channel);
    const ownHours = channel.hours ? hoursStatus(channel.hours, clock.now()) : undefined;
    return html`<li class="channel">
      ${
        href
          ? html`<a
              part="action"
              class="button ${channel === resource.channels[0] && !this.textFirst ? 'primary' : ''}"
              href=${href}
              rel="noopener noreferrer"
              referrerpolicy="no-referrer"
              data-channel=${channel.type}
              @click=${() => this.emit('sp-action', { element: 'hotline-list', resource: resource.id, channel: channel.type, action: 'open' })}
              >${label}</a
            >`
          : html`<span>${label}</span>`
      }
      ${
        number
          ? html`<button
              part="copy"
              type="button"
              class="button copy"
              aria-label=${t('copy.label', { display: number })}
              @click=${() => this.copy(resource, channel, number)}
            >
              ${t('copy')}
            </button>`
          : nothing
      }
      ${ownHours ? html`<span class="channel-hours">${this.hoursText(ownHours)}</span>` : nothing}
    </li>`;
  }

  private renderSource(resource: Resource): TemplateResult | typeof nothing {
    const t = this.t;
    const sources = resource.sources ?? [];
    // A site's own entry with no sources makes no claim to have been checked; say nothing.
    if (!sources.length && !resource.verified) return nothing;
    const checked = resource.verified
      ? t('verified', { date: this.formatDate(resource.verified) })
      : t('unverified');
    return html`<p class="source">
      ${
        sources.length
          ? html`${t('source')}:
            ${sources.map(
              (source, index) =>
                html`${index ? ', ' : ''}<a
                    href=${source}
                    rel="noopener noreferrer"
                    referrerpolicy="no-referrer"
                    >${source.replace(/^https:\/\/(www\.)?/, '')}</a
                  >`,
            )}
            · `
          : nothing
      }${checked}
    </p>`;
  }

  private hoursText(status: HoursStatus): string {
    const t = this.t;
    switch (status.state) {
      case 'open':
        return t('hours.open', { time: this.formatTime(status.closesAt, false) });
      case 'closed':
        return status.opensAt
          ? t('hours.closed', { time: this.formatTime(status.opensAt, true) })
          : t('hours.closed.never');
      default:
        return t(`hours.${status.state}`);
    }
  }

  /** A time in the visitor's own time zone, with the weekday when it is not today. */
  private formatTime(date: Date, withDay: boolean): string {
    const now = clock.now();
    const sameDay = date.toDateString() === now.toDateString();
    return new Intl.DateTimeFormat(this.locale, {
      weekday: withDay && !sameDay ? 'long' : undefined,
      hour: 'numeric',
      minute: '2-digit',
    }).format(date);
  }

  private formatDate(isoDate: string): string {
    const [y, m, d] = isoDate.split('-').map(Number);
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
    );
  }

  private regionNames(): (region: string) => string {
    const t = this.t;
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([this.locale], { type: 'region' });
    } catch {
      names = undefined;
    }
    return (region) => {
      if (region === 'INTL') return t('region.INTL');
      const [country] = region.split('-');
      const countryName = (country && names?.of(country)) || country || region;
      return region.includes('-') ? `${countryName} (${region})` : countryName;
    };
  }

  private languageNames(tags: string[]): string {
    try {
      const names = new Intl.DisplayNames([this.locale], { type: 'language' });
      return tags.map((tag) => names.of(tag) ?? tag).join(', ');
    } catch {
      return tags.join(', ');
    }
  }

  private topicLabel(topic: string): string {
    return this.t(`topic.${topic}`, undefined, topic.replace(/-/g, ' '));
  }

  private onRegion(event: Event): void {
    this.filterRegion = (event.target as HTMLSelectElement).value;
  }

  private onAudience(event: Event): void {
    this.filterAudience = onlyAudience((event.target as HTMLSelectElement).value);
  }

  private onTopic(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value !== '*') this.filterTopics = value ? [value] : [];
  }

  private onChannel(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value !== '*') this.filterChannels = onlyChannels(value ? [value] : []);
  }

  private async copy(resource: Resource, channel: Channel, number: string): Promise<void> {
    const t = this.t;
    try {
      await navigator.clipboard.writeText(number);
      this.copyMessage = t('copied', { display: number });
    } catch {
      this.copyMessage = t('copy.failed', { display: number });
    }
    this.emit('sp-action', {
      element: 'hotline-list',
      resource: resource.id,
      channel: channel.type,
      action: 'copy',
    });
  }

  /** Shows every service for the visitor's region again. */
  clearFilters(): void {
    this.filterRegion = normaliseRegion(this.region);
    this.filterAudience = undefined;
    this.filterTopics = [];
    this.filterChannels = [];
  }
}
