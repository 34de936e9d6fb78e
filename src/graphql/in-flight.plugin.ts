import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Counts GraphQL operations still executing. Shutdown waits for them before closing the database:
 * an operation whose client hung up keeps running after its connection is gone, so draining
 * the HTTP server alone does not cover it.
 */
export class InFlightOperations {
  private count = 0;
  private idle: (() => void)[] = [];

  readonly plugin: ApolloServerPlugin = {
    requestDidStart: async () => {
      this.count++;
      let done = false;
      const finish = async () => {
        if (done) return;
        done = true;
        this.count--;
        if (this.count === 0) for (const resolve of this.idle.splice(0)) resolve();
      };
      return { willSendResponse: finish };
    },
  };

  get size(): number {
    return this.count;
  }

  /** Resolves when no operation runs, or after `timeoutMs`. */
  async settled(timeoutMs: number): Promise<void> {
    if (this.count === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
