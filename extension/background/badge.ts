// The toolbar sign: neutral when a declaration exists, a warning when the page contradicts it. Never a
// grade; the popup explains every sign (section "What the toolbar signs mean").
import type { Language } from "../../shared/manifest/types.ts";
import { extensionText } from "../i18n.ts";
import type { BadgeSign, Declaration, Finding } from "../model.ts";

export function badgeSign(declaration: Declaration, findings: Finding[]): BadgeSign {
  if (declaration.state === "none") return "none";
  if (declaration.state === "invalid") return "invalid";
  return findings.length > 0 ? "warning" : "declared";
}

export function badgeLook(sign: BadgeSign, lang: Language): { text: string; color: string; title: string } {
  switch (sign) {
    case "declared":
      return { text: "i", color: "#1d4ed8", title: extensionText("badge.titleDeclared", lang) };
    case "warning":
      return { text: "!", color: "#b45309", title: extensionText("badge.titleWarning", lang) };
    case "invalid":
      return { text: "?", color: "#4b5563", title: extensionText("badge.titleInvalid", lang) };
    case "none":
      return { text: "", color: "#4b5563", title: extensionText("app.title", lang) };
  }
}
