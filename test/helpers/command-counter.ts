import type { CommandStartedEvent, MongoClient } from 'mongodb';

/**
 * Counts the database commands issued while `work` runs, through the driver's command monitoring.
 * Use it around one request at a time to prove a page's command count does not grow with its size.
 */
export interface SeenCommand {
  name: string;
  collection: string;
  /** The command's filter (find, findAndModify, count, delete and update's first statement), if it has one. */
  filter?: Record<string, unknown>;
}

export async function countCommands<T>(
  client: MongoClient,
  work: () => Promise<T>,
): Promise<{ result: T; count: number; commands: string[]; seen: SeenCommand[] }> {
  // Without monitoring no event fires and every count would be 0: a test that could not fail.
  if (!client.options.monitorCommands)
    throw new Error('countCommands needs a client connected with monitorCommands (connectDatabase({ monitorCommands: true }))');
  const commands: string[] = [];
  const seen: SeenCommand[] = [];
  const listener = (event: CommandStartedEvent) => {
    // Session cleanup is the driver's housekeeping, not the request's work.
    if (event.commandName === 'endSessions') return;
    commands.push(`${event.commandName} ${collectionOf(event)}`.trim());
    seen.push({ name: event.commandName, collection: collectionOf(event), filter: filterOf(event) });
  };
  client.on('commandStarted', listener);
  try {
    const result = await work();
    return { result, count: commands.length, commands, seen };
  } finally {
    client.off('commandStarted', listener);
  }
}

function collectionOf(event: CommandStartedEvent): string {
  const target = (event.command as Record<string, unknown>)[event.commandName];
  return typeof target === 'string' ? target : '';
}

function filterOf(event: CommandStartedEvent): Record<string, unknown> | undefined {
  const command = event.command as { filter?: unknown; query?: unknown; updates?: { q?: unknown }[]; deletes?: { q?: unknown }[] };
  const filter = command.filter ?? command.query ?? command.updates?.[0]?.q ?? command.deletes?.[0]?.q;
  return filter && typeof filter === 'object' ? (filter as Record<string, unknown>) : undefined;
}
