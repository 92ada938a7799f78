import type { ChangeEvent } from "react";

interface Props {
  id: string;
  label: string;
  /** The option that filters nothing ("any"). */
  anyLabel: string;
  options: [value: string, text: string][];
  /** For a plain GET form: the field's name and its value from the query string. */
  name?: string;
  defaultValue?: string;
  /** For a live filter: the controlled value. */
  value?: string;
  onChange?: (event: ChangeEvent<HTMLSelectElement>) => void;
}

/** One labelled filter choice, shared by the claims page (a GET form) and the review page's live filter. */
export function FilterSelect({ id, label, anyLabel, options, ...select }: Props) {
  return (
    <span className="filter__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select}>
        <option value="">{anyLabel}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}
