import { prepareTestTemplates } from "./test-db";

/** Once per vitest run, before any test file: the migrated databases every createTestDb() copies. */
export default async function setup(): Promise<() => Promise<void>> {
  return prepareTestTemplates();
}
