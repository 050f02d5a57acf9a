import type { H3Event } from 'h3';
import { createError, readMultipartFormData } from 'h3';
import { BackendError } from './backend-http';
import { readBodyWithin } from './body-limit';

export const MAX_PROOF_BYTES = 5 * 1024 * 1024;
// The photo plus the form's other fields and multipart boundaries.
const MAX_PROOF_FORM_BYTES = MAX_PROOF_BYTES + 64 * 1024;

export type ProofError = 'type' | 'size' | 'empty' | 'closed' | 'unreadable' | 'unavailable';

export type ProofForm = { photo: Buffer | null; contact: string; locale: string };

/** The posted proof form (multipart): the photo and the fields that bring the shopper back. */
export async function readProofForm(event: H3Event): Promise<ProofForm> {
  event._requestBody = Uint8Array.from(await readBodyWithin(event, MAX_PROOF_FORM_BYTES));
  const parts = await readMultipartFormData(event).catch(() => {
    throw createError({ statusCode: 400, statusMessage: 'Data formulir tidak dapat dibaca' });
  });
  const text = (name: string) =>
    parts?.find((p) => p.name === name && !p.filename)?.data.toString('utf8') ?? '';
  const file = parts?.find((p) => p.name === 'proof' && p.filename !== undefined);
  return { photo: file?.data.length ? file.data : null, contact: text('contact'), locale: text('locale') };
}

/** What Medusa's refusal means for the shopper (the order page explains each code). */
export function proofErrorOf(error: unknown): ProofError {
  if ((error as { statusCode?: number }).statusCode === 413) return 'size';
  if (!(error instanceof BackendError) || !error.rejected) return 'unavailable';
  if (/JPEG, PNG atau WebP/.test(error.message)) return 'type';
  if (/5 MB/.test(error.message)) return 'size';
  if (/tidak dapat dibaca|base64/.test(error.message)) return 'unreadable';
  if (/sudah dibayar|tidak dibayar dengan transfer/.test(error.message)) return 'closed';
  if (/kosong|Pilih berkas/.test(error.message)) return 'empty';
  return 'unavailable';
}
