"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

interface Selection {
  /** Every row box of the page is ticked. */
  isPageSelected: boolean;
  /** Ticks or clears every row box of the page. */
  selectPage: (checked: boolean) => void;
  /** What "all matching" was chosen against (see BulkBar), or null: cleared as soon as a row is unticked. */
  matchingToken: unknown;
  setMatchingToken: (token: unknown) => void;
}

const SelectionContext = createContext<Selection | null>(null);

// The row boxes are server-rendered and belong to the bulk form through their form attribute.
const rowBoxes = () => [...document.querySelectorAll<HTMLInputElement>("input[name='claim'][form='bulk-form']")];

/** What is selected on the claims page: the rows of this page, and whether the choice is "all matching" instead. */
export function ClaimSelection({ children }: { children: ReactNode }) {
  const [isPageSelected, setPageSelected] = useState(false);
  const [matchingToken, setMatchingToken] = useState<unknown>(null);
  useEffect(() => {
    const onChange = (event: Event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || box.name !== "claim" || box.form?.id !== "bulk-form") return;
      const isAll = rowBoxes().every((b) => b.checked);
      setPageSelected(isAll);
      if (!isAll) setMatchingToken(null);
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, []);
  const selectPage = (checked: boolean) => {
    for (const box of rowBoxes()) box.checked = checked;
    setPageSelected(checked);
    if (!checked) setMatchingToken(null);
  };
  return (
    <SelectionContext value={{ isPageSelected, selectPage, matchingToken, setMatchingToken }}>
      {children}
    </SelectionContext>
  );
}

export function useClaimSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("useClaimSelection needs a ClaimSelection around it.");
  return selection;
}
