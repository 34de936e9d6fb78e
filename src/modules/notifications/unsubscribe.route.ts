import express, { Router, type Request } from 'express';
import { ErrorCode } from '../../shared/errors';
import type { AppDeps } from '../../app/context';
import { sendError } from '../../http/http-errors';
import { verifyUnsubscribe } from './links';
import { setPreferences } from './preferences.service';

const WORDS = {
  en: {
    title: 'Stop these messages',
    reminders: 'reminders and follow-ups',
    digests: 'daily digests',
    confirm: 'Stop',
    done: 'Done: you will no longer receive',
  },
  fr: {
    title: 'Ne plus recevoir ces messages',
    reminders: 'les rappels et suivis',
    digests: 'les résumés quotidiens',
    confirm: 'Confirmer',
    done: 'C’est fait : vous ne recevrez plus',
  },
  es: {
    title: 'Dejar de recibir estos mensajes',
    reminders: 'los recordatorios y seguimientos',
    digests: 'los resúmenes diarios',
    confirm: 'Confirmar',
    done: 'Listo: ya no recibirá',
  },
};

const page = (lang: keyof typeof WORDS, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${WORDS[lang].title}</title></head>` +
  `<body style="font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem">${body}</body></html>`;

function languageOf(req: Request): keyof typeof WORDS {
  const accepted = req.acceptsLanguages('en', 'fr', 'es');
  return accepted === 'fr' || accepted === 'es' ? accepted : 'en';
}

/**
 * The List-Unsubscribe link of optional emails (RFC 8058): GET shows a confirmation (mail scanners
 * follow links, so a GET changes nothing); POST, from that page or a mail client's one-click,
 * turns the category off. Signed, so no sign-in is needed and nobody can unsubscribe someone else.
 */
export function unsubscribeRouter(deps: AppDeps): Router {
  const router = Router();
  const verified = (req: Request) => {
    const { r, c, s } = req.query;
    if (typeof r !== 'string' || typeof c !== 'string' || typeof s !== 'string' || r.length > 100 || s.length > 100) return null;
    return verifyUnsubscribe(deps.config, r, c, s) ? { key: r, category: c } : null;
  };
  router.get('/notifications/unsubscribe', (req, res) => {
    const link = verified(req);
    if (!link) return sendError(res, 404, ErrorCode.NOT_FOUND, 'This link is not valid.');
    const words = WORDS[languageOf(req)];
    res
      .type('html')
      .send(
        page(
          languageOf(req),
          `<h1>${words.title}</h1><p>${words[link.category]}</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${words.confirm}</button></form>`,
        ),
      );
  });
  router.post('/notifications/unsubscribe', express.urlencoded({ extended: false, limit: '2kb' }), async (req, res, next) => {
    try {
      const link = verified(req);
      if (!link) return sendError(res, 404, ErrorCode.NOT_FOUND, 'This link is not valid.');
      await setPreferences(deps, link.key, { [link.category]: false });
      const words = WORDS[languageOf(req)];
      res.type('html').send(page(languageOf(req), `<h1>${words.title}</h1><p>${words.done} ${words[link.category]}.</p>`));
    } catch (err) {
      next(err);
    }
  });
  return router;
}
