/**
 * React wrappers (`safety-panels/react`), made with `@lit/react`: each element's properties become props, and each
 * event an `onSp…` prop typed with its detail. Importing this module registers the three elements. React 19 can
 * also render the raw elements; `safety-panels/jsx` types them for that.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './elements/hotline-list/define.js';
import { HotlineListElement } from './elements/hotline-list/hotline-list.js';
import './elements/report-help/define.js';
import { ReportHelpElement } from './elements/report-help/report-help.js';
import './elements/warning-signs/define.js';
import { WarningSignsElement } from './elements/warning-signs/warning-signs.js';
import type { SafetyPanelsEventMap } from './internal/events.js';

const named = <K extends keyof SafetyPanelsEventMap>(name: K) =>
  name as EventName<SafetyPanelsEventMap[K]>;

/** The events every element fires: the manifest's loading, the quick exit and a person's actions. */
const panelEvents = {
  onSpLoadStart: named('sp-loadstart'),
  onSpLoad: named('sp-load'),
  onSpError: named('sp-error'),
  onSpLoadEnd: named('sp-loadend'),
  onSpAction: named('sp-action'),
  onSpExit: named('sp-exit'),
};

export const WarningSigns = createComponent({
  tagName: 'warning-signs',
  elementClass: WarningSignsElement,
  react: React,
  events: panelEvents,
  displayName: 'WarningSigns',
});

export const ReportHelp = createComponent({
  tagName: 'report-help',
  elementClass: ReportHelpElement,
  react: React,
  events: { ...panelEvents, onSpStep: named('sp-step') },
  displayName: 'ReportHelp',
});

export const HotlineList = createComponent({
  tagName: 'hotline-list',
  elementClass: HotlineListElement,
  react: React,
  events: panelEvents,
  displayName: 'HotlineList',
});

export type WarningSignsProps = React.ComponentProps<typeof WarningSigns>;
export type ReportHelpProps = React.ComponentProps<typeof ReportHelp>;
export type HotlineListProps = React.ComponentProps<typeof HotlineList>;
export type * from './internal/events.js';
