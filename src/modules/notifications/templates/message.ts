import { escapeHtml } from '../../../shared/html';

/**
 * A message as structured blocks, rendered to plain text and to HTML by one renderer, so the two
 * never say different things and every interpolated value is escaped in HTML.
 */
export type Block = { p: string } | { facts: [label: string, value: string][] } | { link: string; url: string } | { list: { text: string; url?: string }[] };

export interface Message {
  subject: string;
  blocks: Block[];
}

/** What every template may use; absent facts are null, never invented. */
export interface Facts {
  recipientName: string;
  workshopTitle: string;
  /** Start and end in the recipient's zone and language, the zone named. */
  when: string;
  /** The same instants at the venue, when its zone differs from the recipient's. */
  whenAtVenue: string | null;
  place: string | null;
  /** Only for people who may see it (confirmed participants). */
  joiningLink: string | null;
  workshopUrl: string;
  waitlistPosition: number | null;
  offerExpires: string | null;
  reason: string | null;
  /** "tomorrow", "in 7 days", in the recipient's language. */
  startsIn: string | null;
  registrationCloses: string | null;
  organizationName: string | null;
  materials: { title: string; url: string }[];
  digest: DigestFacts | null;
  /** INVITATION, EMAIL_CONFIRMATION, PASSWORD_RESET and ANSWERS_NEEDED: the single-use link, and until when it works. */
  invitation: { url: string; expires: string } | null;
}

export interface DigestFacts {
  newRegistrations: number;
  pendingApprovals: number;
  waitlisted: number;
  workshops: { title: string; url: string; newRegistrations: number; pending: number; waitlisted: number }[];
}

export function renderText(message: Message, footer: Block[]): string {
  const out: string[] = [];
  for (const block of [...message.blocks, ...footer]) {
    if ('p' in block) out.push(block.p);
    else if ('facts' in block) out.push(block.facts.map(([label, value]) => `${label}: ${value}`).join('\n'));
    else if ('link' in block) out.push(`${block.link}: ${block.url}`);
    else out.push(block.list.map((item) => `- ${item.text}${item.url ? ` <${item.url}>` : ''}`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

export function renderHtml(message: Message, footer: Block[], language: string): string {
  const html = (blocks: Block[]) =>
    blocks
      .map((block) => {
        if ('p' in block) return `<p>${escapeHtml(block.p)}</p>`;
        if ('facts' in block)
          return `<table role="presentation">${block.facts
            .map(([label, value]) => `<tr><th align="left" style="padding-right:1em">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
            .join('')}</table>`;
        if ('link' in block) return `<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.link)}</a></p>`;
        return `<ul>${block.list
          .map((item) => `<li>${item.url ? `<a href="${escapeHtml(item.url)}">${escapeHtml(item.text)}</a>` : escapeHtml(item.text)}</li>`)
          .join('')}</ul>`;
      })
      .join('\n');
  return (
    `<!doctype html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${escapeHtml(message.subject)}</title></head>` +
    `<body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">\n${html(message.blocks)}\n` +
    `<hr><div style="font-size:small;color:#555">${html(footer)}</div></body></html>\n`
  );
}
