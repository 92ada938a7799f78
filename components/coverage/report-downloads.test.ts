import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { ReportDownloads } from "./report-downloads";

const render = (locale: "en" | "de", claimReviewUrlMissing: null | { canSet: boolean }) =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      // The children come as createElement's third argument; the props type wants them among the props.
      { locale, messages: locale === "de" ? de : en, timeZone: "Europe/Berlin" } as unknown as ComponentProps<
        typeof NextIntlClientProvider
      >,
      createElement(ReportDownloads, { filters: { articleId: "a1" }, claimReviewUrlMissing }),
    ),
  );

describe("ReportDownloads", () => {
  it("warns an administrator where ClaimReview is downloaded that its links are wrong while CLAIMTRACK_URL is unset", () => {
    expect(render("en", { canSet: true })).toContain("ClaimReview links will be wrong: CLAIMTRACK_URL is not set");
    expect(render("de", { canSet: true })).toContain(
      "Die Links im ClaimReview-Markup sind falsch: CLAIMTRACK_URL ist nicht gesetzt",
    );
    expect(render("en", null)).not.toContain("CLAIMTRACK_URL");
  });

  it("tells everyone else, who cannot set it, not to publish the markup: a note, not an error", () => {
    const note = render("en", { canSet: false });
    expect(note).toContain("do not publish the ClaimReview markup before");
    expect(note).toContain("notice--info");
    expect(note).not.toContain("notice--error");
    expect(render("de", { canSet: false })).toContain("das Markup vorher nicht veröffentlichen");
  });
});
