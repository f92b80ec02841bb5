/**
 * Issue 18: an exit that always leaves. Nothing of the page shows once the exit is pressed, whatever the host's
 * own rules, and an exit-url that would stay on the help page is refused.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define-elements.js';
import { leave } from '../src/internal/exit-cover.js';
import { DEFAULT_EXIT_URL, quickExitConfig } from '../src/internal/quick-exit.js';
import { isSamePage } from '../src/internal/url.js';
import { captureConsoleWarn, catchExits, pageExit } from './helpers.js';

describe('an exit that always leaves', () => {
  let exits: ReturnType<typeof catchExits>;
  beforeEach(() => (exits = catchExits()));
  afterEach(() => exits.restore());

  it('covers text that a host rule keeps visible (.show { visibility: visible }) until the next page shows', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <style>
          .show {
            visibility: visible;
          }
        </style>
        <p class="show">My thread: what happened to me</p>
        <report-help region="US"></report-help>
      </div>`,
    );
    const thread = page.querySelector('p')!;
    await waitUntil(() => pageExit.button, 'no exit shown');
    pageExit.button!.click();
    expect(exits.urls).to.have.length(1);
    const box = thread.getBoundingClientRect();
    const seen = document.elementFromPoint(box.left + 5, box.top + box.height / 2);
    expect(seen, 'the thread still shows').not.to.equal(thread);
    expect(seen!.localName).to.equal('sp-exit-cover');
    // Opaque: nothing of the page shows through it.
    expect(getComputedStyle(seen!).backgroundColor).to.match(/^rgb\(/);
    exits.restore();
    expect(document.elementFromPoint(box.left + 5, box.top + box.height / 2)).to.equal(thread);
  });

  it('leaves with location.replace, the top page too from a frame, so Back cannot return to the help', async () => {
    // The exit's real navigation, run against stand-in windows: a test page cannot leave itself. (The node suite's
    // quick-exit.test.mjs checks the same with a real Back in Chromium.)
    exits.restore();
    expect(quickExitConfig.navigate, 'the exit does not leave through leave()').to.equal(leave);
    const calls: string[] = [];
    const place = (name: string) => ({
      replace: (url: string) => calls.push(`${name} replace ${url}`),
      assign: (url: string) => calls.push(`${name} assign ${url}`),
      set href(url: string) {
        calls.push(`${name} href ${url}`);
      },
    });
    const top = { location: place('top'), top: null as unknown };
    top.top = top;
    const frame = { location: place('frame'), top };
    quickExitConfig.navigate = (url) => leave(url, frame as unknown as Window);
    await fixture(html`<report-help region="US" exit-url="/weather.html"></report-help>`);
    await waitUntil(() => pageExit.button, 'no exit shown');
    pageExit.button!.click();
    const href = new URL('/weather.html', location.href).href;
    expect(calls).to.deep.equal([`top replace ${href}`, `frame replace ${href}`]);
    calls.length = 0;
    leave(href, top as unknown as Window);
    expect(calls, 'a page that is not in a frame').to.deep.equal([`top replace ${href}`]);
  });

  describe('an exit-url on the help page itself', () => {
    it('counts the same origin and path as the same page, whatever the query or fragment', () => {
      const page = 'https://forum.example/thread/7?x=1';
      expect(isSamePage('https://forum.example/thread/7#top', page)).to.equal(true);
      expect(isSamePage('https://forum.example/thread/7?again=1', page)).to.equal(true);
      // The red team's other spellings of the same path: percent-encoded, another case, a trailing slash.
      expect(isSamePage('https://forum.example/thread%2F7', page)).to.equal(true);
      expect(isSamePage('https://forum.example/Thread/7', page)).to.equal(true);
      expect(isSamePage('https://forum.example/thread/7/', page)).to.equal(true);
      expect(isSamePage('https://forum.example/thread/8', page)).to.equal(false);
      expect(isSamePage('https://forum.example/thread/8', page)).to.equal(false);
      expect(isSamePage('https://other.example/thread/7', page)).to.equal(false);
    });

    for (const same of ['#top', '?again=1', location.pathname]) {
      it(`refuses exit-url="${same}" with a warning, and leaves for the default`, async () => {
        const warn = captureConsoleWarn();
        try {
          await fixture(html`<report-help region="US" exit-url=${same}></report-help>`);
          await waitUntil(() => pageExit.button, 'no exit shown');
          pageExit.button!.click();
          expect(exits.urls).to.deep.equal([DEFAULT_EXIT_URL]);
          expect(warn.messages.join('\n'))
            .to.contain('exit-url was refused')
            .and.contain('same page');
        } finally {
          warn.restore();
        }
      });
    }
  });
});
