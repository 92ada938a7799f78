import type { CSSProperties, ReactNode } from "react";

interface NoticeProps {
  /** ok: something was done; error: something was refused or failed; info: worth knowing, nothing wrong. */
  tone: "ok" | "error" | "info";
  /**
   * How a screen reader hears it when it appears: "alert" interrupts, "status" waits its turn. Left out inside a
   * live region of the form's own (which announces whatever shows up in it).
   */
  role?: "alert" | "status";
  /** A block (div) where the notice holds more than a sentence. */
  block?: boolean;
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}

/** The one look of a message on a page or next to a form: done, refused, or for information. */
export function Notice({ tone, role, block, className, style, children }: NoticeProps) {
  const classes = ["notice", `notice--${tone}`, className].filter(Boolean).join(" ");
  const Tag = block ? "div" : "p";
  return (
    <Tag className={classes} role={role} style={style}>
      {children}
    </Tag>
  );
}
