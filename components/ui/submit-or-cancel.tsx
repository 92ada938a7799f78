import type { ReactNode } from "react";
import { Button } from "./button";

interface SubmitOrCancelProps {
  submit: ReactNode;
  cancel: ReactNode;
  /** The form's action is running: the submit button waits, so one click cannot send it twice. */
  pending: boolean;
  onCancel: () => void;
  /** "danger" where submitting removes something (an article's deletion). */
  tone?: "danger";
}

/** The last row of a form opened from a button: do it, or close the form having done nothing. */
export function SubmitOrCancel({ submit, cancel, pending, onCancel, tone }: SubmitOrCancelProps) {
  return (
    <div style={{ display: "flex", gap: "0.75rem" }}>
      <Button type="submit" tone={tone} disabled={pending}>
        {submit}
      </Button>
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
