// A bench figure is only worth something if it measured our own processes: refuse to start when
// another process (a developer's manual stack, a test run) already listens on a bench port.
import net from 'node:net';

const listening = (port) =>
  new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export async function assertPortsFree(ports) {
  const busy = [];
  for (const port of ports) if (await listening(port)) busy.push(port);
  if (busy.length) {
    throw new Error(
      `port ${busy.join(', ')} is already in use by another process; stop it or change PORTS in scripts/bench/config.mjs`,
    );
  }
}
