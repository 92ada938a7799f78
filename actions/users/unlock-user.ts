"use server";

import { defineRowAction } from "@/actions/back-to-list";
import { unlockUser, UserRefSchema } from "@/lib/users/unlock-user";

/** Lifts the sign-in locks on one account (the button shows beside an account refused for a lock). */
export const unlockUserAction = defineRowAction({
  permission: "user.manage",
  schema: UserRefSchema,
  run: unlockUser,
  list: "/admin/users",
  notice: "unlocked",
});
