/**
 * JSX typings for the raw elements in React 19: `import type {} from 'safety-panels/jsx'` once (or list
 * it in tsconfig `types`). Attributes by their kebab-case names; events as `onsp-action`, which React 19 turns
 * into a listener for `sp-action`. The wrappers in `safety-panels/react` are the other way.
 */
import type { HTMLAttributes as ReactHTMLAttributes, DetailedHTMLProps } from 'react';
import type {
  PanelEventHandlers,
  SafetyPanelsAttributes,
  SafetyPanelsElements,
} from './attributes.js';

export type * from './attributes.js';

type ReactProps<Tag extends keyof SafetyPanelsElements> = DetailedHTMLProps<
  ReactHTMLAttributes<SafetyPanelsElements[Tag]>,
  SafetyPanelsElements[Tag]
> &
  SafetyPanelsAttributes[Tag] &
  PanelEventHandlers<Tag>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'warning-signs': ReactProps<'warning-signs'>;
      'report-help': ReactProps<'report-help'>;
      'hotline-list': ReactProps<'hotline-list'>;
    }
  }
}
