/** A person as the register form holds them. */
export interface PersonRow {
  name: string;
  email: string;
}

const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

/**
 * People pasted as a list, one a line, as they come from an email or a spreadsheet:
 * "Amina Njoroge <amina@example.org>", "Amina Njoroge, amina@example.org", tab- or
 * semicolon-separated columns in either order. Lines without exactly one address are given back
 * by number, so nobody is dropped silently.
 */
export function parsePastedPeople(text: string): { people: PersonRow[]; notUnderstood: number[] } {
  const people: PersonRow[] = [];
  const notUnderstood: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const angled = /^(.*?)\s*<([^<>]+)>\s*$/.exec(line);
    const parts = angled ? [angled[1]!, angled[2]!] : line.split(/\t|;|,/);
    const cells = parts.map((part) => part.trim().replace(/^["']|["']$/g, '')).filter((part) => part !== '');
    const emails = cells.filter((cell) => EMAIL.test(cell));
    const names = cells.filter((cell) => !EMAIL.test(cell));
    if (emails.length !== 1 || names.length > 1) {
      notUnderstood.push(index + 1);
      return;
    }
    people.push({ name: names[0] ?? '', email: emails[0]!.toLowerCase() });
  });
  return { people, notUnderstood };
}
