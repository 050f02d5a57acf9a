import { MAX_PROOF_BYTES, proofErrorOf, readProofForm, type ProofForm } from '../../../utils/proof-upload';

/**
 * "Kirim bukti": the shopper who placed the order (signed cookie) or knows its e-mail/phone sends
 * the photo of their transfer/QRIS receipt. A plain multipart form (303 back to the order page with
 * `bukti=terkirim` or `bukti-gagal=<reason>`) or JSON; Medusa checks what the file really is.
 */
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  if (!isOrderId(id)) throw notFound('Pesanan');
  let form: ProofForm = { photo: null, contact: '', locale: '' };
  const back = (flag: Record<string, string>, json: Record<string, unknown>) => {
    const contact = textParam(form.contact, 200);
    const query = new URLSearchParams({ ...(contact ? { contact } : {}), ...flag });
    return formResponse(
      event,
      `${localePrefix(form.locale)}/pesanan/${encodeURIComponent(id)}?${query}`,
      json,
    );
  };
  const failed = (reason: string) => {
    if (getHeader(event, 'accept')?.includes('application/json')) setResponseStatus(event, 400);
    return back({ 'bukti-gagal': reason }, { ok: false, error: reason });
  };
  try {
    form = await readProofForm(event);
  } catch (error) {
    return failed(proofErrorOf(error));
  }
  try {
    if (!(await orderForVisitor(event, id, textParam(form.contact, 200)))) throw notFound('Pesanan');
  } catch (error) {
    throw toHttpError(error, 'Pesanan');
  }
  if (!form.photo) return failed('empty');
  if (form.photo.length > MAX_PROOF_BYTES) return failed('size');
  try {
    await useMedusa().submitPaymentProof(id, form.photo);
  } catch (error) {
    const reason = proofErrorOf(error);
    if (reason === 'unavailable') console.warn(`[proof] ${id} failed: ${String(error)}`);
    return failed(reason);
  }
  return back({ bukti: 'terkirim' }, { ok: true });
});
