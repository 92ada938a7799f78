"use server";

import { defineRowAction } from "@/actions/back-to-list";
import { formFields } from "@/actions/define-form-action";
import { updateUserAccess, UserAccessChangeSchema } from "@/lib/users/update-user-access";

/** One form per row: change the role, or disable/enable the account. The result is shown as a notice. */
export const updateUserAccessAction = defineRowAction({
  permission: "user.manage",
  schema: UserAccessChangeSchema,
  fields: (form) => {
    const disabled = form.get("disabled");
    return { ...formFields(form), disabled: disabled === null ? undefined : disabled === "true" };
  },
  run: updateUserAccess,
  list: "/admin/users",
  notice: "saved",
});
