import { addEnglish } from './english.js';

/**
 * The English words only `<warning-signs>` uses, kept out of the pages that do not show it. Importing this adds
 * them to the English the translator falls back to.
 */
export const signsWords = Object.freeze({
  'signs.heading.adult': 'Signs that something may be wrong',
  'signs.heading.young': 'Is something wrong in a chat?',
  'signs.intro.adult':
    'These signs do not prove abuse, but they are worth taking seriously. Open a group to read why each one matters.',
  'signs.intro.young':
    'If someone online does any of these things, it is not your fault and you are not in trouble. You can tell someone, and here is how.',
  'signs.expand': 'Expand all',
  'signs.collapse': 'Collapse all',
  'signs.checklist':
    'Tick what you have noticed. Nothing you tick is saved or sent, and it is cleared when you leave.',
  'signs.ticked.none': 'No signs ticked',
  'signs.ticked.one': '{count} sign ticked',
  'signs.ticked.other': '{count} signs ticked',
  'signs.tailored': 'You ticked signs in: {groups}.',
  'signs.clear': 'Clear my ticks',
  'signs.why': 'Why it matters:',
  'signs.now.adult': 'What to do now',
  'signs.now.young': 'What you can do',
  'signs.next': 'What to do next',
  'signs.next.report': 'Get a step-by-step plan',
  'signs.helplines': 'Talk to someone',
  'signs.urgent.heading': 'If someone is threatening you right now',
  'signs.urgent.action': 'See what to do, step by step',
});

addEnglish(signsWords);
