import type {} from 'safety-panels/preact';

// A number attribute given a word: must not type-check.
export const Bad = () => <warning-signs heading-level="three" />;
