// Run in Chromium by scripts/test-frameworks.mjs, from the packed package: the React wrappers and React 19's raw
// elements set properties and attributes, and call the handlers of the elements' events.
import { createRoot } from 'react-dom/client';
import { HotlineList, WarningSigns } from 'safety-panels/react';

window.seen = [];
const note = (how) => (event) => window.seen.push(`${how} ${event.type} ${event.detail.resource}`);

createRoot(document.getElementById('root')).render(
  <>
    <WarningSigns id="wrapped" compact headingLevel={3} onSpAction={note('wrapper')} />
    <hotline-list id="raw" region="US" text-first onsp-action={note('raw')} />
    <HotlineList id="wrapped-list" region="GB" textFirst onSpExit={note('wrapper')} />
  </>,
);
