import { WarningSigns } from 'safety-panels/react';

// <warning-signs> fires no sp-step: the wrapper has no onSpStep prop.
export const Bad = () => <WarningSigns onSpStep={() => undefined} />;
