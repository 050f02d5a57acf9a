import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from '../security-headers';

// Nuxt may render small inline scripts. Instead of allowing 'unsafe-inline', every HTML response
// gets a CSP listing the hashes of its own inline scripts (JSON data blocks do not execute).
const INLINE_SCRIPT =
  /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;

export function cspWithHashes(html: string): string {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (match[1]) hashes.add(`'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`);
  }
  if (!hashes.size) return contentSecurityPolicy;
  return contentSecurityPolicy.replace("script-src 'self'", `script-src 'self' ${[...hashes].join(' ')}`);
}
