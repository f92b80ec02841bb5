/**
 * How the quick exit leaves (quick-exit.ts decides when): the page covered at once by a layer no host rule can
 * undo, then the top page replaced by the exit page, without a new history entry.
 */
/**
 * Leaves for `url` without a new history entry. In an iframe, the top page leaves too, with the person's thread
 * around the help: the browser allows it from the same origin, and from another origin on a click or key press
 * (not from a sandbox without `allow-top-navigation`; the README says so). Where it refuses, this frame leaves.
 * `here` is a seam for tests, which cannot let the test page itself leave.
 */
export function leave(url: string, here: Window = window): void {
  try {
    if (here.top && here.top !== here) here.top.location.replace(url);
  } catch {
    // Refused: a sandboxed or cross-origin frame without a user gesture. The frame itself still leaves.
  }
  here.location.replace(url);
}

/** The cover's own look, each rule `!important` on the element itself, so no rule of the host page can undo it. */
const COVER_STYLE: Readonly<Record<string, string>> = {
  position: 'fixed',
  inset: '0',
  width: 'auto',
  height: 'auto',
  'max-width': 'none',
  'max-height': 'none',
  margin: '0',
  padding: '0',
  border: '0',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  background: 'Canvas',
  'z-index': '2147483647',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
};

let cover: HTMLElement | undefined;

/**
 * Covers the whole page with the exit's own blank layer (as GOV.UK's Exit this page does) until the next page
 * shows: hiding the page is not enough, since a host rule such as `.show { visibility: visible }` shows its text
 * through a hidden root. In the top layer (a popover) where the browser has one, above any z-index and any open
 * dialog; set through the CSSOM, which a strict CSP allows.
 */
export function coverPage(): void {
  cover ??= document.createElement('sp-exit-cover');
  for (const [name, value] of Object.entries(COVER_STYLE))
    cover.style.setProperty(name, value, 'important');
  document.documentElement.append(cover);
  try {
    cover.popover = 'manual';
    cover.showPopover();
  } catch {
    // No popover (an older browser): fixed, at the highest z-index, after everything else.
  }
}

export function uncoverPage(): void {
  if (cover?.matches(':popover-open')) cover.hidePopover();
  cover?.remove();
}
