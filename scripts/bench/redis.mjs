// Empties the bench's own Redis database (Medusa's cache entries must not carry over between
// runs). A few RESP lines over a socket: no client library for two commands.
import net from 'node:net';

const command = (...args) =>
  `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;

export function flushRedis(url, timeoutMs = 3000) {
  const { hostname, port, pathname } = new URL(url);
  const db = pathname.replace('/', '') || '0';
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port || 6379), hostname);
    let replies = '';
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('timeout')));
    socket.on('connect', () => socket.write(command('SELECT', db) + command('FLUSHDB')));
    socket.on('data', (chunk) => {
      replies += chunk.toString();
      const lines = replies.split('\r\n').filter(Boolean);
      if (lines.some((l) => l.startsWith('-'))) socket.destroy(new Error(lines.join(' ')));
      else if (lines.length >= 2) {
        socket.end();
        resolve();
      }
    });
    socket.on('error', reject);
  });
}
