import { AbstractNotificationProviderService, MedusaError } from '@medusajs/framework/utils';
import type {
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from '@medusajs/framework/types';

export type WhatsappOptions = {
  /** A system-user access token of the WhatsApp Business account. */
  token: string;
  /** The sending number's id in the Cloud API (not the phone number itself). */
  phoneNumberId: string;
  /** Graph API base, e.g. https://graph.facebook.com/v21.0 (a local receiver in tests). */
  apiUrl: string;
  /**
   * An approved message template with one body parameter: WhatsApp only lets a business start a
   * conversation with a template; without one, plain text reaches only people who wrote in the last 24 h.
   */
  template?: string;
  templateLanguage?: string;
};

/**
 * WhatsApp through Meta's Cloud API: the village's number hears of new orders and proofs, the
 * shopper of a rejected proof or a cancel. The text comes from whoever creates the notification.
 */
export class WhatsappNotificationProvider extends AbstractNotificationProviderService {
  static identifier = 'webdesaku-whatsapp';

  static validateOptions(options: Record<string, unknown>) {
    if (!options.token || !options.phoneNumberId || !options.apiUrl)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, 'WhatsApp needs token, phoneNumberId and apiUrl');
  }

  constructor(
    _container: unknown,
    private readonly options: WhatsappOptions,
  ) {
    super();
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const text = notification.content?.text ?? '';
    // A template parameter may hold no line breaks, tabs or runs of spaces, and 1,024 characters.
    const parameter = text.replace(/\s+/g, ' ').trim().slice(0, 1024);
    const message = this.options.template
      ? {
          type: 'template',
          template: {
            name: this.options.template,
            language: { code: this.options.templateLanguage ?? 'id' },
            components: [{ type: 'body', parameters: [{ type: 'text', text: parameter }] }],
          },
        }
      : { type: 'text', text: { body: text, preview_url: true } };
    const res = await fetch(
      `${this.options.apiUrl.replace(/\/+$/, '')}/${this.options.phoneNumberId}/messages`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${this.options.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: notification.to,
          ...message,
        }),
        signal: AbortSignal.timeout(10_000),
      },
    );
    const body = (await res.json().catch(() => ({}))) as {
      messages?: { id: string }[];
      error?: { message?: string };
    };
    if (!res.ok) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `WhatsApp menolak pesan (${res.status}): ${body.error?.message ?? 'tanpa keterangan'}`,
      );
    }
    return { id: body.messages?.[0]?.id };
  }
}
