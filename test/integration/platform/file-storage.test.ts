import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { deleteFile, filesBucket, readFile, storeFile, type StoredFile } from '../../../src/db/file-storage';
import { useTestDatabase } from '../../helpers/database';

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Yields `bytes` in small pieces, as a network upload arrives. */
function slowSource(bytes: Buffer, piece = 64 * 1024): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += piece) yield bytes.subarray(i, i + piece);
    })(),
  );
}

// GridFS through the driver: a streamed upload and ranged reads across chunk boundaries.
describe('file storage (GridFS)', () => {
  const db = useTestDatabase();
  const bytes = randomBytes(1024 * 1024 + 12_345); // five chunks of 255 KiB, the last one partial
  let stored: StoredFile | undefined;

  it('stores a streamed upload with its size and SHA-256', async () => {
    const stored = await storeFile(db.current.db, slowSource(bytes), { filename: 'toolkit.pdf', contentType: 'application/pdf' });
    expect(stored.size).toBe(bytes.length);
    expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await collect(readFile(db.current.db, stored.fileId))).toEqual(bytes);

    const [info] = await filesBucket(db.current.db).find({ _id: stored.fileId }).toArray();
    expect(info?.length).toBe(bytes.length);
    expect(info?.metadata).toEqual({ contentType: 'application/pdf' });
  });

  it.each([
    ['the first byte', 0, 0],
    ['a range inside one chunk', 1000, 2000],
    ['a range across a chunk boundary', 255 * 1024 - 10, 255 * 1024 + 10],
    ['a range across several chunks', 100_000, 900_000],
    ['the last byte', bytes.length - 1, bytes.length - 1],
  ])('reads %s exactly', async (_name, start, end) => {
    stored ??= await storeFile(db.current.db, Readable.from([bytes]), { filename: 'r.bin', contentType: 'application/octet-stream' });
    const range = await collect(readFile(db.current.db, stored.fileId, { start, end }));
    expect(range).toEqual(bytes.subarray(start, end + 1));
  });

  it('leaves no chunks behind when an upload fails half-way', async () => {
    const failing = new Readable({
      read() {
        this.push(randomBytes(300 * 1024));
        this.destroy(new Error('connection reset'));
      },
    });
    const before = await db.current.db.collection('files.chunks').countDocuments({});
    await expect(storeFile(db.current.db, failing, { filename: 'broken.bin', contentType: 'application/octet-stream' })).rejects.toThrow('connection reset');
    expect(await db.current.db.collection('files.chunks').countDocuments({})).toBe(before);
  });

  it('deletes a file with its chunks', async () => {
    const stored = await storeFile(db.current.db, Readable.from([bytes]), { filename: 'd.bin', contentType: 'application/octet-stream' });
    await deleteFile(db.current.db, stored.fileId);
    expect(await db.current.db.collection('files.chunks').countDocuments({ files_id: stored.fileId })).toBe(0);
  });
});
