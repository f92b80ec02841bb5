/**
 * The next `console.log('bench:<key> …')` of a page, parsed. The bench pages report this way rather than being
 * polled with waitForFunction: polling injects Playwright's own script into the page while it is still working,
 * which cost the panel page 20-45 ms that the static page (already done by then) never paid.
 */
export function message(tab, key) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no bench:${key} from the page in 60 s`)),
      60_000,
    );
    const listener = (entry) => {
      const text = entry.text();
      if (!text.startsWith(`bench:${key} `)) return;
      tab.off('console', listener);
      clearTimeout(timer);
      resolve(JSON.parse(text.slice(key.length + 7)));
    };
    tab.on('console', listener);
  });
}

/**
 * First panel content is the list of services, not the "Loading help…" line the panel may paint first while its
 * country's file loads: a page with this script says `bench:list <time>` on the frame after the first one that has
 * the list (the same watcher on every page compared).
 */
export const listWatch = `<script>
  (function watch() {
    requestAnimationFrame(() => {
      if (document.querySelector('hotline-list')?.shadowRoot?.querySelector('.list'))
        requestAnimationFrame((time) => console.log('bench:list ' + time));
      else watch();
    });
  })();
</script>`;
