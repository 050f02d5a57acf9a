// The physical limit of this machine for one HTML page: Debian's nginx serving the saved bytes of
// the village page from its own config on a loopback port (never the system nginx or its config).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, stop, waitForHttp } from '../../lib/proc.mjs';

export const NGINX_BIN = process.env.BENCH_NGINX ?? '/usr/sbin/nginx';

const config = (dir, port) => `
daemon off;
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/html;
    location / { default_type text/html; try_files /page.html =404; }
  }
}
`;

/** Starts nginx serving `html` at http://127.0.0.1:port/; returns { url, stop }. */
export async function serveWithNginx(html, port) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'webdesaku-bench-nginx-'));
  // nginx workers drop root privileges: the page must be readable by others.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'html'));
  writeFileSync(path.join(dir, 'html', 'page.html'), html);
  writeFileSync(path.join(dir, 'nginx.conf'), config(dir, port));
  const proc = run('nginx', NGINX_BIN, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { quiet: true });
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(url, { proc, timeoutMs: 10_000 });
  return {
    url,
    async stop() {
      await stop(proc);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
