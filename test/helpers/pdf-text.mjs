// Reads a PDF back with independent parsers (Mozilla's pdf.js, not the library that wrote it, and
// jsQR for its QR code): `node test/helpers/pdf-text.mjs <file>` prints
// {"pages":N,"text":"...","title":"...","qr":"..."} as JSON. A child process, because pdf.js
// ships as ES modules only.
import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(await readFile(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
const lines = [];
let qr = null;
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  lines.push(content.items.map((item) => item.str).join(' '));
  qr ??= readQr(await page.getOperatorList());
}
const { info } = await pdf.getMetadata();
process.stdout.write(JSON.stringify({ pages: pdf.numPages, text: lines.join('\n'), title: info?.Title ?? null, qr }));

/**
 * The page's small filled squares (a QR code's dark modules), laid on a bitmap and decoded by jsQR.
 * Each path's bounds (pdf.js gives them with the path) are taken through the transforms in force.
 */
function readQr(operators) {
  const squares = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack = [];
  const times = (m, n) => [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
  operators.fnArray.forEach((fn, i) => {
    const args = operators.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = times(ctm, args);
    else if (fn === OPS.constructPath) {
      const [minX, minY, maxX, maxY] = args[2];
      const w = (maxX - minX) * ctm[0];
      const h = (maxY - minY) * ctm[3];
      if (w > 0 && w < 6 && Math.abs(w - h) < 0.01) squares.push({ x: ctm[4] + minX * ctm[0], y: ctm[5] + minY * ctm[3], w });
    }
  });
  if (squares.length < 20) return null;
  const cell = squares[0].w;
  const minX = Math.min(...squares.map((s) => s.x));
  const maxY = Math.max(...squares.map((s) => s.y));
  const cols = Math.round((Math.max(...squares.map((s) => s.x)) - minX) / cell) + 1;
  const rows = Math.round((maxY - Math.min(...squares.map((s) => s.y))) / cell) + 1;
  const scale = 6;
  const quiet = 4;
  const width = (Math.max(cols, rows) + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const square of squares) {
    const col = Math.round((square.x - minX) / cell) + quiet;
    const row = Math.round((maxY - square.y) / cell) + quiet;
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const p = ((row * scale + dy) * width + col * scale + dx) * 4;
        pixels[p] = pixels[p + 1] = pixels[p + 2] = 0;
      }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}
