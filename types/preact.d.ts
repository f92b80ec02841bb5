/**
 * JSX typings for the raw elements in Preact: `import type {} from 'safety-panels/preact'` once (or list it in
 * tsconfig `types`). Attributes by their kebab-case names; events as `onsp-action`, which Preact turns into a
 * listener for `sp-action`.
 */
import type { HTMLAttributes } from 'preact';
import type {
  PanelEventHandlers,
  SafetyPanelsAttributes,
  SafetyPanelsElements,
} from './attributes.js';

export type * from './attributes.js';

type PreactProps<Tag extends keyof SafetyPanelsElements> = HTMLAttributes<
  SafetyPanelsElements[Tag]
> &
  SafetyPanelsAttributes[Tag] &
  PanelEventHandlers<Tag>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'warning-signs': PreactProps<'warning-signs'>;
      'report-help': PreactProps<'report-help'>;
      'hotline-list': PreactProps<'hotline-list'>;
    }
  }
}
