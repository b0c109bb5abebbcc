import type { VerdictKey } from "./catalog-verdict.en.ts";
import type { Message } from "./format.ts";

export const verdictKk: Record<VerdictKey, Message> = {
  "verdict.matches": "Бет тек мәлімдегенін ғана жасады",
  "verdict.differs": {
    other: "Беттің {count} әрекеті мәлімделмеген немесе келісімге дейін жасалған",
  },
};
