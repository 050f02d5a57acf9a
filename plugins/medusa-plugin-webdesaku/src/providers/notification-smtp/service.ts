import { AbstractNotificationProviderService, MedusaError } from '@medusajs/framework/utils';
import type {
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from '@medusajs/framework/types';
import nodemailer, { type Transporter } from 'nodemailer';

export type SmtpOptions = {
  host: string;
  port: number;
  secure?: boolean;
  user?: string;
  pass?: string;
  from: string;
};

/**
 * E-mail through the regency's own SMTP server (host, port, account from the environment).
 * The message is built by whoever creates the notification (`content`: subject, text, html);
 * this provider only delivers it.
 */
export class SmtpNotificationProvider extends AbstractNotificationProviderService {
  static identifier = 'webdesaku-smtp';
  private readonly transport: Transporter;
  private readonly from: string;

  static validateOptions(options: Record<string, unknown>) {
    if (!options.host || !options.port || !options.from)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, 'SMTP needs host, port and from');
  }

  constructor(_container: unknown, options: SmtpOptions) {
    super();
    this.from = options.from;
    this.transport = nodemailer.createTransport({
      host: options.host,
      port: options.port,
      secure: options.secure ?? options.port === 465,
      auth: options.user ? { user: options.user, pass: options.pass ?? '' } : undefined,
    });
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const content = notification.content ?? {};
    const info = await this.transport.sendMail({
      from: notification.from || this.from,
      to: notification.to,
      subject: content.subject ?? '',
      text: content.text ?? '',
      html: content.html ?? undefined,
    });
    return { id: info.messageId };
  }
}
