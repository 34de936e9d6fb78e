import { Transform, type TransformCallback } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';

/**
 * What `POST /files` accepts, decided from the file's real bytes (magic numbers, `file-type`), never
 * from what the client says. The file name's extension and the part's Content-Type must agree
 * with the bytes, else the upload is refused as mislabelled.
 *
 * Text (CSV, plain text, Markdown) has no magic number: a file with no recognised signature is
 * accepted only when its name ends in .csv, .txt or .md and every byte is UTF-8 without NUL or
 * other control characters (tab, CR, LF and form feed allowed), checked over the whole stream.
 * Legacy Office files (.doc, .xls, .ppt) are refused: their container (CFB) is also used by
 * installers and cannot be told apart by its signature.
 */
const ALLOWED: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow': ['ppsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'audio/mpeg': ['mp3'],
  'audio/mp4': ['m4a', 'mp4'],
  'audio/x-m4a': ['m4a'],
  'audio/aac': ['aac'],
  'audio/ogg': ['ogg', 'oga'],
  'audio/ogg; codecs=opus': ['opus', 'ogg'],
  'audio/wav': ['wav'],
  'audio/flac': ['flac'],
  'video/mp4': ['mp4', 'm4v'],
  'video/x-m4v': ['m4v', 'mp4'],
  'video/webm': ['webm'],
  'video/quicktime': ['mov'],
  'video/ogg': ['ogv', 'ogg'],
  'application/zip': ['zip'],
};

const TEXT_TYPES: Record<string, string> = { csv: 'text/csv', txt: 'text/plain', md: 'text/markdown' };

/** Bytes read before deciding: enough for every signature above (OOXML names its parts early). */
export const SAMPLE_BYTES = 64 * 1024;

export type FileRejection = 'UNSUPPORTED_FILE_TYPE' | 'CONTENT_TYPE_MISMATCH';

export class RejectedFileError extends Error {
  constructor(
    readonly reason: FileRejection,
    message: string,
  ) {
    super(message);
    this.name = 'RejectedFileError';
  }
}

export const extensionOf = (filename: string) => {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
};

/** Client labels that say nothing: browsers send these for unknown files. */
const VAGUE_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/x-unknown']);

/** The stored content type for a file, or a RejectedFileError. */
export async function decideType(sample: Buffer, filename: string, declared: string): Promise<string> {
  const detected = sample.length > 0 ? await fileTypeFromBuffer(sample) : undefined;
  const ext = extensionOf(filename);
  const label = declared.split(';')[0]!.trim().toLowerCase();
  if (detected) {
    const extensions = ALLOWED[detected.mime];
    if (!extensions) throw new RejectedFileError('UNSUPPORTED_FILE_TYPE', `Files of this type (${detected.ext}) are not accepted.`);
    if (!extensions.includes(ext)) {
      throw new RejectedFileError(
        'CONTENT_TYPE_MISMATCH',
        `The file's content is ${detected.ext}, but its name ends in "${ext ? `.${ext}` : '(no extension)'}".`,
      );
    }
    const base = detected.mime.split(';')[0]!;
    if (!VAGUE_TYPES.has(label) && label !== base && !(label.split('/')[0] === base.split('/')[0] && ['audio', 'video'].includes(label.split('/')[0]!))) {
      throw new RejectedFileError('CONTENT_TYPE_MISMATCH', `The file was sent as ${label}, but its content is ${detected.ext}.`);
    }
    return detected.mime;
  }
  const textType = TEXT_TYPES[ext];
  if (!textType) throw new RejectedFileError('UNSUPPORTED_FILE_TYPE', 'The file type could not be recognised from its content; it is not accepted.');
  if (!VAGUE_TYPES.has(label) && !label.startsWith('text/')) {
    throw new RejectedFileError('CONTENT_TYPE_MISMATCH', `The file was sent as ${label}, but its content is not.`);
  }
  return `${textType}; charset=utf-8`;
}

// NUL and the C0 controls other than tab, LF, form feed and CR; DEL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control bytes are exactly what this looks for
const BINARY_BYTE = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

/**
 * Holds the first SAMPLE_BYTES (or the whole file when smaller), decides the type from them, then
 * passes every byte through; text files are checked as they stream. `onType` gets the decision
 * before any byte goes on, so nothing is stored for a refused file.
 */
export class TypeCheck extends Transform {
  private sample: Buffer[] = [];
  private sampled = 0;
  private decided = false;
  private text = false;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private readonly filename: string,
    private readonly declared: string,
    private readonly onType: (contentType: string) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.decided) {
      callback(this.checkText(chunk, false), chunk);
      return;
    }
    this.sample.push(chunk);
    this.sampled += chunk.length;
    if (this.sampled < SAMPLE_BYTES) {
      callback();
      return;
    }
    this.decide().then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    const finish = () => callback(this.text ? this.checkText(Buffer.alloc(0), true) : null);
    if (this.decided) {
      finish();
      return;
    }
    this.decide().then(finish, callback);
  }

  private async decide(): Promise<void> {
    const buffered = Buffer.concat(this.sample);
    this.sample = [];
    const contentType = await decideType(buffered, this.filename, this.declared);
    this.decided = true;
    this.text = contentType.startsWith('text/');
    const problem = this.checkText(buffered, false);
    if (problem) throw problem;
    this.onType(contentType);
    if (buffered.length > 0) this.push(buffered);
  }

  private checkText(chunk: Buffer, end: boolean): Error | null {
    if (!this.text) return null;
    try {
      const decoded = this.decoder.decode(chunk, { stream: !end });
      if (BINARY_BYTE.test(decoded)) throw new Error('control character');
      return null;
    } catch {
      return new RejectedFileError('CONTENT_TYPE_MISMATCH', 'The file is named as text but is not UTF-8 text.');
    }
  }
}

const MAX_NAME_CHARS = 150;

/**
 * A file name safe to store and to send back: no directories (either slash), no control, format
 * or bidi-override characters (a name like "cod\u202Efdp.exe" reads as "codexe.pdf"), no
 * characters Windows refuses, at most 150 characters with the extension kept.
 */
export function sanitizeFilename(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const chars = [...name];
  if (chars.length > MAX_NAME_CHARS) {
    const ext = extensionOf(name);
    const keep = ext && ext.length <= 10 ? `.${ext}` : '';
    name =
      chars
        .slice(0, MAX_NAME_CHARS - keep.length)
        .join('')
        .trimEnd() + keep;
  }
  return name || 'file';
}

/** `Content-Disposition: attachment` with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 5987). */
export function contentDisposition(filename: string): string {
  const fallback =
    filename
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\%]/g, '_') || 'file';
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
