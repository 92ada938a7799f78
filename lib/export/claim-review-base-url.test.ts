import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { claimReviewUrlMissingFor } from "./claim-review-base-url";

const person = (role: Actor["role"]) => ({ id: `u-${role}`, email: `${role}@x.org`, name: role, role }) as Actor;
const unset = { CLAIMTRACK_URL: undefined, PORT: 3000 };

describe("the ClaimReview address warning", () => {
  it("is for an administrator to act on, and a note for everyone else, while CLAIMTRACK_URL is unset", () => {
    expect(claimReviewUrlMissingFor(person("admin"), unset)).toEqual({ canSet: true });
    for (const role of ["editor", "factchecker", "viewer"] as const)
      expect(claimReviewUrlMissingFor(person(role), unset)).toEqual({ canSet: false });
    expect(
      claimReviewUrlMissingFor(person("admin"), { CLAIMTRACK_URL: "https://claims.example.org", PORT: 3000 }),
    ).toBe(null);
  });
});
