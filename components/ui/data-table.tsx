import type { CSSProperties, ReactNode } from "react";

export interface Column {
  label: ReactNode;
  /** Figures: right-aligned, in tabular digits. */
  numeric?: boolean;
}

interface DataTableProps {
  columns: Column[];
  /** The id of the heading that names the table. */
  labelledBy?: string;
  /** A `<caption>`, e.g. how many rows there are. */
  caption?: ReactNode;
  className?: string;
  style?: CSSProperties;
  /** The rows: `<tr>` elements. */
  children: ReactNode;
}

/** The one look of a table of rows: column headers for screen readers, and sideways scrolling on a narrow screen. */
export function DataTable({ columns, labelledBy, caption, className, style, children }: DataTableProps) {
  return (
    <div className="table-scroll">
      <table className={["data", className].filter(Boolean).join(" ")} aria-labelledby={labelledBy} style={style}>
        {caption}
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={column.numeric ? "num" : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
