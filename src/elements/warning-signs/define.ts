// Before lit: an element drawn on a server (declarative shadow DOM) is taken over where it stands.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { define } from '../../internal/define.js';
import { WarningSignsElement } from './warning-signs.js';

define('warning-signs', WarningSignsElement);

declare global {
  interface HTMLElementTagNameMap {
    'warning-signs': WarningSignsElement;
  }
}
