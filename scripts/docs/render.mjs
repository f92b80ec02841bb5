// Shared pieces of the docs site: Markdown to HTML (links to pages the site has kept, the rest as plain text),
// HTML escaping, and the page frame with its navigation.
import { Marked } from 'marked';

export const escape = (text) =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/**
 * Markdown → HTML. `shift` moves every heading down (a section under a page's own h1); `pages` maps a linked
 * Markdown file's base name (`manifest.md`) to the site page that holds it. Links to anything else inside the
 * repository become plain text, so no page links to a file the site does not have; outside links stay.
 */
export function markdown(source, { shift = 0, pages = {} } = {}) {
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth }) {
        const level = Math.max(2, Math.min(6, depth + shift));
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      link({ href, tokens }) {
        const text = this.parser.parseInline(tokens);
        if (/^(https?|mailto|tel):/.test(href)) return `<a href="${escape(href)}">${text}</a>`;
        const file = href.split('#')[0].split('/').pop();
        return pages[file] ? `<a href="${escape(pages[file])}">${text}</a>` : text;
      },
      image({ text }) {
        return escape(text);
      },
    },
  });
  // A wide table scrolls in its own box (a focusable, named region) rather than widening a phone's page.
  // It is named by its column headings, which tell one table on a page from another.
  return marked.parse(source).replace(/<table>[^]*?<\/table>/g, (whole) => {
    const columns = [...whole.matchAll(/<th[^>]*>([^]*?)<\/th>/g)].map((m) => m[1]);
    const name = columns.map((column) => column.replace(/<[^>]+>/g, '')).join(', ');
    return `<div class="scroll" role="region" aria-label="Table: ${name}" tabindex="0">${whole}</div>`;
  });
}

/** The lines of one `## heading` section of a Markdown file (the heading itself left out). */
export function section(source, heading) {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.replace(/^#+\s*/, '') === heading);
  if (start < 0) throw new Error(`docs: no section "${heading}"`);
  const depth = /^#+/.exec(lines[start])[0].length;
  const end = lines.findIndex(
    (line, i) => i > start && /^#+\s/.test(line) && /^#+/.exec(line)[0].length <= depth,
  );
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** A whole page: one h1, a skip link, the site's navigation, and `body` in `<main>`. */
export function page({ title, file, body, nav, scripts = '' }) {
  const links = nav
    .map(
      (item) =>
        `<li><a href="${item.file}"${item.file === file ? ' aria-current="page"' : ''}>${escape(item.title)}</a></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · safety-panels</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="site.css">
${scripts}
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="site"><a href="index.html">safety-panels</a> documentation</header>
<div class="layout">
<nav aria-label="Documentation"><ul>
${links}
</ul></nav>
<main id="main">
<h1>${escape(title)}</h1>
${body}
</main>
</div>
</body>
</html>
`;
}

/** A table with a header row; cells are HTML already. */
export function table(caption, head, rows) {
  if (rows.length === 0) return `<p>No ${escape(caption.toLowerCase())}.</p>`;
  const th = head.map((h) => `<th scope="col">${escape(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
  return `<div class="scroll" role="region" aria-label="${escape(caption)}" tabindex="0"><table>
<caption>${escape(caption)}</caption>
<thead><tr>${th}</tr></thead>
<tbody>
${body.join('\n')}
</tbody></table></div>`;
}

export const code = (text) => `<code>${escape(text)}</code>`;

export const STYLES = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: Canvas; padding: 0.5rem; z-index: 1; }
header.site { padding: 0.75rem 1rem; border-bottom: 1px solid; font-weight: 600; }
.layout { display: flex; flex-wrap: wrap; gap: 1rem 2rem; padding: 1rem; max-width: 80rem; margin: 0 auto; }
nav { flex: 1 1 12rem; }
nav ul { list-style: none; padding: 0; margin: 0; }
nav li { margin: 0.25rem 0; }
nav a[aria-current] { font-weight: 700; }
main { flex: 999 1 30rem; min-width: 0; }
pre { white-space: pre-wrap; overflow-wrap: break-word; padding: 0.75rem; border: 1px solid; border-radius: 0.25rem; }
code { font-size: 0.95em; overflow-wrap: break-word; }
.scroll { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.example { border: 2px dashed; padding: 1rem; margin: 1rem 0; }
a:focus-visible, .scroll:focus-visible { outline: 3px solid; outline-offset: 2px; }
`;
