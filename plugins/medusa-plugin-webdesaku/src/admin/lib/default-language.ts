// The dashboard picks its language from the `lng` cookie, else English. Sellers and the regency
// admin read Indonesian first: set it once, before the dashboard starts its i18n (extensions load
// first), and never over a language the user chose in their profile (that is stored in `lng`).
if (typeof document !== 'undefined' && !/(?:^|;\s*)lng=/.test(document.cookie)) {
  document.cookie = `lng=id; path=/; max-age=${60 * 60 * 24 * 365}; SameSite=Lax`;
}

export {};
