import nodemailer from "nodemailer";
import type { Mailer } from "../modules/notifications/notifications.service.ts";

export type SmtpMailer = Mailer & { close(): void };

/** The SMTP transport behind the outbox, from SMTP_URL (smtp://user:pass@host:587). */
export function smtpMailer(smtpUrl: string, from: string): SmtpMailer {
  // A pooled transport keeps the SMTP connection open across a batch instead of one per mail.
  const url = new URL(smtpUrl);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  const transport = nodemailer.createTransport(url.toString());
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}
