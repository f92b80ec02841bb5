import type {} from 'safety-panels/jsx';

// sp-error's detail has no `step`: must not type-check.
export const Bad = () => <report-help onsp-error={(e) => e.detail.step} />;
