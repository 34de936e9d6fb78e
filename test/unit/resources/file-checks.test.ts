import { contentDisposition, decideType, RejectedFileError, sanitizeFilename } from '../../../src/modules/resources/file-checks';
import { parseRange } from '../../../src/modules/resources/files/byte-range';
import { pickEdition } from '../../../src/modules/resources/resource-files.service';
import { signLink, verifyLink } from '../../../src/modules/resources/signed-links';

describe('file names', () => {
  it.each([
    ['C:\\Users\\me\\Desktop\\report.pdf', 'report.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['evil\u202Efdp.exe', 'evilfdp.exe'],
    ['zero\u200Bwidth\u2066isolate\u2069.pdf', 'zerowidthisolate.pdf'],
    ['  spaced   out  .pdf ', 'spaced out .pdf'],
    ['what?<are>:these*|".pdf', 'what__are__these___.pdf'],
    ['...', 'file'],
    ['', 'file'],
    ['e\u0301te\u0301.pdf', 'été.pdf'],
  ])('%j -> %j', (raw, clean) => {
    expect(sanitizeFilename(raw)).toBe(clean);
  });

  it('keeps the extension when cutting a long name', () => {
    const name = sanitizeFilename(`${'ü'.repeat(300)}.docx`);
    expect([...name]).toHaveLength(150);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('writes an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('plain.pdf')).toBe(`attachment; filename="plain.pdf"; filename*=UTF-8''plain.pdf`);
    expect(contentDisposition('a "quoted" \\ 100%.pdf')).toBe(
      `attachment; filename="a _quoted_ _ 100_.pdf"; filename*=UTF-8''a%20%22quoted%22%20%5C%20100%25.pdf`,
    );
    expect(contentDisposition("ñ'(x).pdf")).toBe(`attachment; filename="n'(x).pdf"; filename*=UTF-8''%C3%B1%27%28x%29.pdf`);
  });
});

describe('content types from the bytes', () => {
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n');
  it('accepts what the bytes, the name and the label agree on', async () => {
    await expect(decideType(pdf, 'a.pdf', 'application/pdf')).resolves.toBe('application/pdf');
    await expect(decideType(pdf, 'a.PDF', 'application/octet-stream')).resolves.toBe('application/pdf');
    await expect(decideType(Buffer.from('a,b\n1,2\n'), 'data.csv', 'text/csv')).resolves.toBe('text/csv; charset=utf-8');
    await expect(decideType(Buffer.alloc(0), 'empty.txt', '')).resolves.toBe('text/plain; charset=utf-8');
  });

  it.each([
    [pdf, 'a.png', 'application/octet-stream', 'CONTENT_TYPE_MISMATCH'],
    [pdf, 'a.pdf', 'image/png', 'CONTENT_TYPE_MISMATCH'],
    [pdf, 'a', '', 'CONTENT_TYPE_MISMATCH'],
    [Buffer.from('plain words'), 'a.pdf', 'application/pdf', 'UNSUPPORTED_FILE_TYPE'],
    [Buffer.from('a,b'), 'a.csv', 'application/pdf', 'CONTENT_TYPE_MISMATCH'],
    [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'), 'a.svg', 'image/svg+xml', 'UNSUPPORTED_FILE_TYPE'],
    [Buffer.from('<html><body>hi</body></html>'), 'a.html', 'text/html', 'UNSUPPORTED_FILE_TYPE'],
  ])('refuses %#', async (bytes, name, label, reason) => {
    await expect(decideType(bytes, name, label)).rejects.toEqual(expect.objectContaining({ reason }));
    await expect(decideType(bytes, name, label)).rejects.toBeInstanceOf(RejectedFileError);
  });
});

describe('Range headers', () => {
  it.each([
    [undefined, null],
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=5-', { start: 5, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=-1000', { start: 0, end: 99 }],
    ['bytes=90-1000', { start: 90, end: 99 }],
    ['bytes=100-', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=0-1,5-6', null],
    ['bytes=9-2', null],
    ['items=0-1', null],
  ])('%s', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });
  it('has nothing to give from an empty file', () => expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable'));
});

describe('language editions', () => {
  it("picks the asked language, then the reader's, then the resource's order", () => {
    expect(pickEdition(['en', 'fr'], ['en', 'fr'], ['fr'])).toBe('fr');
    expect(pickEdition(['en', 'fr'], ['en', 'fr'], ['fr-CA'])).toBe('fr');
    expect(pickEdition(['en', 'fr'], ['fr', 'en'], [null, 'es'])).toBe('fr');
    expect(pickEdition(['pt-BR'], ['en', 'pt-BR'], ['pt'])).toBe('pt-BR');
    expect(pickEdition([], ['en'], ['en'])).toBeNull();
  });
});

describe('signed links', () => {
  const target = { resourceId: 'a'.repeat(24), language: 'en', number: 1, expires: 1_800_000_000, org: '' };
  it('verify only with the same key and the same target', () => {
    const sig = signLink('k'.repeat(32), target);
    expect(verifyLink('k'.repeat(32), target, sig)).toBe(true);
    expect(verifyLink('j'.repeat(32), target, sig)).toBe(false);
    expect(verifyLink('k'.repeat(32), { ...target, number: 2 }, sig)).toBe(false);
    expect(verifyLink('k'.repeat(32), target, `${sig}x`)).toBe(false);
  });
});
