/**
 * Where this run keeps what it writes (sessions, files to upload, screenshots): `.tmp/` unless E2E_TMP says otherwise.
 * CI runs the SQLite and the PostgreSQL browser tests side by side (scripts/test-all.sh), each with a folder of its own,
 * so neither reads a session or a file the other is writing.
 */
export const runTmp = (path: string) => `${process.env.E2E_TMP ?? ".tmp"}/${path}`;
