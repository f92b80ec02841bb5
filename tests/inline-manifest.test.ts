/**
 * A site's manifest that travels inside the page: a `<script type="application/json">` child of the element, or an
 * object set as its `manifest` property. Checked, merged and refused exactly as a fetched one is, with the same
 * `sp-error` and notice, and with no request; its text stays text.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/elements/hotline-list/define.js';
import type { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import type { ManifestErrorKind } from '../src/manifest/load.js';
import { captureConsoleError, fakeFetch } from './helpers.js';
import { javascriptLinkManifest, schoolManifest } from './fixtures/manifests.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const names = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.list > .item .name')].map((n) => n.textContent!.trim());

interface Heard {
  kind: ManifestErrorKind;
  url: string;
}

/** A hotline list for the US with `setUp` applied before it joins the page, and the errors it fires. */
function mount(setUp: (el: HotlineListElement) => void): {
  el: HotlineListElement;
  errors: Heard[];
} {
  const el = document.createElement('hotline-list');
  el.setAttribute('region', 'US');
  const errors: Heard[] = [];
  el.addEventListener('sp-error', (event) => errors.push(event.detail));
  setUp(el);
  document.body.append(el);
  return { el, errors };
}

/** A `<script type="application/json">` child with `text` in it, as a page's HTML would have it. */
function withScript(text: string) {
  return (el: HotlineListElement) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    el.append(script);
  };
}

/** Generous: the first check loads the validator. */
const WAIT = { timeout: 10_000 };
const notice = (el: Element) => $(el, '[part="notice"]')?.textContent?.trim() ?? '';

describe('an inline manifest', () => {
  let fake: ReturnType<typeof fakeFetch>;
  let consoleErrors: ReturnType<typeof captureConsoleError>;
  const mounted: Element[] = [];
  const track = (result: { el: HotlineListElement; errors: Heard[] }) => {
    mounted.push(result.el);
    return result;
  };

  beforeEach(() => {
    fake = fakeFetch({});
    consoleErrors = captureConsoleError();
  });
  afterEach(() => {
    mounted.splice(0).forEach((el) => el.remove());
    fake.restore();
    consoleErrors.restore();
  });

  it('uses a <script type="application/json"> child as the site’s manifest, merged with the built-in help, with no request', async () => {
    const { el, errors } = track(mount(withScript(JSON.stringify(schoolManifest))));
    await waitUntil(() => names(el).includes('Ms Rivera, school counsellor'), 'not shown', WAIT);
    expect(names(el)).to.include('CyberTipline');
    expect(notice(el)).to.equal('');
    expect(errors).to.deep.equal([]);
    expect(fake.calls).to.deep.equal([]);
  });

  it('refuses one that breaks a rule, with the fetched manifest’s notice, sp-error and console message', async () => {
    const { el, errors } = track(mount(withScript(JSON.stringify(javascriptLinkManifest))));
    await waitUntil(() => errors.length > 0, 'no sp-error', WAIT);
    expect(errors[0]!.kind).to.equal('schema');
    expect(errors[0]!.url).to.equal('(inline, in <hotline-list>)');
    await waitUntil(() => notice(el) !== '', 'no notice', WAIT);
    expect(notice(el)).to.equal(
      "This site's list of services could not be loaded, so we are showing our standard list.",
    );
    expect(names(el)).to.include('CyberTipline');
    expect(names(el)).not.to.include('Bad link');
    expect(consoleErrors.messages.join('\n')).to.match(
      /the site manifest \(inline, in <hotline-list>\) has 1 problem.*showing the built-in help instead[\s\S]*must be an https: link/,
    );
  });

  it('refuses text that is not JSON as a fetched file’s would be', async () => {
    const { el, errors } = track(mount(withScript('{ "version": 1,, }')));
    await waitUntil(() => errors.length > 0, 'no sp-error', WAIT);
    expect(errors[0]!.kind).to.equal('json');
    await waitUntil(() => notice(el) !== '', 'no notice', WAIT);
    expect(names(el)).to.include('CyberTipline');
  });

  it('keeps its text as text: markup in a name is shown, never run or drawn', async () => {
    const hostile = {
      ...schoolManifest,
      resources: [
        {
          ...schoolManifest.resources[0]!,
          name: { en: '<img src=x onerror="window.__pwned=1"><b>Ms Rivera</b>' },
        },
      ],
    };
    // As a page would write it: "</" escaped, so the text cannot close the script element.
    const text = JSON.stringify(hostile).replaceAll('</', '<\\/');
    const { el } = track(mount(withScript(text)));
    await waitUntil(() => names(el).some((name) => name.includes('Ms Rivera')), 'not shown', WAIT);
    expect(names(el)).to.include('<img src=x onerror="window.__pwned=1"><b>Ms Rivera</b>');
    expect(el.shadowRoot!.querySelector('img, .item b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('takes an object set as the `manifest` property the same way, and refuses a bad one', async () => {
    const good = track(mount((el) => (el.manifest = schoolManifest)));
    await waitUntil(
      () => names(good.el).includes('Ms Rivera, school counsellor'),
      'not shown',
      WAIT,
    );
    expect(good.errors).to.deep.equal([]);

    const bad = track(mount((el) => (el.manifest = javascriptLinkManifest)));
    await waitUntil(() => bad.errors.length > 0, 'no sp-error', WAIT);
    expect(bad.errors[0]!.kind).to.equal('schema');
    await waitUntil(() => notice(bad.el) !== '', 'no notice', WAIT);
    expect(names(bad.el)).not.to.include('Bad link');

    // Set again from script: the panel follows it.
    bad.el.manifest = schoolManifest;
    await waitUntil(
      () => names(bad.el).includes('Ms Rivera, school counsellor'),
      'not followed',
      WAIT,
    );
    expect(notice(bad.el)).to.equal('');
    expect(fake.calls).to.deep.equal([]);
  });
});
