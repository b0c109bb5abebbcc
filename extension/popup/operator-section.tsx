// Who runs the site: operator, BIN, contacts, and the person responsible for personal data.
import { commonText } from "../../shared/i18n/common.ts";
import type { Language } from "../../shared/manifest/types.ts";
import type { ContactView, OperatorView } from "../../shared/manifest/view-types.ts";
import { extensionText } from "../i18n.ts";
import { SafeLink } from "../ui/safe-link.tsx";

function ContactLines({ contact, lang }: { contact: ContactView; lang: Language }) {
  return (
    <>
      {contact.address ? <dd>{contact.address}</dd> : null}
      {contact.email ? (
        <dd>
          {commonText("operator.email", lang)}: <SafeLink link={contact.email} />
        </dd>
      ) : null}
      {contact.phone ? (
        <dd>
          {commonText("operator.phone", lang)}: <SafeLink link={contact.phone} />
        </dd>
      ) : null}
    </>
  );
}

export function OperatorSection(props: {
  operator: OperatorView;
  responsible: ContactView | null;
  lang: Language;
}) {
  const { operator, responsible, lang } = props;
  return (
    <section aria-labelledby="operator-heading">
      <h2 id="operator-heading">{commonText("section.operator", lang)}</h2>
      <dl>
        <dt class="operator-name">{operator.name}</dt>
        {operator.legalForm ? <dd>{operator.legalForm}</dd> : null}
        {operator.bin ? (
          <dd>
            {commonText("operator.bin", lang)}: <span class="bin">{operator.bin}</span>
          </dd>
        ) : null}
        <ContactLines contact={operator} lang={lang} />
        {operator.website ? (
          <dd>
            {commonText("operator.website", lang)}: <SafeLink link={operator.website} />
          </dd>
        ) : null}
        {responsible ? (
          <>
            <dt>{extensionText("responsible.title", lang)}</dt>
            {responsible.name ? <dd>{responsible.name}</dd> : null}
            {responsible.role ? <dd>{responsible.role}</dd> : null}
            <ContactLines contact={responsible} lang={lang} />
          </>
        ) : null}
      </dl>
    </section>
  );
}
