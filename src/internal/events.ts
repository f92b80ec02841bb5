import type { ManifestErrorKind } from '../manifest/error.js';
import type { ChannelType } from '../manifest/schema.js';

/** A person used an action. Ids only: never what they typed, never where they are. */
export interface SpActionDetail {
  element: string;
  resource: string;
  channel: ChannelType;
  action: 'open' | 'copy';
}

/** The site's manifest could not be used; the element shows the default help. */
export interface SpErrorDetail {
  kind: ManifestErrorKind;
  url: string;
  issues: readonly { path: string; message: string }[];
}

export interface SpLoadDetail {
  source: 'default' | 'site';
}

/** The report guide moved to a step. */
export interface SpStepDetail {
  element: string;
  step: string;
  situation?: string | undefined;
}

export interface SafetyPanelsEventMap {
  'sp-step': CustomEvent<SpStepDetail>;
  'sp-exit': CustomEvent<{ element: string }>;
  'sp-loadstart': CustomEvent<{ url: string }>;
  'sp-load': CustomEvent<SpLoadDetail>;
  'sp-error': CustomEvent<SpErrorDetail>;
  'sp-loadend': CustomEvent<SpLoadDetail>;
  'sp-action': CustomEvent<SpActionDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends SafetyPanelsEventMap {}
}
