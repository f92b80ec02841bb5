// The filter changes the bench times (bench/run.mjs) and profiles (bench/profile.mjs), as a reader makes them:
// audience, topic, channel, country, and back. `region` GB is a country whose file is not on the page yet.
export const FILTER_CHANGES = [
  ['audience', 'teen'],
  ['topic', 'sextortion'],
  ['channel', 'text'],
  ['region', 'GB'],
  ['audience', ''],
  ['topic', ''],
  ['channel', ''],
  ['region', 'US'],
];
