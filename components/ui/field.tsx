import type { ReactNode } from "react";

interface FieldProps {
  /** The id of the control, which the label names. */
  htmlFor: string;
  label: ReactNode;
  /** The control (input, select, textarea), then anything said below it (a hint, the field's refusal). */
  children: ReactNode;
}

/** A labelled form control, stacked: the one look of every form's fields. */
export function Field({ htmlFor, label, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}
