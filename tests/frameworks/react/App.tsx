// Type-checked against the packed package by scripts/test-frameworks.mjs: every element, raw and wrapped.
import type {} from 'safety-panels/jsx';
import type { SpActionDetail } from 'safety-panels';
import { HotlineList, ReportHelp, WarningSigns } from 'safety-panels/react';

const onAction = (event: CustomEvent<SpActionDetail>) => console.log(event.detail.resource);

export function Raw() {
  return (
    <>
      <warning-signs
        audience="parent"
        heading-level={3}
        checklist
        report-href="#report"
        onsp-action={onAction}
      />
      <report-help region="GB" report-url="/report" onsp-step={(e) => e.detail.step.length} />
      <hotline-list
        region="US"
        compact
        text-first
        channels="phone text"
        onsp-error={(e) => e.detail.kind}
      />
    </>
  );
}

export function Wrapped() {
  return (
    <>
      <WarningSigns
        audience="teen"
        headingLevel={3}
        checklist
        reportHref="#report"
        onSpAction={onAction}
      />
      <ReportHelp region="GB" reportUrl="/report" onSpStep={(e) => e.detail.step.length} />
      <HotlineList region="US" compact textFirst onSpLoadEnd={(e) => e.detail.source} />
    </>
  );
}
