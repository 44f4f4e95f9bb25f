import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../../../test/support/smtp-sink';
import { createMailer, mailerFromEnv } from './mailer';

describe('mailer over SMTP', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => sink.close());

  it('delivers a message with an attachment to a real SMTP server', async () => {
    const mailer = createMailer(sink.url, 'Alur <alur@dinas.test>');
    const result = await mailer.send({
      to: ['kasubbag@dinas.test', 'sekretaris@dinas.test'],
      subject: 'Tugas baru: Menganalisis data kinerja',
      text: 'Batas waktu: 25 November 2026 10.00 WITA',
      attachments: [
        { filename: 'lkjip.pdf', content: Buffer.from('%PDF-1.7 test'), contentType: 'application/pdf' },
      ],
    });
    mailer.close();
    expect(result.accepted).toEqual(['kasubbag@dinas.test', 'sekretaris@dinas.test']);
    const received = sink.messages.at(-1)!;
    expect(received.from).toBe('alur@dinas.test');
    expect(received.to).toEqual(['kasubbag@dinas.test', 'sekretaris@dinas.test']);
    expect(received.raw).toContain('Subject: Tugas baru: Menganalisis data kinerja');
    expect(received.raw).toContain('filename=lkjip.pdf');
  });

  it('is off without SMTP_URL', () => {
    expect(mailerFromEnv({})).toBeNull();
  });
});
