/**
 * What each element accepts in markup, derived from the element classes: attributes by their kebab-case names
 * (numbers also as numeric strings), and each event as `on` + its name (`onsp-action`), the form React 19,
 * Preact and Svelte 5 turn into an event listener. Shared by `safety-panels/jsx`, `/vue` and `/svelte`.
 */
import type {
  HotlineListElement,
  ReportHelpElement,
  SafetyPanelsEventMap,
  WarningSignsElement,
} from '../dist/index.js';

type Attr<T> = T extends number ? T | `${number}` : T;

/** The attributes every panel has (the shared base element). */
interface PanelAttributes<E extends WarningSignsElement | ReportHelpElement | HotlineListElement> {
  manifest?: E['manifest'];
  region?: E['region'];
  'heading-level'?: Attr<E['headingLevel']>;
  exit?: E['exit'];
  'no-exit'?: E['noExit'];
  'exit-url'?: E['exitUrl'];
  theme?: E['theme'];
}

export interface WarningSignsAttributes extends PanelAttributes<WarningSignsElement> {
  audience?: WarningSignsElement['audience'];
  checklist?: WarningSignsElement['checklist'];
  'report-href'?: WarningSignsElement['reportHref'];
  compact?: WarningSignsElement['compact'];
}

export interface ReportHelpAttributes extends PanelAttributes<ReportHelpElement> {
  audience?: ReportHelpElement['audience'];
  variant?: ReportHelpElement['variant'];
  'report-url'?: ReportHelpElement['reportUrl'];
  context?: ReportHelpElement['context'];
  situation?: ReportHelpElement['situation'];
  label?: ReportHelpElement['label'];
  groups?: ReportHelpElement['groups'];
}

export interface HotlineListAttributes extends PanelAttributes<HotlineListElement> {
  audience?: HotlineListElement['audience'];
  topics?: HotlineListElement['topics'];
  channels?: HotlineListElement['channels'];
  compact?: HotlineListElement['compact'];
  'text-first'?: HotlineListElement['textFirst'];
}

/** Only `<report-help>` fires `sp-step`. */
type EventsOf<Tag> = Tag extends 'report-help'
  ? keyof SafetyPanelsEventMap
  : Exclude<keyof SafetyPanelsEventMap, 'sp-step'>;

/** `onsp-action={(event) => …}`: each event by its own name, typed with its detail. */
export type PanelEventHandlers<Tag extends string> = {
  [K in EventsOf<Tag> as `on${K}`]?: (event: SafetyPanelsEventMap[K]) => void;
};

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;

/** Vue's form: `@sp-action` is the prop `onSpAction`. */
export type PanelEventProps<Tag extends string> = {
  [K in EventsOf<Tag> as `on${Capitalize<Camel<K>>}`]?: (event: SafetyPanelsEventMap[K]) => void;
};

/** The elements by tag, for the framework maps. */
export interface SafetyPanelsElements {
  'warning-signs': WarningSignsElement;
  'report-help': ReportHelpElement;
  'hotline-list': HotlineListElement;
}

export interface SafetyPanelsAttributes {
  'warning-signs': WarningSignsAttributes;
  'report-help': ReportHelpAttributes;
  'hotline-list': HotlineListAttributes;
}
