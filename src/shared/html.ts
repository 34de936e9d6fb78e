const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\u2028': '&#x2028;', '\u2029': '&#x2029;' };

/** Text and attribute values in HTML (the line separators as references too, as in JSON). */
export const escapeHtml = (text: string) => text.replace(/[&<>"'\u2028\u2029]/g, (c) => ENTITIES[c]!);
