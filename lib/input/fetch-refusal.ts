import { AppError } from "@/lib/errors";
import type { AddressRefusal } from "./fetch-address-policy";

/**
 * The sentences for a page that cannot be fetched, one per reason, all on the URL field. English here (the API's and
 * the CLI's language); the form shows them from messages/*.json by reason, with the same params.
 */
export const fetchRefusal = {
  notHttp: () => refuse("invalid_input", "invalid", "The URL must start with http:// or https://."),
  credentials: () =>
    refuse(
      "invalid_input",
      "credentials",
      "Give the URL without a user name or password in it: Claimtrack sends none.",
    ),
  address: (host: string, why: AddressRefusal) =>
    why === "metadata"
      ? refuse(
          "invalid_input",
          "metadata_address",
          `"${host}" is a cloud server's metadata address; Claimtrack never fetches from it.`,
          { host },
        )
      : refuse(
          "invalid_input",
          "private_address",
          `"${host}" is in a private or local network; Claimtrack fetches only pages on the public internet.`,
          { host },
        ),
  port: (port: string) =>
    refuse(
      "invalid_input",
      "port",
      `Claimtrack fetches pages from the web's ports (80, 443, 8080, 8443), not from port ${port}.`,
      { port },
    ),
  unresolvable: (host: string) =>
    refuse("unprocessable", "unresolvable", `Claimtrack could not find the server "${host}". Check the address.`, {
      host,
    }),
  unreachable: (host: string) =>
    refuse(
      "unprocessable",
      "unreachable",
      `Claimtrack could not get the page from "${host}": the server did not answer properly. Try again later, or save the page and upload it.`,
      { host },
    ),
  timeout: (ms: number) => {
    const seconds = String(Math.round(ms / 1000));
    const message = `The page did not arrive within ${seconds} seconds. Try again later, or save the page and upload it.`;
    return refuse("unprocessable", "fetch_timeout", message, { seconds });
  },
  status: (status: number) =>
    refuse(
      "unprocessable",
      "page_status",
      `The server answered with an error (HTTP ${status}) instead of the page. Check the address, or save the page and upload it.`,
      { status: String(status) },
    ),
  tooManyRedirects: (max: number) =>
    refuse(
      "unprocessable",
      "too_many_redirects",
      `The address redirected more than ${max} times. Give the address of the article page itself.`,
      { max: String(max) },
    ),
  contentType: (type: string) =>
    refuse(
      "unprocessable",
      "content_type",
      `The address leads to "${type}", not to a web page. Claimtrack reads HTML and plain-text pages.`,
      { type },
    ),
  binary: () =>
    refuse(
      "unprocessable",
      "binary",
      "The page is not text (it holds binary data). Claimtrack reads HTML and plain-text pages.",
    ),
  empty: () => refuse("unprocessable", "empty", "Claimtrack found no article text on this page."),
};

function refuse(code: AppError["code"], reason: string, message: string, params?: Record<string, string>): AppError {
  return new AppError(code, message, "url", reason, params);
}
