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

  it("lets editors and admins delete articles, and only admins restore or purge them", () => {
    const allowed = (action: "article.delete" | "article.restore" | "article.purge") =>
      ROLES.filter((role) => can(actor(role), action));
    expect(allowed("article.delete")).toEqual(["admin", "editor"]);
    expect(allowed("article.restore")).toEqual(["admin"]);
    expect(allowed("article.purge")).toEqual(["admin"]);
  });

  it("lets only those who may add articles make the server read a page for the form (it fetches what they type)", () => {
    expect(ROLES.filter((role) => can(actor(role), "article.preview"))).toEqual(
      ROLES.filter((role) => can(actor(role), "article.ingest")),
    );
    expect(can(actor("viewer"), "article.preview")).toBe(false);
  });

  it("answers nobody with 401 and a role without the right with 403", () => {
    expect(() => requirePermission(null, "article.read")).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => requirePermission(actor("viewer"), "article.ingest")).toThrow(AppError);
    expect(() => requirePermission(actor("viewer"), "article.ingest")).toThrow(
      expect.objectContaining({ status: 403 }),
    );
  });

  it("lets someone still on a one-time password do nothing but choose their own, with a 403 that says so", () => {
    const fresh = { ...actor("admin"), mustChangePassword: true };
    for (const action of ACTIONS.filter((a) => a !== "account.password")) {
      expect(can(fresh, action)).toBe(false);
      expect(() => requirePermission(fresh, action)).toThrow(
        expect.objectContaining({ status: 403, reason: "password_change_required" }),
      );
    }
    expect(requirePermission(fresh, "account.password")).toBe(fresh);
    expect(() => requirePermission(fresh, "article.read")).toThrow(/Change your one-time password first/);
  });
});
