/**
 * Vue typings for the raw elements: `import type {} from 'safety-panels/vue'` once (or list it in tsconfig `types`),
 * and tell Vue's compiler they are custom elements (`compilerOptions.isCustomElement`, see docs/frameworks.md).
 * Props by their camelCase names (`heading-level` in a template is `headingLevel`), events as `@sp-action`.
 */
import type { DefineComponent } from 'vue';
import type { PanelEventProps, SafetyPanelsAttributes } from './attributes.js';

export type * from './attributes.js';

type Camel<S> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type VueProps<Tag extends keyof SafetyPanelsAttributes> = {
  [K in keyof SafetyPanelsAttributes[Tag] as Camel<K>]: SafetyPanelsAttributes[Tag][K];
} & PanelEventProps<Tag>;

declare module 'vue' {
  interface GlobalComponents {
    'warning-signs': DefineComponent<VueProps<'warning-signs'>>;
    'report-help': DefineComponent<VueProps<'report-help'>>;
    'hotline-list': DefineComponent<VueProps<'hotline-list'>>;
  }
}
