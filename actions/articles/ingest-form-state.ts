/** What the ingest form shows after a refused submission: the message for one field, and what was typed. */
export interface IngestFormState {
  error?: { field: string; reason: string; message: string; params?: Record<string, string> };
  values?: Record<string, string>;
}
