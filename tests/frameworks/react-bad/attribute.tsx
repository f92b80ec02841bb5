import type {} from 'safety-panels/jsx';

// A boolean attribute given a string: must not type-check.
export const Bad = () => <hotline-list compact="yes" />;
