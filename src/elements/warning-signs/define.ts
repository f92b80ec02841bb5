import { define } from '../../internal/define.js';
import { WarningSignsElement } from './warning-signs.js';

define('warning-signs', WarningSignsElement);

declare global {
  interface HTMLElementTagNameMap {
    'warning-signs': WarningSignsElement;
  }
}
