// JSON-LD as a non-executable data block; `<` is escaped so content can never close the tag.
export function useJsonLd(data: () => Record<string, unknown> | null) {
  useHead(() => {
    const value = data();
    if (!value) return {};
    return {
      script: [
        {
          type: 'application/ld+json',
          key: 'jsonld',
          innerHTML: JSON.stringify({ '@context': 'https://schema.org', ...value }).replace(/</g, '\\u003c'),
        },
      ],
    };
  });
}
