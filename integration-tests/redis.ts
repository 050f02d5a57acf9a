// Empties the test Redis database, so no stack reads what an earlier one cached under the same keys.
import net from 'node:net';

export function flushRedisDb(redisUrl: string): Promise<void> {
  const url = new URL(redisUrl);
  const db = url.pathname.replace('/', '') || '0';
  const command = (...args: string[]) =>
    `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port || 6379), url.hostname);
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.split('\r\n').filter(Boolean).length >= 2) {
        socket.end();
        if (answer.includes('-ERR')) reject(new Error(`Redis refused FLUSHDB: ${answer.trim()}`));
        else resolve();
      }
    });
    socket.on('error', reject);
    socket.write(command('SELECT', db) + command('FLUSHDB'));
  });
}
