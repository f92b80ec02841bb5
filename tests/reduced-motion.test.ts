// "Reduce motion", emulated in Chromium. (Forced colours are tested in tests/node/forced-colors.test.mjs: this
// runner's emulateMedia passes only colour scheme and reduced motion to Chromium.)
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define-elements.js';
import { catchExits, pageExit, waitUntil } from './helpers.js';

const style = (element: Element) => getComputedStyle(element);

describe('reduced motion', () => {
  let exits: ReturnType<typeof catchExits>;
  beforeEach(() => (exits = catchExits()));
  afterEach(async () => {
    exits.restore();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('with reduced motion, the Shift lights fill at once', async () => {
    await fixture(html`<report-help region="US"></report-help>`);
    await waitUntil(() => pageExit.button, 'no exit shown');
    const light = () => pageExit.host!.shadowRoot!.querySelector('.light')!;
    // The fill is animated for everyone else, so this test can tell the difference.
    expect(style(light()).transitionDuration).to.equal('0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(style(light()).transitionDuration).to.equal('0s');
  });
});
