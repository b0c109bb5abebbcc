// A link from a manifest, rendered as text only. describeManifest already dropped any href that is not
// mailto:, tel: or https:; the host is shown beside https links so the visitor sees where they go.
import type { LinkView } from "../../shared/manifest/view-types.ts";

export function SafeLink({ link }: { link: LinkView }) {
  if (link.href === null) return <span>{link.text}</span>;
  return (
    <span>
      <a href={link.href} target="_blank" rel="noopener noreferrer">
        {link.text}
      </a>
      {link.host !== null && link.host !== link.text ? <span class="host"> ({link.host})</span> : null}
    </span>
  );
}
