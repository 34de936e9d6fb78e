import { PDFDocument, type PDFFont, rgb, StandardFonts } from 'pdf-lib';
import qrcode from 'qrcode-generator';
import { countryNameFor } from '../organizations/reference/countries';
import type { QuestionLibrary } from '../questions/question-library';
import { answerLabel } from '../questions/answer-labels';
import { labelIn } from '../questions/questions.queries';
import type { RegistrationDoc } from '../registrations/registration.model';
import type { WorkshopDoc } from '../workshops/workshop.model';
import type { LetterCoverage, LetterDoc } from './letter.model';

type Language = 'en' | 'fr' | 'es';

interface LetterWords {
  title: string;
  to: string;
  body: string;
  covered: string;
  nothingCovered: string;
  details: string;
  name: string;
  signed: string;
  verify: string;
  coverage: Record<LetterCoverage, string>;
}

const WORDS: Record<Language, LetterWords> = {
  en: {
    title: 'Letter of invitation',
    to: 'To',
    body: 'The International Secretariat invites {name} to take part in "{workshop}", from {start} to {end}, at {place}.',
    covered: 'The host covers: {list}.',
    nothingCovered: 'The participant meets their own costs.',
    details: 'Details of the participant',
    name: 'Name',
    signed: 'Signed for the International Secretariat',
    verify: 'Verify this letter at {url} with the code {code}.',
    coverage: { TRAVEL: 'travel', ACCOMMODATION: 'accommodation', MEALS: 'meals', VISA_FEES: 'visa fees', LOCAL_TRANSPORT: 'local transport' },
  },
  fr: {
    title: 'Lettre d’invitation',
    to: 'À l’attention de',
    body: 'Le Secrétariat international invite {name} à participer à « {workshop} », du {start} au {end}, à {place}.',
    covered: 'L’hôte prend en charge : {list}.',
    nothingCovered: 'Le participant prend ses frais à sa charge.',
    details: 'Informations sur le participant',
    name: 'Nom',
    signed: 'Pour le Secrétariat international',
    verify: 'Vérifiez cette lettre sur {url} avec le code {code}.',
    coverage: {
      TRAVEL: 'le voyage',
      ACCOMMODATION: 'l’hébergement',
      MEALS: 'les repas',
      VISA_FEES: 'les frais de visa',
      LOCAL_TRANSPORT: 'les transports sur place',
    },
  },
  es: {
    title: 'Carta de invitación',
    to: 'A la atención de',
    body: 'El Secretariado Internacional invita a {name} a participar en «{workshop}», del {start} al {end}, en {place}.',
    covered: 'El anfitrión cubre: {list}.',
    nothingCovered: 'El participante cubre sus propios gastos.',
    details: 'Datos del participante',
    name: 'Nombre',
    signed: 'Por el Secretariado Internacional',
    verify: 'Verifique esta carta en {url} con el código {code}.',
    coverage: {
      TRAVEL: 'el viaje',
      ACCOMMODATION: 'el alojamiento',
      MEALS: 'las comidas',
      VISA_FEES: 'las tasas de visado',
      LOCAL_TRANSPORT: 'el transporte local',
    },
  },
};

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/**
 * The standard fonts write Windows-1252 only: a letter outside it (ł, ő, Cyrillic) is written
 * without its accent where it has one, else as "?", rather than failing the letter.
 */
const writable = (font: PDFFont, text: string) =>
  [...text]
    .map((char) => {
      try {
        font.encodeText(char);
        return char;
      } catch {
        const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
        try {
          font.encodeText(bare);
          return bare;
        } catch {
          return '?';
        }
      }
    })
    .join('');

/** The letter as a one-page A4 PDF: the workshop, dates and venue, what is covered, the signatory, and the code with its QR code. */
export async function letterPdf(input: {
  letter: LetterDoc;
  registration: RegistrationDoc;
  workshop: WorkshopDoc;
  library: QuestionLibrary;
  verifyUrl: string;
}): Promise<Uint8Array> {
  const { letter, registration, workshop, library, verifyUrl } = input;
  const language = letter.language as Language;
  const words = WORDS[language];
  const date = (instant: Date) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: workshop.timeZone }).format(instant);
  const place = workshop.venue
    ? [workshop.venue.name, workshop.venue.city, countryNameFor(workshop.venue.country, language)].filter(Boolean).join(', ')
    : 'online';
  const doc = await PDFDocument.create();
  doc.setTitle(`${words.title}: ${workshop.title}`);
  doc.setLanguage(language);
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let y = 780;
  const line = (text: string, options: { font?: PDFFont; size?: number; gap?: number } = {}) => {
    const used = options.font ?? font;
    const size = options.size ?? 11;
    // Wrapped to the page's width.
    const pieces = writable(used, text).split(' ');
    let current = '';
    for (const word of pieces) {
      const next = current ? `${current} ${word}` : word;
      if (used.widthOfTextAtSize(next, size) > 480 && current) {
        page.drawText(current, { x: 56, y, size, font: used });
        y -= size + 5;
        current = word;
      } else current = next;
    }
    if (current) page.drawText(current, { x: 56, y, size, font: used });
    y -= size + (options.gap ?? 8);
  };
  line(words.title, { font: bold, size: 18, gap: 18 });
  if (letter.addressee) line(`${words.to}: ${letter.addressee}`, { gap: 14 });
  const name = registration.participant?.name ?? '';
  line(fill(words.body, { name, workshop: workshop.title, start: date(workshop.startsAt), end: date(workshop.endsAt), place }), { gap: 12 });
  const covered = letter.coverage.map((item) => words.coverage[item]);
  line(covered.length ? fill(words.covered, { list: covered.join(', ') }) : words.nothingCovered, { gap: 16 });
  line(words.details, { font: bold, size: 12 });
  line(`${words.name}: ${name}`);
  for (const questionId of letter.questionIds) {
    const question = library.get(String(questionId));
    const answer = registration.answers?.find((candidate) => String(candidate.questionId) === String(questionId));
    // A purged answer (ephemeral, after the workshop) is no longer printed.
    if (!question || !answer) continue;
    const value =
      answer.value !== null ? answerLabel(question, answer.value, language) : answer.values.map((v) => answerLabel(question, v, language)).join(', ');
    line(`${labelIn(question.labels, language)}: ${value}`);
  }
  y -= 16;
  line(words.signed, { font: bold });
  line(letter.signatory ?? '', { gap: 30 });
  const code = letter.verificationCode ?? '';
  line(fill(words.verify, { url: verifyUrl, code }), { size: 9 });
  drawQr(page, `${verifyUrl}`, 56, Math.max(y - 110, 40), 100);
  return doc.save();
}

/** The QR code of `text`, its dark modules as filled squares, `size` points wide with a quiet zone. */
function drawQr(page: ReturnType<PDFDocument['addPage']>, text: string, x: number, y: number, size: number): void {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const count = code.getModuleCount();
  const cell = size / (count + 8);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++)
      if (code.isDark(row, col))
        page.drawRectangle({ x: x + (col + 4) * cell, y: y + size - (row + 5) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
}
