"use client";

import { useTransition } from "react";
import { setLocaleAction } from "@/actions/settings/set-locale";

const NAMES: Record<string, string> = { en: "English", de: "Deutsch" };

/** The visible language switch: remembers the choice in a cookie and re-renders the page in that language. */
export function LocaleSwitch({ current, label }: { current: string; label: string }) {
  const [isPending, startTransition] = useTransition();
  return (
    <div className="locale-switch" role="group" aria-label={label}>
      {Object.entries(NAMES).map(([code, name]) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === current}
          title={name}
          disabled={isPending}
          onClick={() => startTransition(() => setLocaleAction(code))}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
