import '../i18n/report-words.js';
import type { Translate } from '../i18n/strings.js';
import type { Plan } from '../manifest/plan.js';
import type { Channel, Resource, Step, Text } from '../manifest/schema.js';
import { channelLabel } from './channels.js';
import { scheduleText } from './schedule.js';

export interface Notes {
  where: string;
  who: string;
  when: string;
}

export const EMPTY_NOTES: Notes = Object.freeze({ where: '', who: '', when: '' });

interface SummaryInput {
  plan: Plan;
  steps: readonly Step[];
  regionName: string;
  /** Only what the person typed and chose to include. */
  notes?: Notes | undefined;
  /** The site's own report link and what it is for, if the element has one. */
  siteReport?: { url: string; label: string } | undefined;
  t: Translate;
  text: (value: Text | undefined) => string;
  /** The reader's locale, for days and times. */
  locale: string;
}

/** A way to reach a service, in the plan: a number to call, what to text and where ("Text HOME to 741741"), … */
function channelLine(channel: Channel, t: Translate, text: SummaryInput['text']): string {
  switch (channel.type) {
    case 'phone':
      return channel.display;
    case 'text':
      return channelLabel(channel, t, text);
    case 'email':
      return channel.address;
    default:
      return text(channel.url);
  }
}

/** A line per service: its name, kind and ways to reach it; under it, when it answers, where that is known. */
function resourceLines(
  resources: readonly Resource[],
  { t, text, locale }: Pick<SummaryInput, 't' | 'text' | 'locale'>,
): string[] {
  return resources.flatMap((resource) => {
    const note = t.open(`kind.note.${resource.kind}`, '');
    const kind = `${t(`kind.${resource.kind}`)}${note ? `, ${note}` : ''}`;
    const ways = [...new Set(resource.channels.map((channel) => channelLine(channel, t, text)))];
    return [
      `- ${text(resource.name)} (${kind})${t('colon')} ${ways.join(', ')}`,
      ...hoursLines(resource, { t, text, locale }).map((line) => `  ${line}`),
    ];
  });
}

/**
 * When a service answers: its own hours, then each set of channels with hours of their own ("116 111, 900 20 20
 * 10: Open 24/7").
 */
function hoursLines(
  resource: Resource,
  { t, text, locale }: Pick<SummaryInput, 't' | 'text' | 'locale'>,
): string[] {
  const own = scheduleText(t, locale, resource.hours);
  const byHours = new Map<string, string[]>();
  for (const channel of resource.channels) {
    const when = scheduleText(t, locale, channel.hours);
    if (when) byHours.set(when, [...(byHours.get(when) ?? []), channelLine(channel, t, text)]);
  }
  return [
    ...(own ? [own] : []),
    ...[...byHours].map(([when, ways]) => `${ways.join(', ')}${t('colon')} ${when}`),
  ];
}

/** Numbers to call, any one of them: "112 or 999". */
function eitherOf(t: Translate, numbers: readonly string[]): string {
  return numbers.join(` ${t('emergency.or')} `);
}

/**
 * The line under the support step's services, the same on screen and in the plan ("an adult you trust" for a
 * young person, "someone" for anyone else). With none listed: whom to talk to, to report with the step before,
 * and the country's emergency number itself where it is known. With none open now: whom to talk to meanwhile.
 * Undefined when a listed line is open now.
 */
export function supportNote(t: Translate, plan: Plan): string | undefined {
  const numbers = plan.emergency?.numbers.length ? eitherOf(t, plan.emergency.numbers) : undefined;
  if (!plan.support.length)
    return t(plan.young ? 'support.none' : 'support.none.anyone', {
      numbers: numbers ?? t('emergency.generic'),
    });
  if (plan.supportNow || !numbers) return undefined;
  return t(plan.young ? 'support.now' : 'support.now.anyone', { numbers });
}

/**
 * The police number line of a plan that needs a police route but has no police service that takes it: the
 * non-emergency number where the country has one, else the emergency number. Undefined where none is needed.
 */
export function policeCallText(plan: Plan, t: Translate): string | undefined {
  if (!plan.police || plan.police.services.length) return undefined;
  const numbers = plan.police.numbers;
  if (!numbers) return t('official.police.none');
  const emergency = eitherOf(t, numbers.emergency);
  return numbers.nonEmergency.length
    ? t('official.police.call', {
        nonEmergency: eitherOf(
          t,
          numbers.nonEmergency.map((n) => n.display),
        ),
        emergency,
      })
    : t('official.police.call.emergency', { emergency });
}

/**
 * The plan as plain text, to copy or print. It holds the person's notes only when they chose to include them,
 * and nothing else about them.
 */
export function buildSummary({
  plan,
  steps,
  regionName,
  notes,
  siteReport,
  t,
  text,
  locale,
}: SummaryInput): string {
  const title = (id: Step['id'], index: number) =>
    `${index}. ${text(steps.find((step) => step.id === id)?.title) || id}`;
  const lines: string[] = [
    t('summary.title', { situation: text(plan.title) }),
    t('summary.country', { country: regionName }),
    plan.emergency?.numbers.length
      ? t('summary.emergency', { numbers: eitherOf(t, plan.emergency.numbers) })
      : plan.emergency?.note
        ? text(plan.emergency.note)
        : t('emergency.none'),
    '',
    title('recognise', 1),
    ...(plan.urgent.length
      ? [t('report.urgent'), ...plan.urgent.map((item) => `- ${text(item)}`)]
      : []),
    text(plan.recognise),
    '',
    title('evidence', 2),
    t('evidence.keep'),
    ...plan.situation.keep.map((item) => `- ${text(item)}`),
    t('evidence.never'),
    ...(plan.minorImages ? [`- ${t('never.capture')}`] : []),
    ...plan.situation.never.map((item) => `- ${text(item)}`),
    '',
    title('platform', 3),
  ];
  if (siteReport) lines.push(`- ${siteReport.label}${t('colon')} ${siteReport.url}`);
  if (plan.platform) lines.push(`- ${plan.platform.name}${t('colon')} ${plan.platform.url}`);
  if (plan.platform?.steps?.length) {
    lines.push(...plan.platform.steps.map((item) => `  ${text(item)}`));
  } else if (plan.situation.platformCategory) {
    lines.push(t('platform.category', { category: text(plan.situation.platformCategory) }));
  }
  lines.push('', title('official', 4));
  if (plan.minorImages) lines.push(t('card.never-capture'));
  lines.push(...resourceLines(plan.official, { t, text, locale }));
  const police = policeCallText(plan, t);
  if (police) lines.push(`- ${police}`);
  if (!plan.official.length && !police) lines.push(t('official.police.none'));
  lines.push('', title('support', 5));
  if (plan.noTextOrChat) lines.push(t('support.no-text'));
  lines.push(...resourceLines(plan.support, { t, text, locale }));
  const supportLine = supportNote(t, plan);
  if (supportLine) lines.push(supportLine);
  if (notes && (notes.where || notes.who || notes.when)) {
    lines.push('', t('notes.heading'));
    if (notes.where) lines.push(`${t('notes.where')}${t('colon')} ${notes.where}`);
    if (notes.who) lines.push(`${t('notes.who')}${t('colon')} ${notes.who}`);
    if (notes.when) lines.push(`${t('notes.when')}${t('colon')} ${notes.when}`);
  }
  return lines.join('\n');
}
