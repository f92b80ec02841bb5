/** Registers every safety-panels element. Safe to load twice: a tag already taken is left alone. */
import './elements/hotline-list/define.js';
import './elements/report-help/define.js';
import './elements/warning-signs/define.js';
