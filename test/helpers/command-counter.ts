import type { CommandStartedEvent, MongoClient } from 'mongodb';

/**
 * Counts the database commands issued while `work` runs, through the driver's command monitoring.
 * Use it around one request at a time to prove a page's command count does not grow with its size.
 */
export async function countCommands<T>(client: MongoClient, work: () => Promise<T>): Promise<{ result: T; count: number; commands: string[] }> {
  // Without monitoring no event fires and every count would be 0: a test that could not fail.
  if (!client.options.monitorCommands)
    throw new Error('countCommands needs a client connected with monitorCommands (connectDatabase({ monitorCommands: true }))');
  const commands: string[] = [];
  const listener = (event: CommandStartedEvent) => {
    // Session cleanup is the driver's housekeeping, not the request's work.
    if (event.commandName !== 'endSessions') commands.push(`${event.commandName} ${collectionOf(event)}`.trim());
  };
  client.on('commandStarted', listener);
  try {
    const result = await work();
    return { result, count: commands.length, commands };
  } finally {
    client.off('commandStarted', listener);
  }
}

function collectionOf(event: CommandStartedEvent): string {
  const target = (event.command as Record<string, unknown>)[event.commandName];
  return typeof target === 'string' ? target : '';
}
