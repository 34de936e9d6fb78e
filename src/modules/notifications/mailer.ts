import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config';
import type { Logger } from '../../logger';

export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /** The same for every attempt at one notification, so mail clients fold a rare duplicate. */
  messageId: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string; contentType: string }[];
}

export interface Mailer {
  /** False when messages are only logged (no SMTP_URL): nothing reaches a mailbox. */
  readonly delivers: boolean;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Email through SMTP (SMTP_URL, pooled connections). Without SMTP_URL, outside production,
 * messages are logged instead of sent: kind of message and size only, never the address or text.
 */
export function createMailer(config: Config, logger: Logger): Mailer {
  const { smtpUrl, mailFrom } = config.notifications;
  if (!smtpUrl) {
    return {
      delivers: false,
      async send(mail) {
        logger.info({ messageId: mail.messageId, bytes: mail.text.length, attachments: mail.attachments?.length ?? 0 }, 'email not sent: SMTP_URL is not set');
      },
      close() {},
    };
  }
  let transport: Transporter | undefined;
  const transporter = () =>
    (transport ??= nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: 4,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    } as Parameters<typeof nodemailer.createTransport>[0]));
  return {
    delivers: true,
    async send(mail) {
      await transporter().sendMail({
        from: mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: mail.headers,
        attachments: mail.attachments,
      });
    },
    close() {
      transport?.close();
      transport = undefined;
    },
  };
}

/** An SMTP failure described without addresses or message text: safe to store and show. */
export function describeSendError(err: unknown): string {
  const e = err as { code?: unknown; responseCode?: unknown; command?: unknown; message?: unknown };
  const parts = [
    typeof e.code === 'string' ? e.code : null,
    typeof e.responseCode === 'number' ? `SMTP ${e.responseCode}` : null,
    typeof e.command === 'string' ? `during ${e.command}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'sending failed';
}
