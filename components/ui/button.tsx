import type { ButtonHTMLAttributes } from "react";

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** "danger" for a change that removes or cannot be undone at once (delete, purge). */
  tone?: "danger";
}

/** The one look of a button that does something (the plain, text-like buttons of lists and toolbars stay plain). */
export function Button({ tone, className, ...props }: ButtonProps) {
  return (
    <button className={["button", tone ? `button--${tone}` : null, className].filter(Boolean).join(" ")} {...props} />
  );
}
