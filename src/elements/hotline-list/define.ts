// Before lit: an element drawn on a server (declarative shadow DOM) is taken over where it stands.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { define } from '../../internal/define.js';
import { HotlineListElement } from './hotline-list.js';

define('hotline-list', HotlineListElement);

declare global {
  interface HTMLElementTagNameMap {
    'hotline-list': HotlineListElement;
  }
}
