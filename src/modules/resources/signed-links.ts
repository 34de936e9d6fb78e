import { createHmac } from 'node:crypto';
import { sameSignature } from '../../shared/signatures';

/**
 * Short-lived download links for browsers and emails (no bearer token there): an HMAC-SHA256 over
 * the resource, edition, version number, expiry and the organisation the download is counted
 * for, keyed by LINK_SIGNING_SECRET. Anything changed in the link breaks the signature.
 */
export interface LinkTarget {
  resourceId: string;
  language: string;
  number: number;
  /** Unix seconds. */
  expires: number;
  /** The organisation of the person the link was made for ('' for none). */
  org: string;
}

const payload = (t: LinkTarget) => ['v1', t.resourceId, t.language, t.number, t.expires, t.org].join('\n');

export function signLink(secret: string, target: LinkTarget): string {
  return createHmac('sha256', secret).update(payload(target)).digest('base64url');
}

export function verifyLink(secret: string, target: LinkTarget, signature: string): boolean {
  return sameSignature(signLink(secret, target), signature);
}

export function filePath(resourceId: string, language: string, number: number): string {
  return `/files/${resourceId}/${encodeURIComponent(language)}/${number}`;
}

/** The path and query of a signed link. */
export function signedFilePath(secret: string, target: LinkTarget): string {
  const query = new URLSearchParams({ expires: String(target.expires), ...(target.org ? { org: target.org } : {}), sig: signLink(secret, target) });
  return `${filePath(target.resourceId, target.language, target.number)}?${query.toString()}`;
}
