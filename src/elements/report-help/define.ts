import { defineReportHelp } from './define-full.js';
import type { ReportHelpElement } from './report-help.js';

defineReportHelp();

declare global {
  interface HTMLElementTagNameMap {
    'report-help': ReportHelpElement;
  }
}
