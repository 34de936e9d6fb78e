import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GridFSBucket, ObjectId, type Db } from 'mongodb';

/**
 * File bytes live in the database (GridFS) so a database backup is a backup of the library.
 * Both directions stream: no whole file is ever held in memory.
 */
export const FILES_BUCKET = 'files';

export function filesBucket(db: Db): GridFSBucket {
  return new GridFSBucket(db, { bucketName: FILES_BUCKET, chunkSizeBytes: 255 * 1024 });
}

export interface StoredFile {
  fileId: ObjectId;
  size: number;
  sha256: string;
}

export async function storeFile(
  db: Db,
  source: Readable,
  options: { filename: string; contentType: string; metadata?: Record<string, unknown> },
): Promise<StoredFile> {
  const bucket = filesBucket(db);
  const hash = createHash('sha256');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  const upload = bucket.openUploadStream(options.filename, {
    metadata: { contentType: options.contentType, ...options.metadata },
  });
  try {
    await pipeline(source, measure, upload);
  } catch (err) {
    // An aborted upload leaves chunks behind; remove them so nothing half-written stays.
    await bucket.delete(upload.id).catch(() => undefined);
    throw err;
  }
  return { fileId: upload.id, size, sha256: hash.digest('hex') };
}

/** Streams bytes `start`..`end` inclusive (HTTP Range semantics), or the whole file. */
export function readFile(db: Db, fileId: ObjectId, range?: { start: number; end: number }): Readable {
  return filesBucket(db).openDownloadStream(
    fileId,
    range ? { start: range.start, end: range.end + 1 } : undefined,
  );
}

export async function deleteFile(db: Db, fileId: ObjectId): Promise<void> {
  await filesBucket(db).delete(fileId);
}
