// Rights and how to exercise them: channels are links only for mailto:, tel: and https: (with the host).
import { commonText } from "../../shared/i18n/common.ts";
import type { Language } from "../../shared/manifest/types.ts";
import type { RightView } from "../../shared/manifest/view-types.ts";
import { SafeLink } from "../ui/safe-link.tsx";

export function RightsSection({ rights, lang }: { rights: RightView[]; lang: Language }) {
  if (rights.length === 0) return null;
  return (
    <section aria-labelledby="rights-heading">
      <h2 id="rights-heading">{commonText("section.rights", lang)}</h2>
      <ul>
        {rights.map((right) => (
          <li key={right.id}>
            {right.label}
            {right.channels.map((channel) => (
              <div key={`${channel.type}:${channel.value}`} class="channel">
                {channel.typeLabel}: <SafeLink link={channel} />
              </div>
            ))}
            {right.responseText ? <div class="muted">{right.responseText}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
