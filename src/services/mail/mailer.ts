import nodemailer, { type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: Array<{ filename: string; content: Buffer; contentType?: string }>;
}

export interface MailResult {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

/** Sends e-mail; `null` when no SMTP server is configured (in-app notifications still work). */
export interface Mailer {
  send(message: MailMessage): Promise<MailResult>;
  close(): void;
}

/**
 * A mailer over SMTP from the environment: `SMTP_URL` (e.g. `smtp://user:pass@mail.example.go.id:587`)
 * and `MAIL_FROM` (default `Alur <alur@localhost>`). Returns null when `SMTP_URL` is unset.
 */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  if (!env.SMTP_URL) return null;
  return createMailer(env.SMTP_URL, env.MAIL_FROM ?? 'Alur <alur@localhost>');
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      const info = await transport.sendMail({ from, ...message, to: message.to.join(', ') });
      return {
        messageId: info.messageId,
        accepted: (info.accepted as Array<string | { address: string }>).map(addressOf),
        rejected: (info.rejected as Array<string | { address: string }>).map(addressOf),
      };
    },
    close: () => transport.close(),
  };
}

function addressOf(a: string | { address: string }): string {
  return typeof a === 'string' ? a : a.address;
}
