// A modal dialog: focus stays inside while it is open (Tab wraps, focus that escapes is brought back),
// Esc closes it from anywhere on the page, and on close focus returns to where it was. Adopt it by wrapping
// a dialog's content: <Dialog labelledBy="title-id" onClose={…}>…</Dialog>.
import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import './dialog.css';

export interface DialogProps {
  /** id of the element that names the dialog (its heading). */
  labelledBy: string;
  /** Esc or a click on the backdrop; the owner decides whether to close (e.g. not while working). */
  onClose: () => void;
  /** Where focus goes on open; the first focusable element when absent. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Extra classes, so an owner keeps its own look. */
  class?: string;
  backdropClass?: string;
  closeOnBackdrop?: boolean;
  children: ComponentChildren;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.hidden && el.getClientRects().length > 0);
}

export function Dialog({ labelledBy, onClose, initialFocus, class: cls, backdropClass, closeOnBackdrop = true, children }: DialogProps) {
  const box = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useLayoutEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const root = box.current!;
    (initialFocus?.current ?? focusableIn(root)[0] ?? root).focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        closeRef.current();
      } else if (e.key === 'Tab') {
        const items = focusableIn(root);
        if (items.length === 0) {
          e.preventDefault();
          return;
        }
        const first = items[0]!;
        const last = items[items.length - 1]!;
        const inside = root.contains(document.activeElement);
        if (e.shiftKey && (document.activeElement === first || !inside)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    // Focus that lands outside (a click on the page behind, a script) comes back in.
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof Node && !root.contains(e.target)) (focusableIn(root)[0] ?? root).focus();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocusIn);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <div
      class={`ui-backdrop${backdropClass ? ` ${backdropClass}` : ''}`}
      onMouseDown={(e) => {
        if (closeOnBackdrop && e.target === e.currentTarget) closeRef.current();
      }}
    >
      <div
        ref={box}
        class={`ui-dialog${cls ? ` ${cls}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
        onKeyDown={
          (e) => {
            if (e.key === 'Escape') closeRef.current();
          } /* before the page listener is attached */
        }
      >
        {children}
      </div>
    </div>
  );
}
