import { dictionary } from '@zxcvbn-ts/language-common';

/** A few the breach list below happens to lack, kept from before. */
const EXTRA_COMMON = ['letmein123', 'welcome123', 'changeme123', 'passw0rd123', 'qwerty12345'];

/**
 * Passwords seen in breaches (NIST SP 800-63B 5.1.1.2): the 49,233 most common passwords of the
 * breach corpora that zxcvbn-ts ships (`@zxcvbn-ts/language-common`, MIT), built once on first use.
 */
let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set([...dictionary.passwords, ...EXTRA_COMMON].map((p) => p.toLowerCase())));

/** Length over complexity (NIST SP 800-63B): at least 10 characters, not breached or common, not the email. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < 10) return 'The password must have at least 10 characters.';
  if (password.length > 200) return 'The password must have at most 200 characters.';
  if (new Set(password).size < 4) return 'The password repeats too few characters.';
  const lower = password.toLowerCase();
  // Also with spaces taken out: "qwerty 1234" is the same guess.
  if (commonPasswords().has(lower) || commonPasswords().has(lower.replace(/\s+/g, '')))
    return 'The password is too common: it appears in lists of breached passwords.';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'The password must not contain the email address.';
  return null;
}
