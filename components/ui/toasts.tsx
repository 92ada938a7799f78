"use client";

import { useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

export interface Toast {
  message: string;
  tone?: "ok" | "error";
  /** A second chance, e.g. "Undo" after a status change. */
  action?: { label: string; run: () => void };
}

type Shown = Toast & { id: number };
const SHOW_MS = 6_000;

const ToastContext = createContext<(toast: Toast) => void>(() => undefined);

/** Says what changed in a few words at the bottom of the screen, for screen readers too (a polite live region). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("common");
  const [toasts, setToasts] = useState<Shown[]>([]);
  const next = useRef(0);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((x) => x.id !== id)), []);
  const show = useCallback(
    (toast: Toast) => {
      const id = ++next.current;
      // The newest three: a burst of key presses should not bury the page.
      setToasts((all) => [...all.slice(-2), { ...toast, id }]);
      setTimeout(() => dismiss(id), toast.tone === "error" ? SHOW_MS * 2 : SHOW_MS);
    },
    [dismiss],
  );
  return (
    <ToastContext.Provider value={show}>
      {children}
      {/* A live region, not role=status: the page's own status notices stay the only "status" on it. */}
      <div className="toasts" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.tone ?? "ok"}`}>
            <span>{toast.message}</span>
            {toast.action ? (
              <button
                type="button"
                className="toast__action"
                onClick={() => {
                  toast.action!.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            ) : null}
            <button type="button" className="toast__close" aria-label={t("dismiss")} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
