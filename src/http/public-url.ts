import type { Config } from '../config';

/** Where people reach the service: links in emails, calendar feeds and invitations start here. */
export function publicBaseUrl(config: Pick<Config, 'publicUrl' | 'port'>): string {
  return config.publicUrl ?? `http://localhost:${config.port}`;
}
