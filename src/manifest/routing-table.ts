/**
 * The routing table for reviewers: for each country, situation, age and helper, the services each step of the
 * plan shows, with their kind. `npm run routes` writes it to docs/routing.md; a node test fails when that file
 * is stale.
 */
import type { Manifest, Resource, Text } from './schema.js';
import { answerOf, choicesFor, planFor, reachableNow, type AgeChoice } from './plan.js';
import { regionsIn } from './select.js';
import { pickText } from './text.js';

const WHO: Record<AgeChoice, string> = {
  'under-18.self': 'under 18, self',
  'under-18.helping': 'helping someone under 18',
  'adult.self': '18+, self',
  'adult.helping': 'helping an adult',
  'under-18.found': 'found it, under 18',
  'adult.found': 'found it, 18+',
};

const en = (text: Text | undefined) => (text === undefined ? '' : pickText(text, 'en', 'en'));
const cell = (value: string) => value.replace(/\|/g, '\\|') || '—';

function names(resources: readonly Resource[], marks?: (r: Resource) => string): string {
  return resources.map((r) => `${en(r.name)} \`${r.id}\`${marks ? marks(r) : ''}`).join('<br>');
}

export function routingTable(manifest: Manifest): string {
  const lines = [
    '# Routing table',
    '',
    'Written by `npm run routes` from the default manifest (src/data/): do not edit by hand. A test fails when',
    'this file is out of date. For each country, situation and who is asking, the services each step of the plan',
    'shows, by kind. **Never capture**: the plan says never to download, screenshot, save or forward the images.',
    '**Police**: a police service, or the number the plan gives. Support lines marked *(24/7)* can be reached now.',
    'Services for one group (`group`, like the DoD Safe Helpline) are left out: they show only when asked for.',
    '',
  ];
  for (const region of regionsIn(manifest)) {
    const emergency = manifest.emergency.find((e) => e.region === region);
    const numbers = !emergency
      ? ''
      : !emergency.numbers.length
        ? ' — no emergency number confirmed'
        : ` — emergency ${emergency.numbers.join(' or ')}${
            emergency.nonEmergency?.length
              ? `; police non-emergency ${emergency.nonEmergency.map((n) => n.display).join(', ')}`
              : ''
          }`;
    lines.push(`## ${region}${numbers}`, '');
    lines.push(
      '| situation | who | never capture | police | reporting centres | removal tools | support |',
      '|---|---|---|---|---|---|---|',
    );
    for (const situation of manifest.guide.situations) {
      for (const choice of choicesFor(situation)) {
        const who = WHO[choice];
        const plan = planFor(manifest, { situation: situation.id, ...answerOf(choice), region });
        if (!plan) continue;
        const policeServices = plan.official.filter((r) => r.kind === 'law-enforcement');
        const numbers = plan.police?.numbers;
        const police = policeServices.length
          ? names(policeServices)
          : numbers
            ? `call ${[...numbers.nonEmergency.map((n) => n.display), ...numbers.emergency].join(' / ')}`
            : plan.police
              ? 'local police'
              : '';
        const routed = plan.situation.id === situation.id ? '' : ` → ${plan.situation.id}`;
        lines.push(
          `| ${situation.id}${routed} | ${who} | ${plan.minorImages ? 'yes' : ''} | ${cell(police)} | ${cell(
            names(plan.official.filter((r) => r.kind === 'reporting-centre')),
          )} | ${cell(names(plan.official.filter((r) => r.kind === 'removal-tool')))} | ${cell(
            names(plan.support, (r) => (reachableNow(r) ? ' *(24/7)*' : '')),
          )} |`,
        );
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}
