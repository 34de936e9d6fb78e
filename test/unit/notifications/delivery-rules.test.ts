import { messageIdOf, retryDelayMs } from '../../../src/modules/notifications/delivery.service';

describe('delivery rules', () => {
  it('gives every attempt at one message the same Message-ID, on the public host, and other messages others', () => {
    const config = { publicUrl: 'https://exchange.example.org/portal' };
    const id = messageIdOf('REMINDER:abc:1', config);
    expect(id).toMatch(/^<[0-9a-f]{40}@exchange\.example\.org>$/);
    expect(messageIdOf('REMINDER:abc:1', config)).toBe(id);
    expect(messageIdOf('REMINDER:abc:2', config)).not.toBe(id);
    expect(messageIdOf('REMINDER:abc:1', { publicUrl: undefined })).toMatch(/^<[0-9a-f]{40}@localhost>$/);
  });

  it('waits 1, 2, 4 … minutes between attempts, never more than an hour', () => {
    expect([1, 2, 3, 4, 6, 7, 20].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000, 1_920_000, 3_600_000, 3_600_000]);
  });
});
