import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Translate } from '../i18n/strings.js';
import type { Channel, Resource, Text } from '../manifest/schema.js';
import { orderChannels } from '../manifest/select.js';
import { channelHref, channelLabel, copyableNumber, talkOnly } from './channels.js';
import { clock } from './clock.js';
import { CHECKED_DATE, dateTimeFormat, displayNamesOf } from './format.js';
import { hoursLabel } from './hours-label.js';
import { isStale } from '../manifest/dates.js';
import { isSiteEntry } from '../manifest/site-trust.js';
import { linkHost } from '../manifest/trust.js';
import { marked } from './other-language.js';

/** What a resource card needs from the element that shows it. */
export interface CardContext {
  t: Translate;
  text: (value: Text | undefined) => string;
  /** The language of a text when it is not the reader's (see `otherLanguageOf`). */
  otherLanguage: (value: Text | undefined) => string | undefined;
  locale: string;
  /** The level of the card's own heading. */
  level: number;
  /** Prefix for ids, unique per element on the page. */
  idPrefix: string;
  textFirst: boolean;
  /** Name, kind, actions and hours only. */
  compact: boolean;
  /** The plan may involve sexual images of someone under 18: every card says never to capture or send them. */
  neverCapture?: boolean | undefined;
  onAction: (resource: Resource, channel: Channel) => void;
  /** `button`: the copy button pressed, which shows "Copied" for a moment. */
  onCopy: (resource: Resource, channel: Channel, number: string, button: Element) => void;
}

/** One service: name, what it is for, its actions, opening hours, anonymity, what happens, and its sources. */
export function renderResourceCard(ctx: CardContext, resource: Resource): TemplateResult {
  const { t } = ctx;
  const headingId = `${ctx.idPrefix}-${resource.id}`;
  const organisation = ctx.text(resource.organisation);
  const languages = resource.languages?.length ? languageNames(ctx.locale, resource.languages) : '';
  return html`<li part="item" class="item" data-id=${resource.id}>
    <article aria-labelledby=${headingId}>
      <div role="heading" aria-level=${Math.min(6, ctx.level)} id=${headingId} class="name">
        ${inLanguage(ctx, resource.name)}
      </div>
      ${
        // A site's own entry never passes for a built-in one: it says whose it is, in every layout.
        isSiteEntry(resource) ? html`<p class="added-by">${t('card.site')}</p>` : nothing
      }
      <p class="meta">
        ${organisation ? `${organisation} · ` : nothing}${t(`kind.${resource.kind}`)}${kindNote(t, resource)}
      </p>
      ${ctx.compact ? nothing : html`<p class="description">${inLanguage(ctx, resource.description)}</p>`}
      ${
        ctx.neverCapture
          ? html`<p class="never-capture">${t(neverCaptureKey(resource))}</p>`
          : nothing
      }
      ${renderActions(ctx, resource)}
      ${
        // A line whose channels carry their own hours (Kids Helpline's phone is 24/7, its chat unknown) says it there.
        resource.hours || !resource.channels.some((channel) => channel.hours)
          ? html`<p class="hours">${hoursLabel(resource.hours, t, ctx.locale)}</p>`
          : nothing
      }
      ${
        ctx.compact
          ? nothing
          : html`
              ${
                resource.anonymous || resource.confidential || languages
                  ? html`<ul class="facts" role="list">
                      ${resource.anonymous ? html`<li>${t(`anonymous.${resource.anonymous}`)}</li>` : nothing}
                      ${resource.confidential ? html`<li>${t('confidential')}</li>` : nothing}
                      ${languages ? html`<li>${t('languages', { list: languages })}</li>` : nothing}
                    </ul>`
                  : nothing
              }
              ${
                resource.contact
                  ? html`<p class="contact">
                      <strong>${t('what-happens')}${t('colon')}</strong>
                      ${inLanguage(ctx, resource.contact)}
                    </p>`
                  : nothing
              }
              ${renderSource(ctx, resource)}
            `
      }
    </article>
  </li>`;
}

/** A text of the manifest, marked with its language where it is not the reader's (see `marked`). */
const inLanguage = (ctx: CardContext, value: Text | undefined) =>
  marked(ctx.text(value), ctx.otherLanguage(value));

/** How many ways to reach a service are shown as full-width buttons; the rest fold away. */
export const MAIN_ACTIONS = 3;

/**
 * The ways to reach a service: the first three as full-width buttons (each with a small copy button beside a
 * number), the rest under "More ways to reach them", so a phone shows a short card, not a column of buttons.
 */
function renderActions(ctx: CardContext, resource: Resource): TemplateResult {
  const channels = orderChannels(resource.channels, ctx.textFirst);
  const main = channels.slice(0, MAIN_ACTIONS);
  const more = channels.slice(MAIN_ACTIONS);
  const item = (channel: Channel, index: number) =>
    renderChannel(ctx, resource, channel, index === 0 && !ctx.textFirst);
  return html`<ul class="actions" role="list">
      ${main.map(item)}
    </ul>
    ${
      // Cards are reused in place when the list changes: a new service never inherits an unfolded "more ways".
      more.length
        ? keyed(
            resource.id,
            html`<details class="more-ways">
              <summary>${ctx.t('more-ways', { count: more.length })}</summary>
              <ul class="actions" role="list">
                ${more.map((channel) => item(channel, MAIN_ACTIONS))}
              </ul>
            </details>`,
          )
        : nothing
    }`;
}

function renderChannel(
  ctx: CardContext,
  resource: Resource,
  channel: Channel,
  primary: boolean,
): TemplateResult {
  const { t } = ctx;
  const href = channelHref(channel, ctx.text);
  const label = channelLabel(channel, t, ctx.text);
  const number = copyableNumber(channel);
  // Where a link goes, beside its button: "Report online" alone could lead anywhere.
  const host = href && (channel.type === 'web' || channel.type === 'chat') ? linkHost(href) : '';
  return html`<li class="channel">
    ${
      href
        ? html`<a
            part="action"
            class="button ${primary ? 'primary' : ''}"
            href=${href}
            rel="noopener noreferrer"
            referrerpolicy="no-referrer"
            data-channel=${channel.type}
            @click=${() => ctx.onAction(resource, channel)}
            >${keepNumberWhole(label, number)}</a
          >`
        : html`<span>${keepNumberWhole(label, number)}</span>`
    }
    ${
      number
        ? html`<button
            part="copy"
            type="button"
            class="button copy script-only"
            aria-label=${t('copy.label', { display: number })}
            @click=${(event: Event) =>
              ctx.onCopy(resource, channel, number, event.currentTarget as Element)}
          >
            ${copyLabels(t('copy'), t('copy.done'))}
          </button>`
        : nothing
    }
    ${host ? html`<span class="channel-host">${t('channel.host', { host })}</span>` : nothing}
    ${
      channel.hours
        ? html`<span class="channel-hours">${hoursLabel(channel.hours, t, ctx.locale)}</span>`
        : nothing
    }
    ${
      talkOnly(channel, ctx.text)
        ? html`<span class="channel-note">${t('channel.talk-only')}</span>`
        : nothing
    }
  </li>`;
}

function renderSource(ctx: CardContext, resource: Resource): TemplateResult | typeof nothing {
  const { t } = ctx;
  const sources = resource.sources ?? [];
  // A site's own entry with no sources makes no claim to have been checked; say nothing.
  if (!sources.length && !resource.verified) return nothing;
  const checked = resource.verified
    ? t('verified', { date: formatDate(ctx.locale, resource.verified) }) +
      (isStale(resource.verified, clock.now()) ? ` · ${t('stale')}` : '')
    : t('unverified');
  return html`<p class="source">
    ${
      sources.length
        ? html`${t('source')}${t('colon')}
          ${sources.map((source, index) => {
            const { url, date } = typeof source === 'string' ? { url: source, date: '' } : source;
            return html`${index ? ', ' : ''}<a
                href=${url}
                rel="noopener noreferrer"
                referrerpolicy="no-referrer"
                >${url.replace(/^https:\/\/(www\.)?/, '')}</a
              >${date ? ` (${date})` : ''}`;
          })} `
        : nothing
    }${sources.length ? ' · ' : ''}${checked}
  </p>`;
}

/**
 * A label whose number keeps each of its words on one line (`.number`): a narrow button broke
 * "Appeler le 1-866-658-9022" after a hyphen. The text, and so the accessible name, is unchanged.
 */
function keepNumberWhole(label: string, number: string | undefined): unknown {
  const at = number ? label.indexOf(number) : -1;
  if (!number || at < 0) return label;
  const words = number
    .split(' ')
    .map((word, index) => html`${index ? ' ' : ''}<span class="number">${word}</span>`);
  // One span, so a flex button lays the label out as one run of text, as it does a plain label.
  return html`<span>${label.slice(0, at)}${words}${label.slice(at + number.length)}</span>`;
}

/**
 * A copy button's two labels, stacked in one place so the button keeps its width: the second shows while the
 * button has `data-copied` (after a copy that worked; see clipboard.ts).
 */
export function copyLabels(idle: string, done: string): TemplateResult {
  return html`<span class="copy-labels"
    ><span class="copy-idle">${idle}</span><span class="copy-done">${done}</span></span
  >`;
}

/** What kind of service it is, in words, where the kind alone could mislead: a removal tool is not a police report. */
/** What a card says of images: to a line one talks to, to a service that takes reports, or to a finder. */
function neverCaptureKey(resource: Resource) {
  if (resource.finder) return 'card.never-capture.finder';
  return resource.kind === 'helpline' || resource.kind === 'local'
    ? 'card.never-capture.talk'
    : 'card.never-capture';
}

function kindNote(t: Translate, resource: Resource): string {
  if (resource.finder) return ` · ${t('kind.note.finder')}`;
  const note = t.open(`kind.note.${resource.kind}`, '');
  return note ? ` · ${note}` : '';
}

export function formatDate(locale: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return dateTimeFormat(locale, CHECKED_DATE).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}

function languageNames(locale: string, tags: string[]): string {
  const names = displayNamesOf(locale, 'language');
  return tags.map((tag) => safeName(names, tag) ?? tag).join(', ');
}

/** Names regions in the reader's language: "GB" → "United Kingdom", "US-MI" → "United States (US-MI)". */
export function regionNamer(t: Translate, locale: string): (region: string) => string {
  const names = displayNamesOf(locale, 'region');
  return (region) => {
    if (region === 'INTL') return t('region.INTL');
    const [country] = region.split('-');
    const countryName = (country && safeName(names, country)) || country || region;
    return region.includes('-') ? `${countryName} (${region})` : countryName;
  };
}

/** A display name, or undefined for a code the browser refuses (`of()` throws on a malformed one). */
function safeName(names: Intl.DisplayNames | undefined, code: string): string | undefined {
  try {
    return names?.of(code);
  } catch {
    return undefined;
  }
}
