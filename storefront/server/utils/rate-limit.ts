// A small fixed-window limiter per process, for endpoints a bot could hammer (checkout, order lookup).
const windows = new Map<string, { start: number; count: number }>();

export function rateLimit(key: string, limit: number, windowMs: number, now = Date.now()): boolean {
  const current = windows.get(key);
  if (!current || now - current.start >= windowMs) {
    windows.set(key, { start: now, count: 1 });
    if (windows.size > 10_000) windows.delete(windows.keys().next().value as string);
    return true;
  }
  current.count += 1;
  return current.count <= limit;
}
