import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ACTIONS, PERMISSIONS, can, requirePermission } from "./permissions";
import { ROLES } from "./roles";

const actor = (role: (typeof ROLES)[number]) => ({ id: "u", email: "u@x", name: "U", role });

describe("the permission table", () => {
  it("names only known roles and gives admins every action", () => {
    for (const action of ACTIONS) {
      for (const role of PERMISSIONS[action]) expect(ROLES).toContain(role);
      expect(can(actor("admin"), action)).toBe(true);
    }
  });

  it("keeps viewers read-only and user management to admins", () => {
    expect(can(actor("viewer"), "article.read")).toBe(true);
    expect(can(actor("viewer"), "article.ingest")).toBe(false);
    expect(can(actor("editor"), "user.manage")).toBe(false);
  });

  it("answers nobody with 401 and a role without the right with 403", () => {
    expect(() => requirePermission(null, "article.read")).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => requirePermission(actor("viewer"), "article.ingest")).toThrow(AppError);
    expect(() => requirePermission(actor("viewer"), "article.ingest")).toThrow(
      expect.objectContaining({ status: 403 }),
    );
  });
});
