import { defineDrawn } from '../../internal/hydration.js';
import { WarningSignsElement } from './warning-signs.js';

defineDrawn('warning-signs', WarningSignsElement);

declare global {
  interface HTMLElementTagNameMap {
    'warning-signs': WarningSignsElement;
  }
}
