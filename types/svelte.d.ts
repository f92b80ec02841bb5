/**
 * Svelte 5 typings for the raw elements: `import type {} from 'safety-panels/svelte'` once (or list it in tsconfig
 * `types`). Attributes by their kebab-case names; events as `onsp-action`, which Svelte 5 turns into a listener
 * for `sp-action`.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type {
  PanelEventHandlers,
  SafetyPanelsAttributes,
  SafetyPanelsElements,
} from './attributes.js';

export type * from './attributes.js';

type SvelteProps<Tag extends keyof SafetyPanelsElements> = HTMLAttributes<
  SafetyPanelsElements[Tag]
> &
  SafetyPanelsAttributes[Tag] &
  PanelEventHandlers<Tag>;

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    'warning-signs': SvelteProps<'warning-signs'>;
    'report-help': SvelteProps<'report-help'>;
    'hotline-list': SvelteProps<'hotline-list'>;
  }
}
