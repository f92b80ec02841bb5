import type { ReactiveControllerHost } from 'lit';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex="0"]';

/** Where the modal finds its parts, each looked up when needed (they are rendered by the host). */
export interface ModalParts {
  dialog: () => HTMLDialogElement | null | undefined;
  /** The control that opens the dialog: focus returns to it when the dialog closes. */
  opener: () => HTMLElement | null | undefined;
  /** What takes focus when the dialog opens. Default: the dialog's first focusable element. */
  initialFocus?: () => HTMLElement | null | undefined;
}

/**
 * A modal `<dialog>`: opens it with `showModal()` (the rest of the page goes inert), moves focus in, keeps Tab
 * inside it, and, however it closes (its Close button, Escape, `close()`), returns focus to the control that opened
 * it. The host binds `onKeydown` and `onClose` on the dialog and renders its content only while `open`.
 */
export class Modal {
  #open = false;
  #openings = 0;

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate' | 'updateComplete'>,
    private readonly parts: ModalParts,
  ) {}

  /** Whether the dialog is open, or opening. */
  get open(): boolean {
    return this.#open;
  }

  /**
   * `prefix` made new for each opening, for the names of radio groups drawn inside. The content is drawn again on
   * each opening, and Chromium's Tab then skips a radio group named as one that was removed after one of its radios
   * had focus: reopened, the first Tab from the heading went past both questions (issue 20).
   */
  groupName(prefix: string): string {
    return `${prefix}-${this.#openings}`;
  }

  async show(): Promise<void> {
    if (!this.#open) this.#openings += 1;
    this.#open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.parts.dialog();
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const target = this.parts.initialFocus?.() ?? focusableIn(dialog)[0];
    target?.focus();
  }

  /** Closes the dialog; focus returns to the opener (through `onClose`). */
  close(): void {
    this.parts.dialog()?.close();
  }

  /** For the dialog's `close` event, which follows its Close button, Escape and `close()` alike. */
  readonly onClose = (): void => {
    this.#open = false;
    this.host.requestUpdate();
    this.parts.opener()?.focus();
  };

  /** Keeps Tab inside the open dialog: from the last control to the first, and Shift+Tab the other way. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const dialog = event.currentTarget as HTMLDialogElement;
    const focusable = focusableIn(dialog);
    const first = focusable[0];
    const last = focusable.at(-1);
    const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };
}

/**
 * The dialog's focusable elements that are on screen. The content of a closed `<details>` keeps its boxes
 * (`content-visibility: hidden`), so `getClientRects()` alone counts it and Tab would escape past it;
 * `checkVisibility()` does not (where a browser lacks it, the boxes decide).
 */
function focusableIn(dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) =>
    typeof element.checkVisibility === 'function'
      ? element.checkVisibility()
      : element.getClientRects().length > 0,
  );
}
