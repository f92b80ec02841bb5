import { defineDrawn } from '../../internal/hydration.js';
import { HotlineListElement } from './hotline-list.js';

defineDrawn('hotline-list', HotlineListElement);

declare global {
  interface HTMLElementTagNameMap {
    'hotline-list': HotlineListElement;
  }
}
