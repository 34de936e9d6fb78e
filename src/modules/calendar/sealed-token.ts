import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * A private feed's token kept so its owner can see the link again while signed in, without the
 * database alone being enough to use it: AES-256-GCM under a key derived from the link-signing
 * secret, bound to the person and the feed (a sealed value copied to another row does not open).
 * Outside production the secret may be per process; a link sealed before a restart then no
 * longer opens, and the owner is shown when it was issued instead (rotate for a new one).
 */
const keyOf = (secret: string) => createHmac('sha256', secret).update('calendar-token-seal').digest();

export function sealToken(secret: string, token: string, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  cipher.setAAD(Buffer.from(boundTo));
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

/** The token, or null when the value was sealed under another secret, for another row, or altered. */
export function openToken(secret: string, value: string, boundTo: string): string | null {
  const [iv, tag, sealed] = value.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !sealed || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), iv);
    decipher.setAAD(Buffer.from(boundTo));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
