import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import type { AppDeps } from '../../../app/context';
import { readFile } from '../../../db/file-storage';
import { ErrorCode } from '../../../shared/errors';
import { signedInOf } from '../../../http/bearer';
import { sendError } from '../../../http/http-errors';
import type { Viewer } from '../../../shared/access/roles';
import { canonicalLanguageTag } from '../../organizations/reference/languages';
import type { UserDoc } from '../../users/user.model';
import { contentDisposition } from '../file-checks';
import type { ResourceDoc, ResourceVersionDoc } from '../resource.model';
import { editionsOf, pickEdition, recordDownload } from '../resource-files.service';
import { maySee, type Ctx } from '../resources.service';
import { verifyLink } from '../signed-links';
import { parseRange } from './byte-range';
import { contextOf } from './file-context';

const OBJECT_ID = /^[0-9a-f]{24}$/;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/;
const NUMBER = /^[1-9][0-9]{0,6}$/;

interface FileAddress {
  resourceId: string;
  language?: string;
  number?: string;
}

/** Who downloads: a signed link's holder (no token, counted for the link's group), or the bearer of the request. */
type Downloader = { viewer: Viewer | null; countFor: string | null; signed: boolean };

/** `GET`/`HEAD /files/:resourceId[/:language/:number]`: one version's bytes, whole or a range. */
export async function serveDownload(deps: AppDeps, req: Request, res: Response): Promise<void> {
  const address = req.params as unknown as FileAddress;
  const { resourceId, language, number } = address;
  if (!OBJECT_ID.test(resourceId) || (language !== undefined && !LANGUAGE.test(language)) || (number !== undefined && !NUMBER.test(number))) {
    return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'Not a valid file address.');
  }
  const query = req.query as Record<string, unknown>;
  const downloader = downloaderOf(deps, res, address, query);
  if (!downloader) return;
  const ctx = contextOf(deps, req, downloader.viewer);
  // The person's language picks the edition when the link names none.
  const user: UserDoc | null = downloader.viewer && !(language && number) ? await ctx.loaders.users.byId.load(downloader.viewer.userId) : null;
  const resource = await ctx.loaders.resources.byId.load(resourceId);
  if (!resource || (!downloader.signed && !(await maySee(ctx, resource)))) {
    return sendError(res, 404, ErrorCode.NOT_FOUND, 'File not found.');
  }
  const version = await pickVersion(ctx, resource, user, address, query.lang);
  if (!version) return sendError(res, 404, ErrorCode.NOT_FOUND, 'File not found.');
  await sendVersion(deps, req, res, { resource, version, downloader });
}

/** The downloader, or null once a refused signed link is answered (403). */
function downloaderOf(deps: AppDeps, res: Response, address: FileAddress, query: Record<string, unknown>): Downloader | null {
  if (typeof query.sig !== 'string') {
    const viewer = signedInOf(res)?.viewer ?? null;
    return { viewer, countFor: viewer?.organizationId ?? null, signed: false };
  }
  // A signed link opens exactly one version until it expires; no token needed.
  const expires = Number(query.expires);
  const org = typeof query.org === 'string' ? query.org : '';
  const edition = address.language ? canonicalLanguageTag(address.language) : null;
  const invalid = () => sendError(res, 403, ErrorCode.FORBIDDEN, 'This download link is not valid.', { reason: 'LINK_INVALID' });
  if (!edition || !address.number || !Number.isInteger(expires) || (org !== '' && !OBJECT_ID.test(org))) {
    invalid();
    return null;
  }
  const target = { resourceId: address.resourceId, language: edition, number: Number(address.number), expires, org };
  if (!verifyLink(deps.config.files.linkSecret, target, query.sig)) {
    invalid();
    return null;
  }
  if (expires * 1000 <= deps.clock.now().getTime()) {
    sendError(res, 403, ErrorCode.FORBIDDEN, 'This download link has expired; ask for a new one.', { reason: 'LINK_EXPIRED' });
    return null;
  }
  return { viewer: null, countFor: org || null, signed: true };
}

/** The version the address names, or the latest of the edition in the reader's language. */
async function pickVersion(ctx: Ctx, resource: ResourceDoc, user: UserDoc | null, address: FileAddress, lang: unknown): Promise<ResourceVersionDoc | null> {
  if (address.language && address.number) {
    const edition = canonicalLanguageTag(address.language);
    if (!edition) return null;
    return ctx.database.models.ResourceVersion.findById(`res:${String(resource._id)}:${edition}:v:${Number(address.number)}`).lean<ResourceVersionDoc>();
  }
  const versions = await ctx.loaders.resources.versionsOf.load(String(resource._id));
  const editions = editionsOf(resource, versions);
  const chosen = pickEdition(
    editions.map((e) => e.language),
    resource.languages,
    [typeof lang === 'string' ? lang : null, user?.language],
  );
  return editions.find((e) => e.language === chosen)?.versions[0] ?? null;
}

const etagOf = (version: ResourceVersionDoc) => `"${version.sha256}"`;

function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** The bytes with their validators: 304 when the client has them, 206 for a range, streamed from storage. */
async function sendVersion(
  deps: AppDeps,
  req: Request,
  res: Response,
  { resource, version, downloader }: { resource: ResourceDoc; version: ResourceVersionDoc; downloader: Downloader },
): Promise<void> {
  const etag = etagOf(version);
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', version.uploadedAt.toUTCString());
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Cache-Control', resource.visibility === 'PUBLIC' && !downloader.signed ? 'public, max-age=300' : 'private, no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  if (noneMatch(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  // If-Range: resume only when the file is still the same one (same ETag); otherwise send it all.
  const ifRange = req.get('if-range');
  const range = parseRange(ifRange === undefined || ifRange.trim() === etag ? req.headers.range : undefined, version.size);
  if (range === 'unsatisfiable') {
    res.setHeader('Content-Range', `bytes */${version.size}`);
    return sendError(res, 416, ErrorCode.BAD_USER_INPUT, 'The requested range is outside the file.', { size: version.size });
  }
  res.setHeader('Content-Type', version.contentType);
  res.setHeader('Content-Disposition', contentDisposition(version.filename));
  res.status(range ? 206 : 200);
  if (range) res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${version.size}`);
  res.setHeader('Content-Length', String(range ? range.end - range.start + 1 : version.size));
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // A download counts once, when it starts at byte 0: resuming a broken one is the same download.
  if (!range || range.start === 0) {
    await recordDownload(deps, { resourceId: resource._id, versionId: version._id, organizationId: downloader.countFor });
  }
  if (version.size === 0) {
    res.end();
    return;
  }
  await pipeline(readFile(deps.database.db, version.fileId, range ?? undefined), res);
}
