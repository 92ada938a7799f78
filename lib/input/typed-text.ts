import { z } from "zod";

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL: nobody types them. They come from
 * binary data or from an attempt on whatever shows the text next (terminals, CSV in Excel, PDF readers).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** C0 controls other than tab and line feed, and DEL: what is left out of article text and of whatever shows it. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSHOWABLE = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Text for storage, a file or a terminal: line breaks as "\n" (a lone CR starts a new line in CSV and Markdown
 * readers that the writer did not see) and no other control characters (escape sequences drive terminals).
 */
export const plainText = (text: string) => text.replace(/\r\n?/g, "\n").replace(UNSHOWABLE, "");

/**
 * Text a person typed (names, notes, reasons, labels): trimmed, line breaks as "\n", and refused when it holds other
 * control characters. `missing` is what to say when the field is not there at all (a form leaves a blank field out).
 */
export const typedText = (missing?: string) =>
  z
    // Only for a missing value: every other check keeps its own message.
    .string(missing ? { error: (issue) => (issue.input === undefined ? missing : undefined) } : undefined)
    .trim()
    .overwrite((s) => s.replace(/\r\n?/g, "\n"))
    .refine((s) => !CONTROL_CHARACTERS.test(s), "The text holds control characters that cannot be shown; remove them.");

/** Whether a text has at least one letter or digit in any script: punctuation and spaces alone say nothing. */
export const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);
