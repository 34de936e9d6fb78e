import { randomBytes } from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';
import type { Database } from '../../../src/db/database';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';

export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=', 'base64');

/** Bytes that file-type recognises as a PDF, `size` long. */
export function pdfBytes(size: number): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, randomBytes(Math.max(0, size - head.length - tail.length)), tail]).subarray(0, Math.max(size, head.length + tail.length));
}

const CREATE = operation(`mutation ResourceFixturesCreate($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }`);

export async function createResource(url: string, token: string, input: Record<string, unknown> = {}): Promise<string> {
  const response = await graphql(
    url,
    CREATE,
    { input: { title: `Toolkit ${randomBytes(3).toString('hex')}`, kind: 'TOOLKIT', visibility: 'NETWORK', languages: ['en'], ...input } },
    { token },
  );
  if (!response.data?.createResource) throw new Error(`createResource failed: ${JSON.stringify(response.errors)}`);
  return response.data.createResource.resource.id;
}

export interface UploadAnswer {
  status: number;
  body: {
    version?: { number: number; filename: string; contentType: string; size: number; sha256: string; downloadUrl: string };
    errors?: { message: string; extensions: { code: string; reason?: string; field?: string } }[];
  };
}

/** A browser-like multipart upload: resourceId (and language) first, then the file. */
export async function upload(
  url: string,
  token: string | undefined,
  resourceId: string,
  bytes: Buffer,
  filename: string,
  options: { type?: string; language?: string } = {},
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('resourceId', resourceId);
  if (options.language) form.append('language', options.language);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: options.type ?? 'application/octet-stream' }), filename);
  const response = await fetch(`${url}/files`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

/** Counts GridFS documents and upload claims: a refused or broken upload must leave none behind. */
export async function storedFileCounts(database: Database): Promise<{ files: number; chunks: number; uploadClaims: number }> {
  return {
    files: await database.db.collection('files.files').countDocuments({}),
    chunks: await database.db.collection('files.chunks').countDocuments({}),
    uploadClaims: await database.db.collection('claims').countDocuments({ kind: 'resources.upload' }),
  };
}

/**
 * Starts a multipart upload of `declaredSize` bytes over a raw socket, sends `sendBytes` of it,
 * then cuts the connection, as a phone losing its signal does.
 */
export async function abortedUpload(url: string, token: string, resourceId: string, sendBytes: number): Promise<void> {
  const boundary = `----abort${randomBytes(6).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="resourceId"\r\n\r\n${resourceId}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const target = new URL(`${url}/files`);
  await new Promise<void>((resolve) => {
    const request = http.request({
      host: target.hostname,
      port: target.port,
      path: '/files',
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + sendBytes * 4),
      },
    });
    request.on('error', () => resolve());
    request.on('close', () => resolve());
    request.write(head);
    const body = pdfBytes(sendBytes);
    let sent = 0;
    const piece = 64 * 1024;
    const writeMore = () => {
      while (sent < body.length) {
        const next = body.subarray(sent, sent + piece);
        sent += next.length;
        if (!request.write(next)) return void request.once('drain', writeMore);
      }
      // Give the server a moment to store some chunks, then vanish.
      setTimeout(() => request.destroy(), 300);
    };
    writeMore();
  });
}

/** A zip archive with the given entries, stored uncompressed (enough for file-type to read it). */
export function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content);
    const fileName = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A minimal Word document as file-type sees one. */
export const DOCX = zipOf({
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
});
