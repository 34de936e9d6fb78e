import { Router } from 'express';
import type { AppDeps } from '../../app/context';
import { publicBaseUrl } from '../../http/public-url';
import { bearer, signedInOf } from '../../http/bearer';
import { sendError } from '../../http/http-errors';
import { DomainError, ErrorCode, httpStatusOf } from '../../shared/errors';
import { escapeHtml } from '../../shared/html';
import { questionLibrary } from '../questions/questions.queries';
import { letterPdf } from './letter-pdf';
import { letterToDraw, verifyLetter } from './letters.service';

/** The public verification address printed on a letter and in its QR code. */
export const verifyUrlOf = (deps: Pick<AppDeps, 'config'>, code: string) => `${publicBaseUrl(deps.config)}/letters/verify/${encodeURIComponent(code)}`;

/**
 * `GET /letters/:id.pdf`: an approved letter, drawn now, for the participant and the Secretariat
 * only (anyone else: 404, nothing revealed), never cached. `GET /letters/verify/:code`: a public
 * page that confirms a letter is real with the name, the workshop and its dates, in three languages.
 */
export function lettersRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/letters/verify/:code', async (req, res, next) => {
    try {
      const found = await verifyLetter(deps, String(req.params.code));
      res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
      if (!found) {
        res.status(404).type('html').send(page('No letter has this code · Aucune lettre ne porte ce code · Ninguna carta tiene este código', ''));
        return;
      }
      const day = (instant: Date) => instant.toISOString().slice(0, 10);
      const body = `<dl><dt>Name · Nom · Nombre</dt><dd>${escapeHtml(found.name)}</dd><dt>Workshop · Atelier · Taller</dt><dd>${escapeHtml(found.workshopTitle)}</dd><dt>Dates · Fechas</dt><dd>${day(found.startsAt)} – ${day(found.endsAt)}</dd></dl>`;
      res.status(200).type('html').send(page('This letter is genuine · Cette lettre est authentique · Esta carta es auténtica', body));
    } catch (err) {
      next(err);
    }
  });
  router.get('/letters/:id.pdf', bearer(deps), async (req, res, next) => {
    try {
      const signedIn = signedInOf(res);
      if (!signedIn) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to do this.');
      const ctx = { ...deps, viewer: signedIn.viewer };
      const { letter, registration, workshop } = await letterToDraw(ctx, String(req.params.id));
      const pdf = await letterPdf({
        letter,
        registration,
        workshop,
        library: await questionLibrary(deps),
        verifyUrl: verifyUrlOf(deps, letter.verificationCode ?? ''),
      });
      res.status(200).set({
        'Content-Type': 'application/pdf',
        'Content-Length': String(pdf.byteLength),
        'Content-Disposition': `attachment; filename="invitation-letter-${String(letter._id)}.pdf"`,
        'Cache-Control': 'private, no-store',
      });
      res.end(Buffer.from(pdf));
    } catch (err) {
      if (err instanceof DomainError) return sendError(res, httpStatusOf[err.code], err.code, err.message);
      next(err);
    }
  });
  return router;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
