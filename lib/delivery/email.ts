import nodemailer, { type Transporter } from 'nodemailer';
import type { Brand } from '@/lib/brand/schema';
import { failure, type Outcome, ATTEMPT_TIMEOUT_MS } from './outcome';
import type { MailContent } from './mail-text';

const transports = new Map<string, Transporter>();

function transport(smtpUrl: string): Transporter {
  let t = transports.get(smtpUrl);
  if (!t) {
    const url = new URL(smtpUrl);
    // Timeouts in the URL's query, as nodemailer reads them from there.
    for (const key of ['connectionTimeout', 'greetingTimeout', 'socketTimeout']) {
      if (!url.searchParams.has(key)) url.searchParams.set(key, String(ATTEMPT_TIMEOUT_MS));
    }
    t = nodemailer.createTransport(url.toString());
    transports.set(smtpUrl, t);
  }
  return t;
}

/**
 * Sends one mail. The Message-ID is fixed per delivery, so a retry after a lost answer is the
 * same message to the receiving server and the MSP's mail client (and a PSA's email-to-ticket).
 */
export async function sendMail(
  { smtpUrl, from }: { smtpUrl: string; from: string },
  to: string[],
  content: MailContent,
  { messageId, brand }: { messageId: string; brand: Brand },
): Promise<Outcome> {
  try {
    await transport(smtpUrl).sendMail({
      from: { name: brand.name, address: from },
      to,
      subject: content.subject,
      text: content.text,
      html: content.html,
      messageId: `<${messageId}@${new URL(brand.siteUrl).hostname}>`,
    });
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}
