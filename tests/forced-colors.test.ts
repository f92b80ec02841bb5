// Windows High Contrast (forced colours) and "reduce motion", emulated in Chromium: what a person who relies on them
// would see. Forced colours replace every colour with a few system ones, so anything told apart by colour alone
// (a filled Shift light, a button's filled background) must be told apart another way, or kept from the override.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define-elements.js';
import { catchExits, pageExit } from './helpers.js';

const style = (element: Element) => getComputedStyle(element);

describe('forced colours and reduced motion', () => {
  let exits: ReturnType<typeof catchExits>;
  beforeEach(() => (exits = catchExits()));
  afterEach(async () => {
    exits.restore();
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  it('in forced colours, a lit Shift light still looks lit, and every button keeps its outline', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const page = await fixture(
      html`<div>
        <report-help region="US"></report-help><hotline-list region="US"></hotline-list>
      </div>`,
    );
    const panels = [...page.children];
    await waitUntil(() => pageExit.button, 'no exit shown');
    await waitUntil(() => panels[1]!.shadowRoot!.querySelector('[part~="item"]'), 'no services');
    await sendKeys({ press: 'Shift' });
    await pageExit.host!.updateComplete;
    const [lit, unlit] = [...pageExit.host!.shadowRoot!.querySelectorAll('.light')];
    expect(lit!.classList.contains('on') && !unlit!.classList.contains('on')).to.equal(true);
    expect(style(lit!).backgroundColor, 'a lit light and an unlit one look the same').not.to.equal(
      style(unlit!).backgroundColor,
    );
    // The exit, "Show my plan", and each service's call, website and copy buttons.
    const buttons = [
      pageExit.button!,
      ...panels.flatMap((panel) => [
        ...panel.shadowRoot!.querySelectorAll<HTMLElement>('button, .button'),
      ]),
    ];
    expect(buttons.length).to.be.greaterThan(10);
    for (const button of buttons) {
      const { borderTopStyle, borderTopWidth } = style(button);
      expect(borderTopStyle, button.textContent!.trim()).to.equal('solid');
      expect(parseFloat(borderTopWidth), button.textContent!.trim()).to.be.at.least(1);
    }
    await expect(page).to.be.accessible();
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
