// Tolerant readers for backend JSON: a field rename in a backend is one edit in a mapper.
export type Raw = Record<string, unknown>;

export function obj(value: unknown): Raw | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : null;
}

export function arr(value: unknown): Raw[] {
  if (Array.isArray(value)) return value.filter((v): v is Raw => !!obj(v));
  const wrapped = obj(value)?.data; // Strapi relation lists may arrive as { data: [...] }
  return Array.isArray(wrapped) ? arr(wrapped) : [];
}

export function str(source: Raw | null, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = source?.[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return null;
}

export function num(source: Raw | null, ...keys: string[]): number | null {
  for (const key of keys) {
    const value = source?.[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      return Number(value);
  }
  return null;
}

export function first(source: Raw | null, ...keys: string[]): unknown {
  for (const key of keys) if (source?.[key] !== undefined && source?.[key] !== null) return source[key];
  return null;
}
