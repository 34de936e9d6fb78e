/**
 * Joining details in free text: a link with or without a scheme ("Join here: https://…",
 * "zoom.us/j/123"), or a meeting id or passcode. Wherever they sit in a session's location, they
 * are for the Secretariat and confirmed participants only.
 */
// Also a bare IP address or a host with a port ("10.20.30.40:8080", "stream.example.org:8443"), path
// or not, and a bare host name ("jitsi.example.org") ending in a country code or a common name.
const BARE_HOST = String.raw`(?:[a-z0-9-]+\.)+(?:[a-z]{2}|com|org|net|info|biz|app|dev|io|live|link|meet|online|site|tech|cloud|zone|chat|video|team|tv|edu|gov|int)\b`;
const LINK = new RegExp(
  String.raw`\b(?:[a-z][a-z0-9+.-]*:\/\/\S+|(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?\/\S*|(?:[a-z0-9-]+\.)+[a-z]{2,}:\d+\S*|(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?(?:\/\S*)?|www\.\S+|${BARE_HOST})`,
  'gi',
);
// A meeting id, passcode or PIN; a "code" only when digits follow ("code 1234", "access code: 98 76").
const CODES =
  /\b(?:(?:meeting\s*(?:id|number)|pass\s*code|password|pwd|pin)\b\s*[:#=]?\s*(?:\d[\d -]*\d|\S+)|(?:access\s*|entry\s*|dial-?in\s*)?code\b\s*[:#=]?\s*\d[\d -]*\d)/gi;

export function hasJoiningDetails(text: string | null | undefined): boolean {
  return Boolean(text) && (new RegExp(LINK.source, 'i').test(text!) || new RegExp(CODES.source, 'i').test(text!));
}

/** The text without its joining details (null when nothing else is left), for everyone else. */
export function withoutJoiningDetails(text: string | null | undefined): string | null {
  if (!text) return null;
  const rest = text
    .replace(LINK, ' ')
    .replace(CODES, ' ')
    .replace(/\s*\b(?:join(?:\s+(?:here|us|at|via))?|link|url)\s*[:-]?\s*(?=$|[,;.])/gi, ' ')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:.-]+|(?:[\s,;:-]+(?:or|and|via))?[\s,;:-]*$/gi, '')
    .trim();
  return rest.length > 0 ? rest : null;
}
