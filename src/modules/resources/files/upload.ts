import type { Readable } from 'node:stream';
import Busboy from 'busboy';
import type { Request } from 'express';
import type { AppDeps } from '../../../app/context';
import { BadUserInputError } from '../../../shared/errors';
import type { ResourceVersionDoc } from '../resource.model';
import { addVersion, prepareUpload } from '../resource-files.service';
import type { Ctx } from '../resources.service';

export class FileTooLargeError extends Error {}
export class UploadAbortedError extends Error {}

export type UploadedVersion = ResourceVersionDoc & { visibility: string };

/** Reads the multipart body with busboy: fields first, then one file streamed into GridFS. */
export function receiveUpload(deps: AppDeps, ctx: Ctx, req: Request): Promise<UploadedVersion> {
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
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
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
      file = storePart(ctx, req, stream, { ...fields, filename: info.filename ?? '', declaredType: info.mimeType ?? '' });
      file.then(
        (version) => settle(() => resolve(version)),
        (err: unknown) => settle(() => reject(err)),
      );
    });
    busboy.on('error', () => {
      const aborted = !req.complete && req.destroyed;
      settle(() => reject(aborted ? new UploadAbortedError('client went away') : new BadUserInputError('The upload is not valid multipart/form-data.')));
    });
    busboy.on('close', () => {
      if (file) return;
      const missing = fields.resourceId
        ? new BadUserInputError('Send the file in a part named "file".', 'file')
        : new BadUserInputError('Send the resourceId field, then the file.', 'resourceId');
      settle(() => reject(missing));
    });
    req.pipe(busboy);
  });
}

/** The file part into storage, as a new version of the resource the fields name. */
async function storePart(
  ctx: Ctx,
  req: Request,
  stream: Readable,
  part: { resourceId?: string; language?: string; filename: string; declaredType: string },
): Promise<UploadedVersion> {
  // A client that goes away mid-upload must not leave half a file: the stream fails, storeFile cleans up.
  const onClose = () => {
    if (!req.complete) stream.destroy(new UploadAbortedError('client went away'));
  };
  req.once('close', onClose);
  stream.once('limit', () => stream.destroy(new FileTooLargeError()));
  try {
    const target = await prepareUpload(ctx, part.resourceId, part.language);
    const version = await addVersion(ctx, target, stream, { filename: part.filename, declaredType: part.declaredType });
    return { ...version, visibility: target.resource.visibility };
  } finally {
    req.off('close', onClose);
  }
}
