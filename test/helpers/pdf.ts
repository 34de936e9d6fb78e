import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** A PDF's pages, text and title as Mozilla's pdf.js reads them, and its QR code as jsQR does (test/helpers/pdf-text.mjs). */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string; title: string | null; qr: string | null }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-'));
  try {
    const file = path.join(dir, 'letter.pdf');
    fs.writeFileSync(file, bytes);
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'pdf-text.mjs'), file], { timeout: 30_000 });
    return JSON.parse(stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
