import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/hotline-list/define.js';
import '../src/elements/report-help/define.js';
import { GRACE_MS, type ManifestController } from '../src/internal/manifest-controller.js';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import { mergeManifest } from '../src/manifest/merge.js';
import type { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import { clock } from '../src/internal/clock.js';
import { tickHours } from '../src/internal/hours-label.js';
import { copiedConfig } from '../src/internal/clipboard.js';
import type { Resource } from '../src/manifest/schema.js';
import {
  captureConsoleError,
  fakeFetch,
  json,
  later,
  pageExit,
  settled,
  usResource,
  saidAgain,
  waitUntil,
} from './helpers.js';
import { cameBefore } from './wait.js';
import { hostileManifest, javascriptLinkManifest, schoolManifest } from './fixtures/manifests.js';

type El = HotlineListElement;

const root = (el: El) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) =>
  root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: El, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const names = (el: El) => $$(el, '.list > .item .name').map((n) => n.textContent!.trim());
const countText = (el: El) => $(el, '[part="count"]')!.textContent!.trim();
const visibleText = (el: El) => root(el).textContent!.replace(/\s+/g, ' ');

/** The actions of one service, as a screen reader would list them: accessible name and where it goes. */
function actionsOf(el: El, id: string): string[] {
  return $$(el, `[data-id="${id}"] [part~="action"]`).map(
    (a) => `${a.textContent!.trim()} → ${a.getAttribute('href')}`,
  );
}

/** Renders a list with a site manifest, collecting its sp-error events from the start. */
async function withManifest(url: string): Promise<{ el: El; errors: CustomEvent[] }> {
  const errors: CustomEvent[] = [];
  const el = await fixture<El>(
    html`<hotline-list
      region="US"
      manifest=${url}
      @sp-error=${(e: CustomEvent) => errors.push(e)}
    ></hotline-list>`,
  );
  await settled(el);
  return { el, errors };
}

/** Presses "Show more services" until every matching service has its card. */
async function showAll(el: El): Promise<void> {
  for (let more = $(el, '[part="more"]'); more; more = $(el, '[part="more"]')) {
    more.click();
    await el.updateComplete;
  }
}

describe('<hotline-list>', () => {
  let fake: ReturnType<typeof fakeFetch> | undefined;
  let consoleErrors: ReturnType<typeof captureConsoleError>;
  const realNow = clock.now;

  beforeEach(() => {
    consoleErrors = captureConsoleError();
  });
  afterEach(() => {
    fake?.restore();
    fake = undefined;
    consoleErrors.restore();
    clock.now = realNow;
  });

  describe('with the built-in manifest', () => {
    it('shows the emergency number first, as a call link', async () => {
      const el = await fixture<El>(html`<hotline-list region="US"></hotline-list>`);
      const emergency = $(el, '[part="heading"] + [part="emergency"]')!;
      expect(emergency.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'In immediate danger? Call 911',
      );
      expect(emergency.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
    });

    it('shows the CyberTipline, the trafficking hotline and RAINN for the US with working tel: links', async () => {
      const el = await fixture<El>(html`<hotline-list region="US"></hotline-list>`);
      expect(countText(el)).to.equal('Showing 5 of 15 services');
      await showAll(el);
      expect(names(el)).to.include.members([
        'CyberTipline',
        'National Human Trafficking Hotline',
        'National Sexual Assault Hotline',
      ]);
      expect(actionsOf(el, 'ncmec-cybertipline')).to.deep.equal([
        'Report online → https://report.cybertip.org',
        'Call 1-800-843-5678 (1-800-THE-LOST) → tel:+18008435678',
      ]);
      expect(actionsOf(el, 'nhth')).to.include('Call 1-888-373-7888 → tel:+18883737888');
      expect(actionsOf(el, 'nhth')).to.include('Text BeFree to 233733 → sms:233733?&body=BeFree');
      expect(actionsOf(el, 'rainn-hotline')[0]).to.equal(
        'Call 800-656-HOPE (800-656-4673) → tel:+18006564673',
      );
      expect(countText(el)).to.equal('15 services shown');
    });

    it('says what each service is, when it is open, whether it is anonymous, and where the facts come from', async () => {
      const el = await fixture<El>(html`<hotline-list region="US"></hotline-list>`);
      const item = $(el, '[data-id="ncmec-cybertipline"]')!;
      const text = item.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Anyone can report, even a young person about themselves.');
      expect(text).to.contain('Open 24/7');
      expect(text).to.contain('Giving your name is optional');
      expect(text).to.contain(
        'What happens when you contact them: Your name and contact details are optional.',
      );
      expect(text).to.contain('Source: report.cybertip.org/faqs');
      expect(text).to.contain('checked Nov 23, 2026');
    });

    it('takes the region from the page language when it has no region attribute', async () => {
      const el = await fixture<El>(
        html`<div lang="en-GB"><hotline-list></hotline-list></div>`,
        {},
      ).then((div) => div.querySelector('hotline-list') as El);
      await el.updateComplete;
      expect($(el, '[part="emergency"] a')!.textContent).to.equal('999');
      expect(names(el)[0]).to.equal('CEOP Safety Centre');
    });

    // A visitor from a country the data lacks (Antarctica here), by the page's language: a region attribute the
    // data lacks is the visitor's own region instead (issue 18), but the visitor's own region is used as it is.
    it('says to call the local emergency number where it has none', async () => {
      const el = await fixture<HTMLDivElement>(
        html`<div lang="en-AQ"><hotline-list></hotline-list></div>`,
      ).then((div) => div.querySelector('hotline-list') as El);
      expect($(el, '[part="emergency"]')!.textContent!.trim()).to.equal(
        'In immediate danger? Call your local emergency number.',
      );
      expect(names(el)).to.deep.equal([
        'StopNCII.org',
        'Take It Down',
        'Internet Watch Foundation',
        'INHOPE',
      ]);
    });

    it('puts text and chat before calls with text-first', async () => {
      const el = await fixture<El>(html`<hotline-list region="US" text-first></hotline-list>`);
      expect(actionsOf(el, 'nhth').slice(0, 2)).to.deep.equal([
        'Text BeFree to 233733 → sms:233733?&body=BeFree',
        'Live chat → https://humantraffickinghotline.org',
      ]);
    });

    it('filters by the audience, topics and channels attributes', async () => {
      const el = await fixture<El>(
        html`<hotline-list
          region="CA"
          audience="teen"
          topics="youth-support"
          channels="text"
        ></hotline-list>`,
      );
      expect(names(el)).to.deep.equal(['Kids Help Phone']);
      expect(countText(el)).to.equal('1 service shown');
    });

    it('fits the host outline with heading-level', async () => {
      const el = await fixture<El>(
        html`<hotline-list region="US" heading-level="3"></hotline-list>`,
      );
      expect($(el, '[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect($(el, '.item .name')!.getAttribute('aria-level')).to.equal('4');
    });

    it('leaves out filters, descriptions and details when compact, but keeps actions and hours', async () => {
      const el = await fixture<El>(html`<hotline-list region="US" compact></hotline-list>`);
      await showAll(el);
      expect($(el, '[part="filters"]')).to.equal(null);
      expect($(el, '.description')).to.equal(null);
      expect(actionsOf(el, 'rainn-hotline').length).to.equal(2);
      expect($(el, '[data-id="rainn-hotline"] .hours')!.textContent).to.equal('Open 24/7');
    });

    it('speaks Spanish when the page is in Spanish', async () => {
      const el = await fixture<El>(html`<hotline-list region="US" lang="es"></hotline-list>`);
      expect($(el, '[part="heading"]')!.textContent!.trim()).to.equal('Consigue ayuda ahora');
      expect(visibleText(el)).to.contain('Denuncia la explotación sexual de un menor');
      await showAll(el);
      expect(actionsOf(el, 'rainn-hotline')[0]).to.equal(
        'Llamar al 800-656-HOPE (800-656-4673) → tel:+18006564673',
      );
    });

    it('fires an action event with ids only when a person uses an action', async () => {
      const el = await fixture<El>(html`<hotline-list region="US"></hotline-list>`);
      await showAll(el);
      const link = $<HTMLAnchorElement>(el, '[data-id="rainn-hotline"] [part~="action"]')!;
      link.addEventListener('click', (event) => event.preventDefault());
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'sp-action');
      expect(event.detail).to.deep.equal({
        element: 'hotline-list',
        resource: 'rainn-hotline',
        channel: 'phone',
        action: 'open',
      });
    });

    it('copies a number and announces it', async () => {
      const el = await fixture<El>(html`<hotline-list region="GB"></hotline-list>`);
      let copied = '';
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      clipboard.writeText = async (text: string) => {
        copied = text;
      };
      try {
        const button = $<HTMLButtonElement>(el, '[data-id="childline"] [part="copy"]')!;
        expect(button.getAttribute('aria-label')).to.equal('Copy number 0800 1111');
        button.click();
        await waitUntil(() => copied !== '');
        await el.updateComplete;
        expect(copied).to.equal('0800 1111');
        const announcements = $$(el, '[role="status"]').map((s) => s.textContent!.trim());
        expect(announcements).to.include('Copied 0800 1111');
        // A second press is said again.
        const [before, after] = await saidAgain(el.shadowRoot!, 'Copied', async () => {
          copied = '';
          button.click();
          await waitUntil(() => copied !== '');
          await el.updateComplete;
        });
        expect(after, 'the same text: nothing is said').not.to.equal(before);
        expect(after.trim()).to.equal('Copied 0800 1111');
      } finally {
        clipboard.writeText = original;
      }
    });

    it('shows on the copy button that the copy worked, for a moment, and not when it failed', async () => {
      const el = await fixture<El>(html`<hotline-list region="GB"></hotline-list>`);
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      const wait = copiedConfig.ms;
      copiedConfig.ms = 200;
      let refuse = false;
      clipboard.writeText = async () => {
        if (refuse) throw new Error('refused');
      };
      try {
        const button = $<HTMLButtonElement>(el, '[data-id="childline"] [part="copy"]')!;
        const width = button.getBoundingClientRect().width;
        expect(button.innerText.trim()).to.equal('Copy');
        button.click();
        await waitUntil(() => button.innerText.trim() === 'Copied', 'no "Copied" on the button');
        // Same width: nothing beside it moves. Same name: the live region says it to a screen reader.
        expect(button.getBoundingClientRect().width).to.equal(width);
        expect(button.getAttribute('aria-label')).to.equal('Copy number 0800 1111');
        await waitUntil(() => button.innerText.trim() === 'Copy', '"Copied" stays');
        refuse = true;
        button.click();
        await waitUntil(() => visibleText(el).includes('Could not copy. The number is 0800 1111'));
        expect(button.innerText.trim()).to.equal('Copy');
      } finally {
        clipboard.writeText = original;
        copiedConfig.ms = wait;
      }
    });

    it('shows open now or the next opening from fixed opening hours', async () => {
      fake = fakeFetch({ '/school.json': json(schoolManifest) });
      // Monday 23 November 2026, 10:00 in Detroit: the counsellor is in.
      clock.now = () => new Date('2026-11-23T15:00:00Z');
      const open = await settled(
        await fixture<El>(html`<hotline-list region="US" manifest="/school.json"></hotline-list>`),
      );
      await showAll(open);
      expect($(open, '[data-id="school-counsellor"] .hours')!.textContent).to.match(
        /^Open now, until /,
      );
      // Saturday: closed until Monday.
      clock.now = () => new Date('2026-11-28T15:00:00Z');
      open.requestUpdate();
      await open.updateComplete;
      expect($(open, '[data-id="school-counsellor"] .hours')!.textContent).to.match(
        /^Closed now\. Opens Monday/,
      );
    });
  });

  describe('filters', () => {
    it('have a label for every control', async () => {
      const el = await fixture<El>(html`<hotline-list region="US"></hotline-list>`);
      const labels = $$<HTMLSelectElement>(el, 'select').map(
        (select) => root(el).querySelector(`label[for="${select.id}"]`)?.textContent,
      );
      expect(labels).to.deep.equal(['Country or region', 'For', 'About', 'Contact by']);
      expect($(el, 'legend')!.textContent).to.equal('Show services');
    });

    it('work by keyboard and announce the new count', async () => {
      const el = await fixture<El>(html`<hotline-list region="ID"></hotline-list>`);
      const region = $<HTMLSelectElement>(el, 'select')!;
      region.focus();
      // The visitor's own country first, then the others by name: down from Indonesia is Argentina.
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(region.value).to.equal('AR');
      // The field after it finds a country by a name typed: "irel" chooses Ireland, and says so.
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.id).to.match(/-region-find$/);
      await sendKeys({ type: 'irel' });
      await el.updateComplete;
      expect(region.value).to.equal('IE');
      expect([...region.options].map((option) => option.value)).to.deep.equal(['IE']);
      expect($(el, '.found')!.textContent).to.equal('1 country found: Ireland, now chosen.');
      expect($(el, '[part="emergency"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'In immediate danger? Call 112 or 999 112 and 999 are both free.',
      );
      expect(names(el)).to.deep.equal([
        'Samaritans',
        'Hotline.ie',
        'Childline',
        'An Garda Síochána — Blue Blindfold',
        'StopNCII.org',
      ]);
      expect(countText(el)).to.equal('Showing 5 of 8 services');
      expect($(el, '[part="count"]')!.getAttribute('role')).to.equal('status');

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(root(el).activeElement!.id).to.match(/-audience$/);
      expect(names(el)).to.deep.equal([
        'Samaritans',
        'Hotline.ie',
        'Childline',
        'An Garda Síochána — Blue Blindfold',
        'Take It Down',
      ]);
    });

    it('show a new list for each channel chosen in turn, and for a new channels attribute', async () => {
      // What must show comes from the data: the services listed with no channel filter, kept where the manifest
      // gives them a way of the chosen type, in the same order.
      const el = await fixture<El>(html`<hotline-list region="US"></hotline-list>`);
      const shownIds = async () => {
        await showAll(el);
        // Not the services that work everywhere, offered when nothing matches.
        return $$(el, '.list > .item')
          .filter((item) => !item.closest('.empty'))
          .map((item) => item.dataset['id']!);
      };
      const all = await shownIds();
      const byId = new Map(defaultManifest.resources.map((resource) => [resource.id, resource]));
      const offering = (type: string) =>
        all.filter((id) => byId.get(id)!.channels.some((channel) => channel.type === type));
      const select = $<HTMLSelectElement>(el, 'select[id$="-channel"]')!;
      const choose = async (value: string) => {
        select.value = value;
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
      };
      const types = [...select.options].map((option) => option.value).filter((v) => v && v !== '*');
      const lists = new Set<string>();
      // Each type after another, and back to the first: a list kept from the last choice shows.
      for (const type of [...types, types[0]!]) {
        await choose(type);
        const shown = await shownIds();
        expect(shown, type).to.deep.equal(offering(type));
        lists.add(shown.join());
      }
      expect(lists.size, 'every channel gave the same list: the test shows nothing').to.be.above(2);
      await choose('');
      expect(await shownIds()).to.deep.equal(all);
      el.channels = types[1]!;
      await el.updateComplete;
      expect(await shownIds()).to.deep.equal(offering(types[1]!));
    });

    it('say so when nothing matches, offer the international services, and clear', async () => {
      const el = await fixture<El>(
        html`<hotline-list region="AU" channels="email"></hotline-list>`,
      );
      expect(visibleText(el)).to.contain('No services match these filters.');
      expect(visibleText(el)).to.contain('These services work everywhere:');
      expect(names(el)).to.deep.equal([
        'StopNCII.org',
        'Take It Down',
        'Internet Watch Foundation',
        'INHOPE',
      ]);
      expect(countText(el)).to.equal('0 services shown');
      $<HTMLButtonElement>(el, '.empty button')!.click();
      await el.updateComplete;
      expect(names(el)[0]).to.equal('Australian Centre to Counter Child Exploitation (ACCCE)');
      expect(countText(el)).to.equal('Showing 5 of 10 services');
    });
  });

  describe('with a site manifest', () => {
    it('shows a loading state with the emergency number while it loads', async () => {
      fake = fakeFetch({ '/slow.json': 'hang' });
      const el = await fixture<El>(
        html`<hotline-list region="US" manifest="/slow.json"></hotline-list>`,
      );
      expect($(el, '.loading')!.textContent).to.equal('Loading help…');
      expect($(el, '[part="emergency"] a')!.getAttribute('href')).to.equal('tel:911');
    });

    it('adds the site’s own service first', async () => {
      fake = fakeFetch({ '/school.json': json(schoolManifest) });
      const el = await settled(
        await fixture<El>(html`<hotline-list region="US" manifest="/school.json"></hotline-list>`),
      );
      expect(names(el)[0]).to.equal('Ms Rivera, school counsellor');
      expect(names(el)).not.to.include('DoD Safe Helpline');
      expect(actionsOf(el, 'school-counsellor')).to.deep.equal([
        'Email counsellor@school.example → mailto:counsellor@school.example',
      ]);
      expect($(el, '[part="notice"]')).to.equal(null);
    });

    for (const [what, answers] of [
      ['is missing', {}],
      ['is not JSON', { '/site.json': new Response('<html>oops</html>') }],
      ['has a bad field', { '/site.json': json(javascriptLinkManifest) }],
    ] as const) {
      it(`still shows the help, with a notice, when the file ${what}`, async () => {
        fake = fakeFetch(answers);
        const { el, errors } = await withManifest('/site.json');
        expect(errors.length).to.equal(1);
        const error = errors[0]!;
        expect(error.detail.url).to.match(/\/site\.json$/);
        expect($(el, '[part="notice"]')!.textContent).to.equal(
          "This site's list of services could not be loaded, so we are showing our standard list.",
        );
        await showAll(el);
        expect(names(el)).to.include.members([
          'CyberTipline',
          'National Human Trafficking Hotline',
          'National Sexual Assault Hotline',
        ]);
        expect(consoleErrors.messages.join('\n')).to.contain('/site.json');
      });
    }

    it('names the bad field in the console', async () => {
      fake = fakeFetch({ '/site.json': json(javascriptLinkManifest) });
      const { errors } = await withManifest('/site.json');
      expect(errors.length).to.equal(1);
      const error = errors[0]!;
      expect(error.detail.kind).to.equal('schema');
      expect(error.detail.issues).to.deep.equal([
        { path: 'resources[0].channels[0].url', message: 'must be an https: link' },
      ]);
      expect(consoleErrors.messages.join('\n')).to.contain(
        'resources[0].channels[0].url: must be an https: link',
      );
    });

    it('renders hostile text as text and runs nothing', async () => {
      fake = fakeFetch({ '/hostile.json': json(hostileManifest) });
      const el = await settled(
        await fixture<El>(html`<hotline-list region="US" manifest="/hostile.json"></hotline-list>`),
      );
      expect(names(el)[0]).to.equal('<img src=x onerror="window.__pwned=1">Evil');
      expect($(el, '.list img, .list script')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(actionsOf(el, 'hostile')[0]).to.contain('→ https://example.org/"><script>');
    });
  });

  describe('paging', () => {
    const many = (count: number) => ({
      version: 1,
      extends: 'default',
      hide: defaultManifest.resources.map((r) => r.id),
      resources: Array.from({ length: count }, (_, i) => usResource(i)),
    });

    it('builds 5 cards at first, and "Show more" adds 5, announces the count and focuses the first new card', async () => {
      fake = fakeFetch({ '/many.json': json(many(25)) });
      const { el } = await withManifest('/many.json');
      expect($$(el, '.item').length).to.equal(5);
      expect(countText(el)).to.equal('Showing 5 of 25 services');
      expect($(el, '[part="count"]')!.getAttribute('role')).to.equal('status');
      const more = $<HTMLButtonElement>(el, '[part="more"]')!;
      expect(more.textContent!.trim()).to.equal('Show more services');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($$(el, '.item').length).to.equal(10);
      expect(countText(el)).to.equal('Showing 10 of 25 services');
      const focused = root(el).activeElement as HTMLElement;
      expect(focused.textContent!.trim()).to.equal('Service 5');
      expect(focused.closest('.item')!.getAttribute('data-id')).to.equal('service-5');
      await showAll(el);
      expect($$(el, '.item').length).to.equal(25);
      expect(countText(el)).to.equal('25 services shown');
      expect($(el, '[part="more"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('never shows a service with the "More ways" another service had unfolded', async () => {
      // Cards are reused in place when the list changes; the unfolded part belongs to the service, not the place.
      const ways = Array.from({ length: 5 }, (_, i) => ({
        type: 'web',
        url: `https://way-${i}.example`,
      }));
      fake = fakeFetch({
        '/ways.json': json({
          ...many(0),
          resources: [
            usResource(1, { channels: ways, audiences: ['teen'] }),
            usResource(2, { channels: ways, audiences: ['parent'] }),
          ],
        }),
      });
      const { el } = await withManifest('/ways.json');
      const audience = $<HTMLSelectElement>(el, 'select[id$="-audience"]')!;
      audience.value = 'teen';
      audience.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($$(el, '.item .name').map((name) => name.textContent!.trim())).to.deep.equal([
        'Service 1',
      ]);
      $<HTMLDetailsElement>(el, 'details.more-ways')!.open = true;
      audience.value = 'parent';
      audience.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($$(el, '.item .name').map((name) => name.textContent!.trim())).to.deep.equal([
        'Service 2',
      ]);
      expect($<HTMLDetailsElement>(el, 'details.more-ways')!.open).to.equal(false);
    });

    it('starts again at 5 when a filter changes', async () => {
      fake = fakeFetch({ '/many.json': json(many(25)) });
      const { el } = await withManifest('/many.json');
      $<HTMLButtonElement>(el, '[part="more"]')!.click();
      await el.updateComplete;
      expect($$(el, '.item').length).to.equal(10);
      const audience = $<HTMLSelectElement>(el, 'select[id$="-audience"]')!;
      audience.value = 'teen';
      audience.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($$(el, '.item').length).to.equal(5);
    });
  });

  describe('at scale', () => {
    /**
     * The built-in resources in a list that counts the whole-list scans made over it, however they are made (a
     * loop, an iterator or an array method): every item read once more is one more scan.
     */
    function countedResources(): { list: Resource[]; scans: { count: number } } {
      const resources = [...defaultManifest.resources];
      const reads = resources.map(() => 0);
      const list = new Proxy(resources, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key))
            reads[Number(key)] = (reads[Number(key)] ?? 0) + 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      return {
        list,
        scans: {
          get count() {
            return Math.min(...reads);
          },
        },
      };
    }

    it('reads the whole list once per new data, not per filter change, "Show more" or folding the filters', async () => {
      const el = await fixture<El>(html`<hotline-list region="US"></hotline-list>`);
      const { list, scans } = countedResources();
      // A site's manifest that stands alone is used as it is, so the counting list reaches the element.
      (el as unknown as { manifestController: ManifestController }).manifestController.use({
        site: { ...defaultManifest, resources: list },
        merge: mergeManifest,
      });
      await el.updateComplete;
      // New data: one pass to index it (selection, the topic options and the region options all read the index).
      expect(scans.count).to.equal(1);
      expect(countText(el)).to.equal('Showing 5 of 15 services');

      $<HTMLButtonElement>(el, '[part="more"]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part="filter-toggle"]')!.click();
      await el.updateComplete;
      expect(countText(el)).to.equal('Showing 10 of 15 services');
      expect(scans.count).to.equal(1);

      const audience = $<HTMLSelectElement>(el, 'select[id$="-audience"]')!;
      audience.value = 'parent';
      audience.dispatchEvent(new Event('change'));
      await el.updateComplete;
      // A filter change reads the index, not the whole list.
      expect(scans.count).to.equal(1);
      expect(countText(el)).to.equal('Showing 5 of 12 services');
    });

    it('the minute ticker changes "Open now" to "Closed now" without rendering the cards again', async () => {
      fake = fakeFetch({ '/school.json': json(schoolManifest) });
      // Monday 23 November 2026, 10:00 in Detroit: the counsellor is in.
      clock.now = () => new Date('2026-11-23T15:00:00Z');
      const el = await settled(
        await fixture<El>(html`<hotline-list region="US" manifest="/school.json"></hotline-list>`),
      );
      await showAll(el);
      const card = $(el, '[data-id="school-counsellor"]')!;
      const label = () => card.querySelector('.hours')!.textContent!.trim();
      expect(label()).to.match(/^Open now, until /);
      const renders = { count: 0 };
      const render = el.render.bind(el);
      Object.defineProperty(el, 'render', {
        configurable: true,
        value: () => {
          renders.count += 1;
          return render();
        },
      });

      // Saturday: closed until Monday.
      clock.now = () => new Date('2026-11-28T15:00:00Z');
      tickHours();
      await el.updateComplete;
      expect(label()).to.match(/^Closed now\. Opens Monday/);
      expect($(el, '[data-id="school-counsellor"]')).to.equal(card);
      expect(renders.count).to.equal(0);
    });
  });

  describe('a slow or hostile site manifest', () => {
    it('shows the built-in help within about the grace while the site’s hangs, says so, then the site’s in place, focus kept', async () => {
      const site = later();
      fake = fakeFetch({ '/slow.json': site.answer });
      const el = await fixture<El>(
        html`<hotline-list region="US" manifest="/slow.json"></hotline-list>`,
      );
      expect($(el, '.loading')).not.to.equal(null);
      // After the grace, a timer of three graces started with it must not fire first (an order, not a speed: how
      // fast is in `npm run bench`).
      expect(await cameBefore(GRACE_MS * 3, root(el), () => $$(el, '.item').length > 0)).to.equal(
        true,
      );
      expect(names(el)).to.include('CyberTipline');
      expect($(el, '[part="notice"]')?.textContent).to.contain(
        "Part of this help has not loaded yet: this site's own list of services. We will keep trying",
      );
      const link = $<HTMLAnchorElement>(el, '[data-id="ncmec-cybertipline"] a')!;
      link.focus();
      site.send(json(schoolManifest));
      await waitUntil(() => names(el).includes('Ms Rivera, school counsellor'), 'site not shown');
      expect(root(el).activeElement).to.equal(link);
      expect(link.isConnected).to.equal(true);
      expect($(el, '[part="notice"]')).to.equal(null);
    });

    it('still shows the failure notice when the site’s never answers', async () => {
      fake = fakeFetch({ '/hang.json': 'hang' });
      const { loaderConfig } = await import('../src/manifest/load.js');
      loaderConfig.timeoutMs = 1500;
      const { el, errors } = await withManifest('/hang.json');
      expect(errors[0]!.detail.kind).to.equal('timeout');
      expect($(el, '[part="notice"]')).not.to.equal(null);
      expect($$(el, '.item').length).to.be.above(0);
    });

    /** Presses Shift once and waits until the quick exit answers it (how fast is in `npm run bench`). */
    async function pressShift(): Promise<void> {
      await sendKeys({ press: 'Shift' });
      await waitUntil(
        () => pageExit.lights === 1 && pageExit.status,
        'Shift never reached the quick exit',
        { timeout: 30_000 },
      );
    }

    for (const [what, body] of [
      [
        'a 1 MB unbroken word',
        () =>
          JSON.stringify({
            version: 1,
            extends: 'default',
            resources: [usResource(1, { kind: 'local', description: 'w'.repeat(1024 * 1024) })],
          }),
      ],
      [
        '100,000 resources',
        () =>
          JSON.stringify({
            version: 1,
            extends: 'default',
            resources: Array.from({ length: 100_000 }, (_, i) => usResource(i)),
          }),
      ],
      [
        '20,000 valid resources',
        () =>
          JSON.stringify({
            version: 1,
            extends: 'default',
            resources: Array.from({ length: 20_000 }, (_, i) => usResource(i)),
          }),
      ],
    ] as const) {
      it(`stays usable with ${what}: a Shift press reaches the quick exit, and the list pages by 10`, async () => {
        const text = body();
        fake = fakeFetch({ '/big.json': () => new Response(text) });
        const exit = await fixture<HTMLElement>(
          html`<div>
            <report-help region="US"></report-help>
            <hotline-list region="US" manifest="/big.json"></hotline-list>
          </div>`,
        );
        const list = exit.querySelector('hotline-list') as El;
        await new Promise((resolve) => setTimeout(resolve, 50));
        await pressShift();
        await settled(list);
        expect($$(list, '.item').length).to.be.at.most(10);
        expect(root(list).querySelectorAll('*').length).to.be.below(3000);
        await sendKeys({ press: 'Escape' });
      });
    }
  });

  describe('accessibility', () => {
    it('passes axe when loaded', async () => {
      const el = await fixture<El>(html`<hotline-list region="US"></hotline-list>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe while loading', async () => {
      fake = fakeFetch({ '/slow.json': 'hang' });
      const el = await fixture<El>(
        html`<hotline-list region="US" manifest="/slow.json"></hotline-list>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe when filtered to nothing', async () => {
      const el = await fixture<El>(
        html`<hotline-list region="AU" channels="email"></hotline-list>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe when the site manifest failed', async () => {
      fake = fakeFetch({});
      const el = await settled(
        await fixture<El>(html`<hotline-list region="US" manifest="/missing.json"></hotline-list>`),
      );
      expect($(el, '[part="notice"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('passes axe when compact, text-first and in Spanish', async () => {
      const el = await fixture<El>(
        html`<hotline-list region="CA" compact text-first lang="es"></hotline-list>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});
