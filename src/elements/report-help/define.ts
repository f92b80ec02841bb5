import { define } from '../../internal/define.js';
import { ReportHelpElement } from './report-help.js';

define('report-help', ReportHelpElement);

declare global {
  interface HTMLElementTagNameMap {
    'report-help': ReportHelpElement;
  }
}
