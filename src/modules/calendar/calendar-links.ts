import { publicBaseUrl } from '../../http/public-url';
import type { Config } from '../../config';

export interface FeedLink {
  name: string;
  https: string;
  webcal: string;
}

export function feedLink(config: Pick<Config, 'publicUrl' | 'port'>, path: string, name: string): FeedLink {
  const https = `${publicBaseUrl(config)}${path}`;
  return { name, https, webcal: https.replace(/^https?:/, 'webcal:') };
}
