import { defineDrawn } from '../../internal/hydration.js';
import { ReportHelpElement } from './report-help.js';

/**
 * Registers the whole `<report-help>`: the flow, its words and its data loaders. define.ts calls it at once;
 * report-help.js (define-on-press.ts) loads this file on a button's first press, or at once for a panel.
 */
export function defineReportHelp(): void {
  defineDrawn('report-help', ReportHelpElement);
}
