import type { Translate } from '../i18n/strings.js';
import type { Channel, Text } from '../manifest/schema.js';
import { isSafeHref } from '../manifest/vocabulary.js';

/** Picks a text, link or keyword in the reader's language (`pickText` with the element's locale). */
export type Pick = (value: Text | undefined) => string;

/** The word to text in the reader's language; empty where there is none (text the number alone). */
export function textKeyword(channel: Channel, pick: Pick): string {
  return channel.type === 'text' ? pick(channel.body) : '';
}

/**
 * Where an action goes. The schema already refuses other schemes; this checks again at render time because
 * the built-in manifest is not re-validated in the browser, and a host can set data by script.
 */
export function channelHref(channel: Channel, pick: Pick): string | undefined {
  let href: string;
  switch (channel.type) {
    case 'phone':
      // "#" begins a fragment in a URL: a service code's # is written %23 (RFC 3966), which dialers read as #.
      href = `tel:${channel.number.replace(/#/g, '%23')}`;
      break;
    case 'text': {
      const body = textKeyword(channel, pick);
      // "?&body=" is read by both iOS and Android messaging apps.
      href = body
        ? `sms:${channel.number}?&body=${encodeURIComponent(body)}`
        : `sms:${channel.number}`;
      break;
    }
    case 'email':
      href = `mailto:${channel.address}`;
      break;
    default:
      href = pick(channel.url);
  }
  return isSafeHref(href) ? href : undefined;
}

/** What the action says: the manifest's label, else one made from the number or kind. */
export function channelLabel(channel: Channel, t: Translate, text: Pick): string {
  if (channel.label) return text(channel.label);
  switch (channel.type) {
    case 'phone':
      return t(channel.tty ? 'channel.tty' : 'channel.phone', { display: channel.display });
    case 'text': {
      const body = textKeyword(channel, text);
      return body
        ? t('channel.text.body', { display: channel.display, body })
        : t('channel.text', { display: channel.display });
    }
    case 'email':
      return t('channel.email', { display: channel.address });
    default:
      return t(`channel.${channel.type}`);
  }
}

/**
 * A chat in a messaging app (a WhatsApp number, https://wa.me/…): the service offers it to talk, and its card says
 * never to send pictures or videos through it (for anything involving a minor, that would be sending abuse images).
 */
export function talkOnly(channel: Channel, pick: Pick): boolean {
  if (channel.type !== 'chat') return false;
  try {
    return new URL(pick(channel.url)).hostname === 'wa.me';
  } catch {
    return false;
  }
}

/** The number a person would copy, for phone and text channels. */
export function copyableNumber(channel: Channel): string | undefined {
  return channel.type === 'phone' || channel.type === 'text' ? channel.display : undefined;
}
