"use client";

import { createContext, useContext, type ReactNode } from "react";

type Assignee = { id: string; name: string };
const AssigneesContext = createContext<Assignee[] | undefined>(undefined);

/** The people claims can be assigned to, given once per page (not once per claim card) to the tools that need it. */
export function AssigneesProvider({ assignees, children }: { assignees?: Assignee[]; children: ReactNode }) {
  return <AssigneesContext.Provider value={assignees}>{children}</AssigneesContext.Provider>;
}

/** Undefined when the role may not assign. */
export const useAssignees = () => useContext(AssigneesContext);
