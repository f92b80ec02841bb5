import { define } from '../../internal/define.js';
import { HotlineListElement } from './hotline-list.js';

define('hotline-list', HotlineListElement);

declare global {
  interface HTMLElementTagNameMap {
    'hotline-list': HotlineListElement;
  }
}
