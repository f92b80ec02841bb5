/**
 * A message for a polite live region, changed invisibly when it is the one already there: a screen reader says a
 * live region's text only when it changes, so a second "Copied" after a second press would otherwise go unsaid.
 */
export function sayAgain(shown: string, message: string): string {
  return message === shown ? `${message}\u00a0` : message;
}
