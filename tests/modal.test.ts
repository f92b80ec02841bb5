import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { Modal } from '../src/internal/modal.js';

/** The smallest host: an opener button and a dialog whose content shows only while open. */
class ModalHost extends LitElement {
  focusHeading = false;
  readonly modal = new Modal(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    opener: () => this.renderRoot.querySelector<HTMLElement>('button.open'),
    initialFocus: () =>
      this.focusHeading ? this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]') : undefined,
  });

  override render(): TemplateResult {
    return html`<button type="button" class="open" @click=${() => this.modal.show()}>Open</button>
      <dialog aria-label="Help" @close=${this.modal.onClose} @keydown=${this.modal.onKeydown}>
        ${
          this.modal.open
            ? html`<div role="heading" aria-level="2" tabindex="-1">Help</div>
                <button type="button">First</button>
                <button type="button" @click=${() => this.modal.close()}>Close</button>
                <details>
                  <summary>More</summary>
                  <button type="button">Inside the closed disclosure</button>
                </details>`
            : nothing
        }
      </dialog>`;
  }
}
customElements.define('test-modal-host', ModalHost);

const focused = (el: ModalHost) =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.textContent?.trim() ?? 'nothing';
const dialogOf = (el: ModalHost) => el.shadowRoot!.querySelector('dialog')!;

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/**
 * Opened with focus on the opener, or, `fromElsewhere`, by a script while focus is elsewhere (as `<warning-signs>`
 * opens `<report-help>`): the browser alone would then return focus there, not to the opener.
 */
async function opened(fromElsewhere = false): Promise<ModalHost> {
  const el = await fixture<ModalHost>(fixtureHtml`<test-modal-host></test-modal-host>`);
  if (!fromElsewhere) el.shadowRoot!.querySelector<HTMLButtonElement>('button.open')!.focus();
  await el.modal.show();
  return el;
}

describe('Modal (internal/modal.ts)', () => {
  it('opens the dialog modally and moves focus to its first control', async () => {
    const el = await opened();
    expect(el.modal.open).to.equal(true);
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    expect(focused(el)).to.equal('First');
  });

  it('moves focus where the host asks when it opens', async () => {
    const el = await fixture<ModalHost>(fixtureHtml`<test-modal-host></test-modal-host>`);
    el.focusHeading = true;
    await el.modal.show();
    expect(focused(el)).to.equal('Help');
  });

  it('keeps Tab inside: from the last control to the first, and Shift+Tab back, skipping what is hidden', async () => {
    const el = await opened();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('Close');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('More');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('First');
    await shiftTab();
    expect(focused(el)).to.equal('More');
  });

  it('closes on Escape and returns focus to the opener', async () => {
    const el = await opened(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
    expect(el.modal.open).to.equal(false);
    expect(focused(el)).to.equal('Open');
    expect(dialogOf(el).textContent?.trim(), 'the content goes with it').to.equal('');
  });

  it('closes from inside, and returns focus to the opener', async () => {
    const el = await opened(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
    expect(focused(el)).to.equal('Open');
  });

  it('opens again after closing', async () => {
    const el = await opened();
    el.modal.close();
    await el.updateComplete;
    await el.modal.show();
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    expect(focused(el)).to.equal('First');
  });
});
