import { DomainEvents } from '../../src/events/domain-events';
import { createLogger } from '../../src/logger';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('DomainEvents.drain', () => {
  it('waits for running subscribers, and for those they start meanwhile', async () => {
    const events = new DomainEvents(createLogger('silent'));
    const done: string[] = [];
    events.on('workshop.published', async ({ workshopId }) => {
      await tick(30);
      done.push(`published ${workshopId}`);
      events.emit('workshop.completed', { workshopId, sequence: 1 });
    });
    events.on('workshop.completed', async ({ workshopId }) => {
      await tick(30);
      done.push(`completed ${workshopId}`);
    });
    events.emit('workshop.published', { workshopId: 'w1', sequence: 0 });
    expect(events.busy).toBe(true);
    await events.drain();
    expect(done).toEqual(['published w1', 'completed w1']);
    expect(events.busy).toBe(false);
  });

  it('resolves at once when nothing runs, and after a failing subscriber', async () => {
    const events = new DomainEvents(createLogger('silent'));
    await expect(events.drain()).resolves.toBeUndefined();
    events.on('workshop.published', () => Promise.reject(new Error('mail server away')));
    events.emit('workshop.published', { workshopId: 'w2', sequence: 0 });
    await expect(events.drain()).resolves.toBeUndefined();
    expect(events.busy).toBe(false);
  });
});
