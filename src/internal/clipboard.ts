/**
 * Copying for the copy buttons (a number, the plan): the clipboard, the "Copied" mark on the button, and the words
 * the polite live region says.
 */

/**
 * A message for the polite live region, changed invisibly when it is the one already there: a screen reader says a
 * live region's text only when it changes, so a second "Copied" after a second press would otherwise go unsaid.
 */
export function sayAgain(shown: string, message: string): string {
  return message === shown ? `${message}\u00a0` : message;
}

/**
 * Copies text to the clipboard and shows on the button that did it, for a few seconds, that it worked; false where
 * the browser refuses (no permission, an insecure page).
 */
export async function copyFrom(button: Element, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    return false;
  }
  showCopied(button);
  return true;
}

/** How long a copy button shows "Copied" (a seam for tests). */
export const copiedConfig = { ms: 3000 };

const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/**
 * Shows on a copy button, for a few seconds, that the copy worked: the button draws its "Copied" label while it has
 * `data-copied` (styles.ts). Its accessible name stays; the live region says it to a screen reader.
 */
function showCopied(button: Element): void {
  clearTimeout(timers.get(button));
  button.setAttribute('data-copied', '');
  timers.set(
    button,
    setTimeout(() => button.removeAttribute('data-copied'), copiedConfig.ms),
  );
}
