/** Registers every safety-panels element, and exports what `safety-panels` exports. */
import './define-elements.js';

export * from './index.js';
