const CODE = /^[A-Z0-9_]{2,40}$/;

/**
 * Reads a configurable list of codes such as `AFRICA,EUROPE` from an environment value.
 * Unset or blank gives a copy of the defaults.
 */
export function parseCodeList(value: string | undefined, defaults: readonly string[]): string[] {
  if (value === undefined || value.trim() === '') return [...defaults];
  const codes: string[] = [];
  for (const item of value.split(',')) {
    const code = item.trim();
    if (!CODE.test(code)) {
      throw new Error(`Invalid code "${code}": use 2 to 40 characters from A-Z, 0-9 and _`);
    }
    if (codes.includes(code)) throw new Error(`Duplicate code "${code}"`);
    codes.push(code);
  }
  return codes;
}

/** A configured code outside the defaults, as words in any language: `YOUTH_MENTORING` -> "Youth mentoring". */
export function codeInWords(code: string): string {
  const words = code.toLowerCase().replaceAll('_', ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
