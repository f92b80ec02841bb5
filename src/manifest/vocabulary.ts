/**
 * The manifest's fixed vocabulary and link rule, without zod: the elements need these at run time, while the
 * zod schema itself is loaded only to check a site's manifest.
 */
/** The URL schemes a manifest link may use. Anything else (javascript:, data:, http:) is refused. */
export const SAFE_SCHEMES = ['https:', 'tel:', 'sms:', 'mailto:'] as const;

export function isSafeHref(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (SAFE_SCHEMES as readonly string[]).includes(url.protocol);
}

export const AUDIENCES = ['child', 'teen', 'parent', 'educator', 'adult'] as const;

export const KINDS = [
  'reporting-centre',
  'law-enforcement',
  'helpline',
  'removal-tool',
  'platform-help',
  'local',
] as const;

export const CHANNEL_TYPES = ['phone', 'text', 'chat', 'web', 'email'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Day = (typeof DAYS)[number];

export const STEP_IDS = ['recognise', 'evidence', 'platform', 'official', 'support'] as const;

export const AGE_GROUPS = ['under-18', 'adult'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
