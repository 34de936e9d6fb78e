import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../app/context';
import { ErrorCode } from '../../shared/errors';
import { bearer, signedInOf } from '../../http/bearer';
import { sendDomainError, sendError } from '../../http/http-errors';
import { RejectedFileError } from './file-checks';
import { serveDownload } from './files/download';
import { contextOf } from './files/file-context';
import { FileTooLargeError, UploadAbortedError, receiveUpload } from './files/upload';
import { downloadUrl } from './resource-files.service';

/**
 * `POST /files` (upload, multipart/form-data: `resourceId`, optional `language`, then `file`) and
 * `GET`/`HEAD /files/:resourceId[/:language/:number]` (download). See README "Resources".
 */
export function filesRouter(deps: AppDeps): Router {
  const router = Router();

  router.post('/files', bearer(deps), async (req, res, next) => {
    try {
      const signedIn = signedInOf(res);
      if (!signedIn) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in (bearer token) to upload files.');
      if (!req.is('multipart/form-data')) {
        return sendError(res, 415, ErrorCode.BAD_USER_INPUT, 'POST /files needs Content-Type: multipart/form-data.');
      }
      const ctx = contextOf(deps, req, signedIn.viewer);
      const version = await receiveUpload(deps, ctx, req);
      res.status(201).json({
        version: {
          number: version.number,
          filename: version.filename,
          contentType: version.contentType,
          size: version.size,
          sha256: version.sha256,
          downloadUrl: downloadUrl(deps, signedIn.viewer, { ...version, visibility: version.visibility }),
        },
      });
    } catch (err) {
      // The rest of a refused body is read and dropped, so the client gets the answer.
      req.unpipe();
      req.resume();
      if (err instanceof UploadAbortedError) return void res.destroy();
      res.setHeader('Connection', 'close');
      if (err instanceof FileTooLargeError) {
        return sendError(res, 413, ErrorCode.BAD_USER_INPUT, `The file is larger than the limit of ${deps.config.files.maxBytes} bytes.`, {
          reason: 'FILE_TOO_LARGE',
          limitBytes: deps.config.files.maxBytes,
        });
      }
      if (err instanceof RejectedFileError) return sendError(res, 415, ErrorCode.BAD_USER_INPUT, err.message, { reason: err.reason, field: 'file' });
      if (sendDomainError(res, err)) return;
      next(err);
    }
  });

  const download = async (req: Request, res: Response, next: (err?: unknown) => void) => {
    try {
      await serveDownload(deps, req, res);
    } catch (err) {
      if (res.headersSent) return void res.destroy();
      if (sendDomainError(res, err)) return;
      next(err);
    }
  };
  router.get('/files/:resourceId', bearer(deps), download);
  router.get('/files/:resourceId/:language/:number', bearer(deps), download);
  return router;
}
