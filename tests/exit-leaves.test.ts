/**
 * Issue 18: an exit that always leaves. Nothing of the page shows once the exit is pressed, whatever the host's
 * own rules, and an exit-url that would stay on the help page is refused.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define-elements.js';
import { DEFAULT_EXIT_URL } from '../src/internal/quick-exit.js';
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

  describe('an exit-url on the help page itself', () => {
    it('counts the same origin and path as the same page, whatever the query or fragment', () => {
      const page = 'https://forum.example/thread/7?x=1';
      expect(isSamePage('https://forum.example/thread/7#top', page)).to.equal(true);
      expect(isSamePage('https://forum.example/thread/7?again=1', page)).to.equal(true);
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
