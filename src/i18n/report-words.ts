import { addEnglish } from './english.js';

/**
 * The English words only `<report-help>` uses (the flow, the plan, the summary), kept out of the pages that do not
 * show it. Importing this adds them to the English the translator falls back to.
 */
export const reportWords = Object.freeze({
  'report.heading': 'Report it and get help',
  'report.button': 'Report / get help',
  'report.close': 'Close',
  'report.step-of': 'Step {current} of {total}',
  'report.step.announce': 'Step {current} of {total}: {title}',
  'report.start.heading': 'What is happening?',
  'report.start.intro':
    'Answer the questions below to get a plan. Nothing you choose here is saved or sent.',
  'report.situation': 'Choose what fits best',
  'report.age': 'Who is it happening to?',
  'age.under-18.self': 'Me, and I am under 18',
  'age.adult.self': 'Me, and I am 18 or over',
  'age.under-18.helping': 'Someone under 18 I am helping',
  'age.adult.helping': 'An adult I am helping',
  'age.under-18.found': 'No one I know: I saw or found it, and I am under 18',
  'age.adult.found': 'No one I know: I saw or found it, and I am 18 or over',
  'report.age.found': 'How old are you?',
  'age.under-18.found.only': 'Under 18',
  'age.adult.found.only': '18 or over',
  'report.country': 'Country',
  'report.platform': 'Where did it happen? (optional)',
  'report.platform.none': 'I don’t know, or somewhere else',
  'report.platform.site': 'On this site',
  'report.text-first': 'I can’t talk safely right now: show text and chat first',
  'report.missing': 'Please choose what is happening and who it is happening to.',
  'report.urgent': 'Do this first',
  'report.show-plan': 'Show my plan',
  'report.next': 'Next',
  'report.back': 'Back',
  'report.restart': 'Start over',
  'evidence.keep': 'Keep a record of:',
  'evidence.never': 'Do not:',
  'never.capture':
    'Do not download, screenshot, save or forward sexual images of anyone under 18, even to report them. Write down where they are instead.',
  'notes.heading': 'My notes',
  'notes.intro':
    'Optional. Your notes stay on this page only. They are never saved or sent, and they are wiped when you leave or exit.',
  'notes.where': 'Where (link, site or app)',
  'notes.who': 'Who (usernames or profile links)',
  'notes.when': 'When (dates and times)',
  'platform.site': 'Report it to this site',
  'platform.site.context': 'Report {context} to this site',
  'platform.open': 'Go to {name} help',
  'platform.category': 'In the report menu, look for the option about {category}.',
  'platform.generic': 'Use the report button or menu where it happened.',
  'platform.unverified': 'This link was not recently checked.',
  'platform.what-happens':
    'The site’s moderators or safety team read your report. It can take from a day to a few weeks; urgent safety reports come first.',
  'platform.take-it-down':
    '{name} takes part in Take It Down, which can stop images of under-18s being shared there.',
  'official.intro': 'Where to report it, and what each place does with a report.',
  'official.police': 'Police',
  'official.police.about': 'A report here goes to the police.',
  'official.police.call':
    'To report it to the police, call {nonEmergency} when it is not an emergency. If anyone is in danger now, call {emergency}.',
  'official.police.call.emergency':
    'To report it to the police: if anyone is in danger now, call {emergency}. Otherwise, contact your local police.',
  'official.police.none':
    'Report it to the police: call the emergency number if anyone is in danger now, or contact your local police.',
  'official.centres': 'Reporting centres',
  'official.centres.about': 'Each card says what the service does with a report.',
  'official.tools': 'Getting images taken down',
  'official.tools.about':
    'These tools help get images taken down. Using one is not a police report.',
  'official.cross-border':
    'No service in your country is listed here. The services below work from any country. Hotlines and the police pass reports to each other across borders.',
  'support.intro': 'You do not have to deal with this alone. These services listen and help.',
  'support.no-text': 'None of the lines listed here takes texts or chat messages.',
  'support.intro.helper':
    'You and the person you are helping do not have to deal with this alone. Each card says who the service is for.',
  'support.none':
    'No helpline is listed here for you. Talk to an adult you trust. If anyone is in danger, call {numbers}.',
  'support.now':
    'If you need someone right now and no line here is open, talk to an adult you trust. If anyone is in danger, call {numbers}.',
  /** The same, for someone who is not a young person speaking for themselves. */
  'support.none.anyone':
    'No helpline for this is listed here for your country. Talk to someone you trust. To report what happened, use the services in the step before. If anyone is in danger, call {numbers}.',
  /** Where a country's emergency number is not known: "call the emergency number". */
  'emergency.generic': 'your local emergency number',
  'support.now.anyone':
    'If you need someone right now and no line here is open, talk to someone you trust. If anyone is in danger, call {numbers}.',
  'summary.heading': 'Take it with you',
  'summary.intro':
    'A plain-text copy of your plan. It has no personal details unless you include your notes.',
  'summary.include-notes': 'Include my notes',
  'summary.label': 'Your plan',
  'summary.copy': 'Copy the plan',
  'summary.print': 'Print',
  'summary.copied': 'Plan copied',
  'summary.copy-failed': 'Could not copy. Select the text and copy it.',
  'summary.title': 'Help plan: {situation}',
  'summary.country': 'Country: {country}',
  'schedule.every-day': 'Every day',
  'schedule.span': '{days}, {open} to {close}',
  'summary.emergency': 'In immediate danger: call {numbers}',
  'faq.heading': 'Questions',
});

addEnglish(reportWords);
