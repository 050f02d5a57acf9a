// Small HTTP helpers for whole-stack tests. Every request goes to loopback and has a deadline.
export interface Answer {
  url: string;
  status: number;
  body: string;
  headers: Headers;
}

const LOOPBACK = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//;

/** A request that gets no answer within the deadline counts as status 0 (a hang is a failure too). */
export async function request(url: string, init: RequestInit = {}, timeoutMs = 30_000): Promise<Answer> {
  if (!LOOPBACK.test(url)) throw new Error(`tests only talk to loopback, not ${url}`);
  try {
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), ...init });
    return { url, status: res.status, body: await res.text(), headers: res.headers };
  } catch (error) {
    if ((error as Error).name !== 'TimeoutError') throw error;
    return { url, status: 0, body: `no answer within ${timeoutMs / 1000} s`, headers: new Headers() };
  }
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  return request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** "GET /x → 500" lines for answers outside the allowed statuses, to show every miss at once. */
export function unexpected(answers: Answer[], allowed: (status: number) => boolean) {
  return answers
    .filter((a) => !allowed(a.status))
    .map((a) => `${a.url} → ${a.status} ${a.body.replace(/\s+/g, ' ').slice(0, 160)}`);
}

/** What a visitor must never see in an error body. */
export const STACK_TRACE = /\bat [\w$.<>]+ \(?(\/|node:)|node_modules\/|Error: .*\n\s+at /;
