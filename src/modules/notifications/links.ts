import { createHmac } from 'node:crypto';
import { sameSignature } from '../../shared/signatures';
import type { Config } from '../../config';
import { publicBaseUrl } from '../../http/public-url';
import type { OptionalCategory } from './notification.model';

/** The portal's pages (hash routes, so the server never mistakes them for API paths). */
export const workshopPageUrl = (config: Config, workshopId: string) => `${publicBaseUrl(config)}/#/workshops/${workshopId}`;

export const manageNotificationsUrl = (config: Config) => `${publicBaseUrl(config)}/#/notifications`;

const signature = (config: Config, key: string, category: OptionalCategory) =>
  createHmac('sha256', config.notifications.linkSigningSecret).update(`unsubscribe:${key}:${category}`).digest('base64url');

/** A link that turns one optional category off for one person, without signing in (List-Unsubscribe). */
export function unsubscribeUrl(config: Config, key: string, category: OptionalCategory): string {
  const query = new URLSearchParams({ r: key, c: category, s: signature(config, key, category) });
  return `${publicBaseUrl(config)}/notifications/unsubscribe?${query.toString()}`;
}

export function verifyUnsubscribe(config: Config, key: string, category: string, given: string): category is OptionalCategory {
  if (category !== 'reminders' && category !== 'digests') return false;
  return sameSignature(signature(config, key, category), given);
}
