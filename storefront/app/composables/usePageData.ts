import type { NuxtError } from '#app';

/**
 * Loads a page's data from our own server API, in the current locale. A 404 from the API
 * becomes the friendly 404 page; any other failure shows the error page (never a stack trace).
 */
export async function usePageData<T>(
  key: string,
  url: () => string,
  query: () => Record<string, unknown> = () => ({}),
) {
  const { locale } = useI18n();
  const result = await useFetch<T>(url, {
    key: `${key}:${locale.value}`,
    query: computed(() => ({ ...query(), locale: locale.value })),
  });
  if (result.error.value) {
    const status = (result.error.value as NuxtError).statusCode ?? 500;
    throw createError({
      statusCode: status,
      statusMessage: (result.error.value as NuxtError).statusMessage,
      fatal: true,
    });
  }
  return result as typeof result & { data: Ref<T> };
}
