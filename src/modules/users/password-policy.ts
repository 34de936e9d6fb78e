const COMMON = new Set([
  'password', 'password1', 'password123', '123456789', '1234567890', 'qwertyuiop', 'iloveyou',
  'letmein123', 'welcome123', 'changeme123', 'administrator', 'passw0rd123', 'qwerty12345',
]);

/** Length over complexity (NIST SP 800-63B): at least 10 characters, not common, not the email. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < 10) return 'The password must have at least 10 characters.';
  if (password.length > 200) return 'The password must have at most 200 characters.';
  if (new Set(password).size < 4) return 'The password repeats too few characters.';
  if (COMMON.has(password.toLowerCase())) return 'The password is too common.';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return 'The password must not contain the email address.';
  return null;
}
