// The filter changes the bench times (bench/run.mjs) and profiles (bench/profile.mjs), as a reader makes them:
// audience, topic, channel, country, and back. `region` GB is a country whose file is not on the page yet.
// Also the timing loop both run in the page.
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

/**
 * Runs in the page (`tab.evaluate(timeFilterChanges, { changes, profile })`): makes each change on the page's
 * `<hotline-list>` and times it from the select's change to the panel laid out, a frame apart. A country whose
 * built-in services are not on the page yet loads them first (a small file beside the script): counted, since the
 * reader waits for it too. With `profile`, each change is a console.profile of its own.
 */
export async function timeFilterChanges({ changes, profile }) {
  const el = document.querySelector('hotline-list');
  const root = el.shadowRoot;
  const times = [];
  for (const [name, value] of changes) {
    const select = root.querySelector(`select[id$="-${name}"]`);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    if (profile) console.profile(`filter ${name}=${value}`);
    const start = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    while (!root.querySelector('.list, .empty')) {
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
    }
    root.querySelector('[part="panel"]').getBoundingClientRect();
    times.push(performance.now() - start);
    if (profile) console.profileEnd(`filter ${name}=${value}`);
  }
  return times;
}
