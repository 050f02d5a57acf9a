/**
 * Route middleware for the core findOne routes: a documentId is a short run of letters,
 * digits, "-" or "_". Anything else (NUL bytes, control characters, absurd length)
 * would reach PostgreSQL and come back as a 500, so it is refused here with a 400.
 */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

type Ctx = { params?: Record<string, unknown>; badRequest: (message: string) => unknown };

export const validIdMiddleware = async (ctx: Ctx, next: () => Promise<unknown>) => {
  const id = ctx.params?.id;
  if (id !== undefined && (typeof id !== 'string' || !DOCUMENT_ID.test(id))) {
    return ctx.badRequest(
      'ID dokumen tidak valid: gunakan huruf, angka, "-" atau "_" (paling banyak 64 karakter).',
    );
  }
  return next();
};
