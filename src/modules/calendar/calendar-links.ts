import { publicBaseUrl } from '../../http/public-url';
import type { Config } from '../../config';

/** The address feeds and their events link to (PUBLIC_URL, or the local listening address). */
export { publicBaseUrl };

export interface FeedLink {
  name: string;
  https: string;
  webcal: string;
}

export function feedLink(config: Pick<Config, 'publicUrl' | 'port'>, path: string, name: string): FeedLink {
  const https = `${publicBaseUrl(config)}${path}`;
  return { name, https, webcal: https.replace(/^https?:/, 'webcal:') };
}
