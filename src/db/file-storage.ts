import { createHash } from 'node:crypto';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GridFSBucket, type ObjectId, type Db } from 'mongodb';

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
  options: {
    filename: string;
    contentType?: string;
    metadata?: Record<string, unknown>;
    /** The id to store under (default: a new one); lets a caller record the upload before it starts. */
    fileId?: ObjectId;
    /** Checks the bytes pass through before they are stored (e.g. a content-type check); any may fail the upload. */
    through?: Transform[];
  },
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
  const uploadOptions = { metadata: { ...(options.contentType ? { contentType: options.contentType } : {}), ...options.metadata } };
  const upload = options.fileId
    ? bucket.openUploadStreamWithId(options.fileId, options.filename, uploadOptions)
    : bucket.openUploadStream(options.filename, uploadOptions);
  // A chunk insert that fails (the database went away mid-file) reaches the write callback below
  // and fails the pipeline; the stream also emits 'error', which unheard crashed the process.
  upload.on('error', () => undefined);
  // Writes go to GridFS one at a time and `pending` is the one in flight, so after a failure the
  // clean-up waits for it: a chunk insert finishing after the delete would stay behind.
  let pending: Promise<unknown> = Promise.resolve();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      pending = new Promise<void>((resolve) => {
        upload.write(chunk, (err) => {
          resolve();
          callback(err ?? null);
        });
      });
    },
    final(callback) {
      pending = new Promise<void>((resolve) => {
        let done = false;
        const finish = (err?: Error | null) => {
          if (done) return;
          done = true;
          resolve();
          callback(err ?? null);
        };
        upload.once('error', finish);
        upload.end(() => finish());
      });
    },
  });
  try {
    await pipeline([source, ...(options.through ?? []), measure, sink]);
  } catch (err) {
    // An aborted or refused upload leaves chunks behind; remove them so nothing half-written stays.
    await pending.catch(() => undefined);
    await bucket.delete(upload.id).catch(() => undefined);
    throw err;
  }
  return { fileId: upload.id, size, sha256: hash.digest('hex') };
}

/** Chunks per batch when reading: 4 x 255 KiB in memory at a time, whatever the file's size. */
const READ_BATCH_CHUNKS = 4;

/**
 * Streams bytes `start`..`end` inclusive (HTTP Range semantics), or the whole file. Reads the
 * chunks with a small cursor batch size: the driver's own download stream leaves the batch size
 * to the server, and FerretDB then answers with batches of many megabytes, which made the
 * server's memory grow with the file.
 */
export function readFile(db: Db, fileId: ObjectId, range?: { start: number; end: number }): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    const file = await db.collection<{ length: number; chunkSize: number }>(`${FILES_BUCKET}.files`).findOne({ _id: fileId });
    if (!file) throw new Error(`file ${String(fileId)} not found`);
    if (file.length === 0) return;
    const start = range?.start ?? 0;
    const end = Math.min(range?.end ?? file.length - 1, file.length - 1);
    if (start > end) return;
    const first = Math.floor(start / file.chunkSize);
    const last = Math.floor(end / file.chunkSize);
    const cursor = db
      .collection<{ files_id: ObjectId; n: number; data: { buffer: Uint8Array } }>(`${FILES_BUCKET}.chunks`)
      .find({ files_id: fileId, n: { $gte: first, $lte: last } }, { batchSize: READ_BATCH_CHUNKS })
      .sort({ n: 1 });
    try {
      let expected = first;
      for await (const chunk of cursor) {
        if (chunk.n !== expected) throw new Error(`file ${String(fileId)}: chunk ${expected} missing`);
        const offset = chunk.n * file.chunkSize;
        const bytes = Buffer.from(chunk.data.buffer.buffer, chunk.data.buffer.byteOffset, chunk.data.buffer.byteLength);
        const from = Math.max(0, start - offset);
        const to = Math.min(bytes.length, end - offset + 1);
        yield bytes.subarray(from, to);
        expected++;
      }
      if (expected !== last + 1) throw new Error(`file ${String(fileId)}: chunk ${expected} missing`);
    } finally {
      await cursor.close().catch(() => undefined);
    }
  }
  return Readable.from(chunks(), { objectMode: false, highWaterMark: 256 * 1024 });
}

export async function deleteFile(db: Db, fileId: ObjectId): Promise<void> {
  await filesBucket(db).delete(fileId);
}
