import { expect } from '@open-wc/testing';
import { define } from '../src/internal/define.js';
import { HotlineListElement } from '../src/elements/hotline-list/hotline-list.js';
import '../src/define.js';
import { captureConsoleWarn } from './helpers.js';
import { VERSION } from '../src/version.js';

describe('define()', () => {
  let warnings: ReturnType<typeof captureConsoleWarn>;
  beforeEach(() => (warnings = captureConsoleWarn()));
  afterEach(() => warnings.restore());

  it('says nothing when the same version already holds the tag (two script tags)', () => {
    define('hotline-list', HotlineListElement);
    define(
      'hotline-list',
      class extends HTMLElement {
        static version = VERSION;
      },
    );
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns when another version holds the tag, and keeps that one', () => {
    customElements.define(
      'sp-test-old',
      class extends HTMLElement {
        static version = '0.0.1';
      },
    );
    define('sp-test-old', HotlineListElement);
    expect(warnings.messages).to.deep.equal([
      `safety-panels ${VERSION}: <sp-test-old> is already defined by safety-panels 0.0.1; that one is used.`,
    ]);
  });

  it('warns when an element that is not ours holds the tag', () => {
    customElements.define('sp-test-other', class extends HTMLElement {});
    define('sp-test-other', HotlineListElement);
    expect(warnings.messages[0]).to.contain('already defined by another element');
  });
});
