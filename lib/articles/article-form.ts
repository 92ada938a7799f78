import { readArticleUpload } from "@/lib/input/read-article-upload";
import type { ArticleInput } from "./article-input";

const FIELDS = ["title", "outlet", "url", "publishedAt", "language", "body"] as const;

/** The text fields of the add-article form as typed, to show them again after a refusal. */
export function articleFormValues(form: FormData): Record<(typeof FIELDS)[number], string> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return Object.fromEntries(FIELDS.map((name) => [name, text(name)])) as Record<(typeof FIELDS)[number], string>;
}

/**
 * The add-article form (the page's, or a multipart POST /api/articles) as the ingest verb's input: an uploaded file
 * replaces the pasted text, and pasted HTML source is read as an uploaded page; what an HTML page says about itself (title, outlet, date, language) fills the fields
 * left empty, and a text file lends its first line as the title. The verb checks the rest.
 */
export async function readArticleForm(form: FormData, maxBytes: number): Promise<ArticleInput> {
  const values = articleFormValues(form);
  const input = { ...values, language: (values.language || "auto") as ArticleInput["language"] };
  const uploaded = form.get("file");
  // A whole page's source pasted into the text box (view source, copy) is read as the HTML file it is: its article
  // text and what it says about itself, not its markup as words.
  const pastedPage = looksLikeHtmlPage(values.body) ? new File([values.body], "pasted.html") : null;
  const file = uploaded instanceof File && uploaded.size > 0 ? uploaded : pastedPage;
  if (!file) return input;
  const upload = await readArticleUpload(file, maxBytes);
  const { metadata } = upload;
  return {
    ...input,
    body: upload.text,
    title: values.title.trim() || upload.suggestedTitle || "",
    outlet: values.outlet.trim() || metadata.outlet || "",
    publishedAt: values.publishedAt.trim() || metadata.publishedAt || "",
    language: input.language === "auto" && metadata.language ? metadata.language : input.language,
  };
}

/** Text that begins as an HTML document does ("<!DOCTYPE html>", "<html", "<head", "<body"), not prose with a tag. */
export const looksLikeHtmlPage = (text: string) => /^\s*<(!doctype\s+html|html|head|body)[\s>]/i.test(text);
