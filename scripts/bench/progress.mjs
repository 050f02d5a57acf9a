// Progress between a seeding child process and the bench: the child prints `@@bench {json}`
// lines, the parent draws one bar per step (a redrawn line on a terminal, every 10 % otherwise).
const MARK = '@@bench ';

/** In the child: one step of `total` units has reached `done`. */
export function report(step, done, total, extra = {}) {
  process.stdout.write(`${MARK}${JSON.stringify({ step, done, total, ...extra })}\n`);
}

export function parseReport(line) {
  if (!line.startsWith(MARK)) return null;
  try {
    return JSON.parse(line.slice(MARK.length));
  } catch {
    return null;
  }
}

const clock = (ms) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

/** In the parent: renders progress reports of one labelled child. */
export function progressBar(label, stream = process.stdout) {
  const tty = Boolean(stream.isTTY);
  const started = new Map();
  const printed = new Map();
  let open = false;
  return {
    update({ step, done, total }) {
      if (!started.has(step)) started.set(step, { at: Date.now(), from: done });
      const { at, from } = started.get(step);
      const ratio = total > 0 ? done / total : 1;
      const rate = (done - from) / Math.max(1, Date.now() - at);
      const eta = rate > 0 && done < total ? ` sisa ~${clock((total - done) / rate)}` : '';
      const width = 28;
      const bar = '#'.repeat(Math.round(ratio * width)).padEnd(width, '-');
      const text = `${label} ${step.padEnd(10)} [${bar}] ${String(Math.round(ratio * 100)).padStart(3)}% ${done}/${total}${eta}`;
      if (tty) {
        stream.write(`\r${text}\x1b[K`);
        open = true;
        if (done >= total) this.end();
        return;
      }
      const decile = Math.floor(ratio * 10);
      if (printed.get(step) !== decile) {
        printed.set(step, decile);
        stream.write(text + '\n');
      }
    },
    end() {
      if (open) stream.write('\n');
      open = false;
    },
  };
}
