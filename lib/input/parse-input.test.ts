import { describe, expect, it } from "vitest";
import { NewTokenSchema, newTokenRefusal } from "@/lib/tokens/create-api-token";
import { NewUserSchema, newUserRefusal } from "@/lib/users/create-user";
import { parseInput } from "./parse-input";

const refusalOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("parsed without a refusal");
};

describe("parseInput", () => {
  it("names the refused field, and the reason a form translates when the verb gives one", () => {
    const AccountForm = NewUserSchema.omit({ password: true });
    expect(
      refusalOf(() => parseInput(AccountForm, { name: "Ada", role: "editor" }, "form", newUserRefusal)),
    ).toMatchObject({
      code: "invalid_input",
      field: "email",
      reason: "invalid_email",
    });
    expect(
      refusalOf(() =>
        parseInput(AccountForm, { email: "a@x.org", name: "x".repeat(121), role: "editor" }, "form", newUserRefusal),
      ),
    ).toMatchObject({ field: "name", reason: "invalid_name" });
    expect(refusalOf(() => parseInput(NewTokenSchema, {}, "form", newTokenRefusal))).toMatchObject({
      field: "name",
      reason: "invalid_token_name",
      message: "Name the token (what it is for).",
    });
  });

  it("leaves the reason out where no verb names one, and falls back to the given field for a whole-object problem", () => {
    expect(refusalOf(() => parseInput(NewTokenSchema, "not an object", "form"))).toMatchObject({
      field: "form",
      reason: undefined,
    });
  });
});
