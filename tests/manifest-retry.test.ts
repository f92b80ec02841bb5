/**
 * A site's manifest that fails on the network is a word and the built-in help at once, is asked for once more in
 * the background, and replaces the built-in help in place when it comes, with the notice gone.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/elements/hotline-list/define.js';
import { captureConsoleError, fakeFetch, json } from './helpers.js';
import { schoolManifest } from './fixtures/manifests.js';

const names = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.list > .item .name')].map((n) => n.textContent!.trim());
const notice = (el: Element) =>
  el.shadowRoot!.querySelector('[part="notice"]')?.textContent?.trim() ?? '';
const WAIT = { timeout: 10_000 };

describe('a site manifest that fails on the network', () => {
  it('shows the built-in help with the notice, asks once more, and takes the site’s in place when it comes', async () => {
    let calls = 0;
    const fake = fakeFetch({
      '/school.json': () => {
        calls += 1;
        if (calls === 1) throw new TypeError('Failed to fetch');
        return json(schoolManifest);
      },
    });
    const consoleErrors = captureConsoleError();
    const el = document.createElement('hotline-list');
    el.setAttribute('region', 'US');
    el.setAttribute('manifest', '/school.json');
    const kinds: string[] = [];
    el.addEventListener('sp-error', (event) => kinds.push(event.detail.kind));
    document.body.append(el);
    try {
      await waitUntil(() => kinds.length > 0, 'no sp-error', WAIT);
      expect(kinds).to.deep.equal(['network']);
      await waitUntil(
        () => names(el).includes('Ms Rivera, school counsellor'),
        'the retry did not replace the built-in help',
        WAIT,
      );
      expect(fake.calls).to.deep.equal(['/school.json', '/school.json']);
      expect(notice(el)).to.equal('');
    } finally {
      el.remove();
      fake.restore();
      consoleErrors.restore();
    }
  });
});
