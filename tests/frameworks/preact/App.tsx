// Type-checked against the packed package by scripts/test-frameworks.mjs: the shared attributes and events.
import type {} from 'safety-panels/preact';
import type { SpLoadDetail } from 'safety-panels';

const onLoad = (event: CustomEvent<SpLoadDetail>) => console.log(event.detail.source);

export function App() {
  return (
    <>
      <warning-signs
        manifest="/help.json"
        exit
        exit-url="https://example.org/weather"
        onsp-load={onLoad}
      />
      <report-help no-exit theme="dark" variant="button" onsp-exit={(e) => e.detail.element} />
      <hotline-list heading-level="3" topics="sextortion" onsp-loadstart={(e) => e.detail.url} />
    </>
  );
}
