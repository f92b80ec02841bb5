// One page per element, from custom-elements.json: what it is, a live example (the real element from /dist/) with
// its code, and every public attribute, property, method, event, slot, part and CSS custom property.
import { code, escape, table } from './render.mjs';

/** What each live example shows: attributes a site would really write. */
export const EXAMPLES = {
  'warning-signs': '<warning-signs audience="parent" region="GB"></warning-signs>',
  'report-help': '<report-help region="GB"></report-help>',
  'hotline-list': '<hotline-list region="GB"></hotline-list>',
};

/** The custom elements in the manifest, each with the module that ships it. */
export function elementsIn(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ ...declaration, module: module.path })),
  );
}

/** A JSDoc description: escaped, with its `code` spans kept as code. */
const text = (value) => escape(value ?? '').replace(/`([^`]+)`/g, '<code>$1</code>');
const typeOf = (item) => (item.type?.text ? code(item.type.text) : '');

function signature(method) {
  const parameters = (method.parameters ?? [])
    .map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`)
    .join(', ');
  return `${method.name}(${parameters})${method.return?.type?.text ? `: ${method.return.type.text}` : ''}`;
}

export function elementBody(element) {
  const members = (element.members ?? []).filter((member) => !member.static);
  const fields = members.filter((member) => member.kind === 'field');
  const methods = members.filter((member) => member.kind === 'method');
  const example = EXAMPLES[element.tagName] ?? `<${element.tagName}></${element.tagName}>`;
  return `<p>${text(element.summary)}</p>
<p>${text(element.description)}</p>
<p>Class ${code(element.name)}, in ${code(element.module)}.</p>
<h2>Live example</h2>
<div class="example">${example}</div>
<h2>Its code</h2>
<pre><code>${escape(`<script type="module" src="/dist/safety-panels.js"></script>\n${example}`)}</code></pre>
<h2 id="attributes">Attributes</h2>
${table(
  'Attributes',
  ['attribute', 'type', 'default', 'what it does'],
  (element.attributes ?? []).map((a) => [
    code(a.name),
    typeOf(a),
    a.default ? code(a.default) : '',
    text(a.description),
  ]),
)}
<h2 id="properties">Properties</h2>
${table(
  'Properties',
  ['property', 'attribute', 'type', 'what it does'],
  fields.map((f) => [
    code(f.name),
    f.attribute ? code(f.attribute) : '',
    typeOf(f),
    text(f.description),
  ]),
)}
<h2 id="methods">Methods</h2>
${table(
  'Methods',
  ['method', 'what it does'],
  methods.map((m) => [code(signature(m)), text(m.description)]),
)}
<h2 id="events">Events</h2>
<p>Every event bubbles and crosses the shadow boundary.</p>
${table(
  'Events',
  ['event', 'type and detail', 'when'],
  (element.events ?? []).map((e) => [code(e.name), typeOf(e), text(e.description)]),
)}
<h2 id="slots">Slots</h2>
${table(
  'Slots',
  ['slot', 'what goes there'],
  (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', text(s.description)]),
)}
<h2 id="parts">Parts</h2>
<p>Style these from the page with ${code(`${element.tagName}::part(name)`)}.</p>
${table(
  'Parts',
  ['part', 'what it is'],
  (element.cssParts ?? []).map((p) => [code(p.name), text(p.description)]),
)}
<h2 id="css-custom-properties">CSS custom properties</h2>
${table(
  'CSS custom properties',
  ['property', 'default', 'what it sets'],
  (element.cssProperties ?? []).map((p) => [
    code(p.name),
    p.default ? code(p.default) : '',
    text(p.description),
  ]),
)}`;
}
