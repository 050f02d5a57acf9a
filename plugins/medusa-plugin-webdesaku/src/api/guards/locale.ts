/**
 * Medusa 2.21's applyLocale (mounted on /store before any plugin middleware) calls
 * normalizeLocale(req.query.locale) inside an async function: a repeated ?locale=
 * arrives as an array, `.split` throws, the rejected promise is never passed to Express,
 * and the request hangs until the client gives up (a cheap denial of service).
 *
 * A plugin middleware on /store/* would run too late, so this wraps applyLocale through
 * ApiLoader.traceMiddleware, the one hook the loader consults while mounting it (the
 * OpenTelemetry instrumentation uses the same hook; an existing tracer is kept).
 */
import {
  ApiLoader,
  applyLocale,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from '@medusajs/framework/http';

type Handler = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown;
type Tracer = NonNullable<typeof ApiLoader.traceMiddleware>;

const BAD_LOCALE =
  'Parameter locale tidak valid: kirim satu kode bahasa saja, mis. ?locale=id (bukan berulang atau bertingkat).';

/** Refuses a locale that is not one plain string; true when it answered. */
export const refuseNonStringLocale = (req: MedusaRequest, res: MedusaResponse): boolean => {
  const locale = (req.query as Record<string, unknown> | undefined)?.locale;
  if (locale === undefined || typeof locale === 'string') return false;
  res.status(400).json({ type: 'invalid_data', message: BAD_LOCALE });
  return true;
};

/** The guard in front of applyLocale; any other failure of it reaches the error handler. */
const guarded =
  (handler: Handler): Handler =>
  (req, res, next) => {
    if (refuseNonStringLocale(req, res)) return;
    return Promise.resolve()
      .then(() => handler(req, res, next))
      .catch(next);
  };

const INSTALLED = Symbol.for('webdesaku.localeGuard');

/** Idempotent: the test runner and HMR may load this file more than once per process. */
export function installLocaleGuard() {
  const loader = ApiLoader as typeof ApiLoader & { [INSTALLED]?: boolean };
  if (loader[INSTALLED]) return;
  loader[INSTALLED] = true;
  const previous = loader.traceMiddleware;
  loader.traceMiddleware = ((handler: Handler, route: Parameters<Tracer>[1]) => {
    const traced = (previous ? previous(handler as any, route) : handler) as Handler;
    return handler === (applyLocale as unknown) ? guarded(traced) : traced;
  }) as Tracer;
}
