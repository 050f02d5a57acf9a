import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message a real SMTP server on loopback accepted, with its envelope recipients. */
export type Mail = { to: string[]; raw: string };

export type Inbox = { mails: Mail[]; port: number; close: () => Promise<void> };

/** Starts an SMTP server on a free loopback port that keeps every message it accepts. */
export async function startInbox(): Promise<Inbox> {
  const mails: Mail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString(),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    mails,
    port: (smtp.server.address() as AddressInfo).port,
    close: () =>
      smtp.server.listening ? new Promise<void>((resolve) => smtp.close(() => resolve())) : Promise.resolve(),
  };
}

/**
 * Points Medusa's SMTP provider at the inbox. Call at the top of a spec file: the test runner
 * reads medusa-config before it applies its own `env`.
 */
export function useInbox(inbox: Inbox) {
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(inbox.port);
  process.env.SMTP_FROM = 'Lapak Desa Uji <lapak@example.id>';
  process.env.STOREFRONT_URL = 'http://toko.example';
}

/** The text of a message, quoted-printable soft breaks and escapes undone. */
export const decoded = (mail: Mail) =>
  mail.raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * The list once it holds `count` items, or as it is after 10 s (mail and the bell are sent by
 * subscribers, after the request answered).
 */
export async function waitFor<T>(read: () => T[] | Promise<T[]>, count: number): Promise<T[]> {
  let list = await read();
  for (let i = 0; i < 50 && list.length < count; i++) {
    await new Promise((r) => setTimeout(r, 200));
    list = await read();
  }
  return list;
}
