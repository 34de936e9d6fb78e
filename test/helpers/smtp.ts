import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** Answer every message with this SMTP error until cleared (null). */
  failWith(code: number | null): void;
  /** Hold messages after the first `accepted` ones since the sink started (for killing a sender mid-batch). */
  holdAfter(accepted: number | null): void;
  /** Messages held unanswered right now. */
  heldCount(): number;
  /** Stops holding and accepts the held messages (the senders' conversations complete). */
  releaseHeld(): void;
  /** How many messages carry each Message-ID. */
  countsByMessageId(): Map<string, number>;
  close(): Promise<void>;
}

/** A real SMTP server in the test process; messages are parsed back with mailparser. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  let failure: number | null = null;
  let holdAfterCount: number | null = null;
  /** Decided at once (parsing is asynchronous): how many messages were accepted or are being. */
  let accepting = 0;
  const held: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failure !== null) {
          const err = Object.assign(new Error('Mailbox unavailable, try later'), { responseCode: failure });
          callback(err);
          return;
        }
        const accept = () => {
          simpleParser(Buffer.concat(chunks))
            .then((parsed) => {
              messages.push(parsed);
              callback();
            })
            .catch((err: Error) => callback(err));
        };
        const take = () => {
          accepting++;
          accept();
        };
        if (holdAfterCount !== null && accepting >= holdAfterCount) {
          held.push(take); // unanswered until released: the sender hangs
          return;
        }
        take();
      });
    },
  });
  // A sender killed mid-conversation (the worker-restart test does it) resets its connection:
  // smtp-server reports that as an 'error' event, which must not fail the test process.
  server.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'ECONNRESET' && err.code !== 'EPIPE') throw err;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    failWith: (code) => (failure = code),
    holdAfter: (count) => (holdAfterCount = count),
    heldCount: () => held.length,
    releaseHeld() {
      holdAfterCount = null;
      for (const take of held.splice(0)) take();
    },
    countsByMessageId() {
      const counts = new Map<string, number>();
      for (const m of messages) counts.set(m.messageId ?? '', (counts.get(m.messageId ?? '') ?? 0) + 1);
      return counts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A header's value as sent (mailparser turns some, like List-Unsubscribe, into objects). */
export function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n\s+/g, ' ')
    .trim();
}
