// SMTP through nodemailer when SMTP_URL is set (smtp://user:pass@host:587, smtps://… for TLS).
import type { MailTransport } from "./outbox";

let cached: { url: string; transport: Promise<MailTransport> } | undefined;

export function smtpTransport(url: string): Promise<MailTransport> {
  if (cached?.url !== url) {
    cached = {
      url,
      transport: import("nodemailer").then(({ default: nodemailer }) =>
        // Short timeouts: a hanging server must not hold the outbox lease until it expires.
        nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 }),
      ),
    };
  }
  return cached.transport;
}
