// Before lit: an element drawn on a server (declarative shadow DOM) is taken over where it stands.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { define } from '../../internal/define.js';
import { ReportHelpElement } from './report-help.js';

define('report-help', ReportHelpElement);

declare global {
  interface HTMLElementTagNameMap {
    'report-help': ReportHelpElement;
  }
}
