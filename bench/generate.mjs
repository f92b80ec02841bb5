// A varied, realistic site manifest for the bench: resources across the 33 countries of the default data and some
// of their subdivisions, every kind, audience mix, topic and channel type, hours that are 24/7, online or weekly in
// the country's own time zone (some per channel), texts in one to three languages, sources and check dates.
// Seeded, so every run measures the same file. The kinds and audiences come from the caller (bench/run.mjs passes
// the built vocabulary, a browser test the source's), so there is no copy of them here.

const COUNTRIES = {
  AR: 'America/Argentina/Buenos_Aires',
  AT: 'Europe/Vienna',
  AU: 'Australia/Sydney',
  BE: 'Europe/Brussels',
  BR: 'America/Sao_Paulo',
  CA: 'America/Toronto',
  CH: 'Europe/Zurich',
  CL: 'America/Santiago',
  CO: 'America/Bogota',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  ES: 'Europe/Madrid',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  IN: 'Asia/Kolkata',
  IT: 'Europe/Rome',
  JP: 'Asia/Tokyo',
  KE: 'Africa/Nairobi',
  MX: 'America/Mexico_City',
  NG: 'Africa/Lagos',
  NL: 'Europe/Amsterdam',
  NO: 'Europe/Oslo',
  NZ: 'Pacific/Auckland',
  PE: 'America/Lima',
  PH: 'Asia/Manila',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  SE: 'Europe/Stockholm',
  SG: 'Asia/Singapore',
  US: 'America/New_York',
  ZA: 'Africa/Johannesburg',
};
const SUBDIVISIONS = [
  'US-CA',
  'US-MI',
  'US-TX',
  'US-NY',
  'CA-QC',
  'CA-ON',
  'AU-NSW',
  'GB-SCT',
  'MX-JAL',
];
const TOPICS = [
  'csam',
  'minor-images',
  'youth-support',
  'worried-adult',
  'child-protection',
  'enticement',
  'sexual-assault',
  'ncii',
  'sextortion',
  'crisis',
  'trafficking',
];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WORDS =
  'help support talk listen report remove images online safe young people parents school free trained advice police abuse threats money chat call text'.split(
    ' ',
  );

/** A small seeded generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @param {number} count
 * @param {{ KINDS: readonly string[], AUDIENCES: readonly string[] }} vocabulary
 * @param {number} [seed]
 */
export function generateManifest(count, { KINDS, AUDIENCES }, seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const some = (list, min, max) => {
    const n = min + Math.floor(rand() * (max - min + 1));
    return [...list].sort(() => rand() - 0.5).slice(0, n);
  };
  const sentence = (n) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const text = (n) => {
    const en = sentence(n);
    const r = rand();
    if (r < 0.7) return en;
    if (r < 0.92) return { en, es: `ES ${en}` };
    return { en, es: `ES ${en}`, fr: `FR ${en}` };
  };
  const weekly = (zone) => {
    const open = pick(['08:00', '09:00', '10:00', '12:00', '16:00']);
    const close = pick(['17:00', '20:00', '22:00', '02:00']);
    const spans = [{ days: some(DAYS.slice(0, 5), 3, 5), open, close }];
    if (rand() < 0.4)
      spans.push({ days: some(['sat', 'sun'], 1, 2), open: '10:00', close: '14:00' });
    return { type: 'weekly', timeZone: zone, spans };
  };
  const hours = (zone) => {
    const r = rand();
    if (r < 0.3) return { type: 'always' };
    if (r < 0.45) return { type: 'online' };
    if (r < 0.9) return weekly(zone);
    return undefined;
  };
  const number = () => `+1${String(2_000_000_000 + Math.floor(rand() * 7_000_000_000))}`;
  const channel = (type, i, zone) => {
    const extra = rand() < 0.08 ? { hours: weekly(zone) } : {};
    switch (type) {
      case 'phone': {
        const n = number();
        return {
          type,
          display: n.slice(2).replace(/(\d{3})(\d{3})(\d{4})/, '$1-$2-$3'),
          number: n,
          ...extra,
        };
      }
      case 'text': {
        const n = String(10_000 + Math.floor(rand() * 89_999));
        return {
          type,
          display: n,
          number: n,
          body: rand() < 0.5 ? 'HELP' : { en: 'HELP', es: 'AYUDA' },
          ...extra,
        };
      }
      case 'chat':
        return { type, url: `https://service-${i}.example/chat`, ...extra };
      case 'web':
        return { type, url: `https://service-${i}.example/`, ...extra };
      default:
        return { type, address: `help@service-${i}.example` };
    }
  };
  const countries = Object.keys(COUNTRIES);
  const resources = Array.from({ length: count }, (_, i) => {
    const region = rand() < 0.1 ? pick(SUBDIVISIONS) : pick(countries);
    const zone = COUNTRIES[region.split('-')[0]];
    const resource = {
      id: `service-${i}`,
      kind: pick(KINDS),
      name: sentence(2 + Math.floor(rand() * 2)).slice(0, -1),
      description: text(5 + Math.floor(rand() * 5)),
      regions: rand() < 0.05 ? [region, pick(countries)] : [region],
      audiences: some(AUDIENCES, 1, 5),
      topics: some(TOPICS, 1, 4),
      channels: some(['phone', 'text', 'chat', 'web', 'email'], 1, rand() < 0.6 ? 1 : 3).map(
        (type) => channel(type, i, zone),
      ),
    };
    const h = hours(zone);
    if (h) resource.hours = h;
    if (rand() < 0.4) resource.organisation = sentence(2).slice(0, -1);
    if (rand() < 0.3) resource.anonymous = pick(['yes', 'no', 'optional']);
    if (rand() < 0.3) resource.confidential = true;
    if (rand() < 0.3) resource.languages = some(['en', 'es', 'fr', 'de', 'pt', 'ja'], 1, 3);
    if (rand() < 0.15) resource.contact = sentence(6);
    if (rand() < 0.5) resource.sources = [`https://service-${i}.example/about`];
    if (rand() < 0.5)
      resource.verified = `202${5 + Math.floor(rand() * 2)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
    return resource;
  });
  return { version: 1, extends: 'default', resources };
}
