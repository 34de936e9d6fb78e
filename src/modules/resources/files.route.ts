import { pipeline } from 'node:stream/promises';
import { bearer, signedInOf } from '../../http/bearer';
import type { Readable } from 'node:stream';
import Busboy from 'busboy';
import { Router, type Request, type Response } from 'express';
import { Types } from 'mongoose';
import { readFile } from '../../db/file-storage';
import { BadUserInputError, ErrorCode } from '../../errors';
import { serviceContext, type AppDeps } from '../../app/context';
import { sendDomainError, sendError } from '../../http/http-errors';
import { canonicalLanguageTag } from '../organizations/reference/languages';
import type { Viewer } from '../../shared/access/roles';
import type { UserDoc } from '../users/user.model';
import { contentDisposition, RejectedFileError } from './file-checks';
import type { ResourceDoc, ResourceVersionDoc } from './resource.model';
import { addVersion, downloadUrl, editionsOf, pickEdition, prepareUpload, recordDownload } from './resource-files.service';
import { maySee, type Ctx } from './resources.service';
import { verifyLink } from './signed-links';

class FileTooLargeError extends Error {}
class UploadAbortedError extends Error {}

const OBJECT_ID = /^[0-9a-f]{24}$/;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/;
const NUMBER = /^[1-9][0-9]{0,6}$/;

/** The service context of a file request, once its viewer is known. */
const contextOf = (deps: AppDeps, req: Request, viewer: Viewer | null): Ctx =>
  serviceContext(deps, { id: String(req.id), logger: req.log, ip: req.ip ?? '', viewer });

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

type UploadedVersion = ResourceVersionDoc & { visibility: string };

/** Reads the multipart body with busboy: fields first, then one file streamed into GridFS. */
function receiveUpload(deps: AppDeps, ctx: Ctx, req: Request): Promise<UploadedVersion> {
  return new Promise<UploadedVersion>((resolve, reject) => {
    let busboy: Busboy.Busboy;
    try {
      busboy = Busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // busboy reports 'limit' on reaching fileSize, so one byte more: a file of exactly maxBytes passes.
        limits: { fileSize: deps.config.files.maxBytes + 1, files: 1, fields: 10, fieldSize: 1_000, fieldNameSize: 100, parts: 12 },
      });
    } catch {
      reject(new BadUserInputError('The upload is not valid multipart/form-data (boundary missing?).'));
      return;
    }
    const fields: Record<string, string> = {};
    let file: Promise<UploadedVersion> | undefined;
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      reject(err);
    };

    busboy.on('field', (name, value) => {
      if (name === 'resourceId' || name === 'language') fields[name] = value;
    });
    busboy.on('file', (name, stream: Readable & { truncated?: boolean }, info) => {
      // A body cut short makes busboy fail the part's stream, possibly while prepareUpload still
      // awaits the database and nothing reads it yet: unheard, that error crashed the process.
      // busboy's own 'error' answers the client; addVersion's pipeline still sees the failure.
      stream.on('error', () => undefined);
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      // A client that goes away mid-upload must not leave half a file: the stream fails, storeFile cleans up.
      const onClose = () => {
        if (!req.complete) stream.destroy(new UploadAbortedError('client went away'));
      };
      req.once('close', onClose);
      stream.once('limit', () => stream.destroy(new FileTooLargeError()));
      file = (async () => {
        const target = await prepareUpload(ctx, fields.resourceId, fields.language);
        const version = await addVersion(ctx, target, stream, { filename: info.filename ?? '', declaredType: info.mimeType ?? '' });
        return { ...version, visibility: target.resource.visibility };
      })();
      file.then(
        (version) => {
          req.off('close', onClose);
          if (settled) return;
          settled = true;
          resolve(version);
        },
        (err: unknown) => {
          req.off('close', onClose);
          fail(err);
        },
      );
    });
    busboy.on('error', () => {
      if (!req.complete && req.destroyed) return fail(new UploadAbortedError('client went away'));
      fail(new BadUserInputError('The upload is not valid multipart/form-data.'));
    });
    busboy.on('close', () => {
      if (!file) {
        fail(
          fields.resourceId
            ? new BadUserInputError('Send the file in a part named "file".', 'file')
            : new BadUserInputError('Send the resourceId field, then the file.', 'resourceId'),
        );
      }
    });
    req.pipe(busboy);
  });
}

interface ByteRange {
  start: number;
  end: number;
}

/** One `bytes=` range (RFC 9110): a range, `null` to send the whole file (absent, several or malformed), 'unsatisfiable'. */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (match[2] !== '' && Number(match[2]) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

const etagOf = (version: ResourceVersionDoc) => `"${version.sha256}"`;

function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

async function serveDownload(deps: AppDeps, req: Request, res: Response): Promise<void> {
  const { resourceId, language, number } = req.params as { resourceId: string; language?: string; number?: string };
  if (!OBJECT_ID.test(resourceId) || (language !== undefined && !LANGUAGE.test(language)) || (number !== undefined && !NUMBER.test(number))) {
    return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'Not a valid file address.');
  }
  const query = req.query as Record<string, unknown>;
  const signature = typeof query.sig === 'string' ? query.sig : undefined;
  let viewer: Viewer | null = null;
  let countFor: string | null = null;
  if (signature !== undefined) {
    // A signed link opens exactly one version until it expires; no token needed.
    const expires = Number(query.expires);
    const org = typeof query.org === 'string' ? query.org : '';
    const edition = language ? canonicalLanguageTag(language) : null;
    if (!edition || !number || !Number.isInteger(expires) || (org !== '' && !OBJECT_ID.test(org))) {
      return sendError(res, 403, ErrorCode.FORBIDDEN, 'This download link is not valid.', { reason: 'LINK_INVALID' });
    }
    if (!verifyLink(deps.config.files.linkSecret, { resourceId, language: edition, number: Number(number), expires, org }, signature)) {
      return sendError(res, 403, ErrorCode.FORBIDDEN, 'This download link is not valid.', { reason: 'LINK_INVALID' });
    }
    if (expires * 1000 <= deps.clock.now().getTime()) {
      return sendError(res, 403, ErrorCode.FORBIDDEN, 'This download link has expired; ask for a new one.', { reason: 'LINK_EXPIRED' });
    }
    countFor = org || null;
  } else {
    const signedIn = signedInOf(res);
    viewer = signedIn?.viewer ?? null;
    countFor = viewer?.organizationId ?? null;
  }

  const ctx = contextOf(deps, req, viewer);
  // The person's language picks the edition when the link names none.
  const user: UserDoc | null = viewer && !(language && number) ? await ctx.loaders.users.byId.load(viewer.userId) : null;
  const resource = await deps.database.models.Resource.findById(new Types.ObjectId(resourceId)).lean<ResourceDoc>();
  if (!resource || (signature === undefined && !(await maySee(ctx, resource)))) {
    return sendError(res, 404, ErrorCode.NOT_FOUND, 'File not found.');
  }
  const version = await pickVersion(deps, resource, user, language, number, query.lang);
  if (!version) return sendError(res, 404, ErrorCode.NOT_FOUND, 'File not found.');

  const etag = etagOf(version);
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', version.uploadedAt.toUTCString());
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Cache-Control', resource.visibility === 'PUBLIC' && signature === undefined ? 'public, max-age=300' : 'private, no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  if (noneMatch(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  // If-Range: resume only when the file is still the same one (same ETag); otherwise send it all.
  const ifRange = req.get('if-range');
  const rangeHeader = ifRange === undefined || ifRange.trim() === etag ? req.headers.range : undefined;
  const range = parseRange(rangeHeader, version.size);
  if (range === 'unsatisfiable') {
    res.setHeader('Content-Range', `bytes */${version.size}`);
    return sendError(res, 416, ErrorCode.BAD_USER_INPUT, 'The requested range is outside the file.', { size: version.size });
  }
  res.setHeader('Content-Type', version.contentType);
  res.setHeader('Content-Disposition', contentDisposition(version.filename));
  if (range) {
    res.status(206);
    res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${version.size}`);
    res.setHeader('Content-Length', String(range.end - range.start + 1));
  } else {
    res.status(200);
    res.setHeader('Content-Length', String(version.size));
  }
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // A download counts once, when it starts at byte 0: resuming a broken one is the same download.
  if (!range || range.start === 0) {
    await recordDownload(deps, { resourceId: resource._id, versionId: version._id, organizationId: countFor });
  }
  if (version.size === 0) {
    res.end();
    return;
  }
  await pipeline(readFile(deps.database.db, version.fileId, range ?? undefined), res);
}

async function pickVersion(
  deps: AppDeps,
  resource: ResourceDoc,
  user: UserDoc | null,
  language: string | undefined,
  number: string | undefined,
  lang: unknown,
): Promise<ResourceVersionDoc | null> {
  const { ResourceVersion } = deps.database.models;
  if (language && number) {
    const edition = canonicalLanguageTag(language);
    if (!edition) return null;
    return ResourceVersion.findById(`res:${String(resource._id)}:${edition}:v:${Number(number)}`).lean<ResourceVersionDoc>();
  }
  const versions = await ResourceVersion.find({ resourceId: resource._id }).sort({ number: -1 }).lean<ResourceVersionDoc[]>();
  const editions = editionsOf(resource, versions);
  const chosen = pickEdition(
    editions.map((e) => e.language),
    resource.languages,
    [typeof lang === 'string' ? lang : null, user?.language],
  );
  return editions.find((e) => e.language === chosen)?.versions[0] ?? null;
}
