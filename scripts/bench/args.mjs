// Command-line options of `npm run bench -- [options]`.
import { parseArgs } from 'node:util';

export const USAGE = `npm run bench -- [options]
  (none)            seed what is missing, then measure 3 and 183 villages, write BENCHMARKS.md
  --clean           remove the bench databases, uploaded files, Redis db and state, then stop
  --seed-only       seed (resumable) without measuring
  --no-seed         measure what is already seeded
  --scales a,b      which scales: demo (3 villages), regency (183); default both
  --village slug    village measured (default anjun)
  --quick           one short run per figure (a smoke test of the bench, not for the record)
  --no-browser      skip page weight and Lighthouse
  --dev             run the apps with NODE_ENV=development (default: production)
  --no-write        print the tables without touching BENCHMARKS.md`;

export function benchArgs(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      clean: { type: 'boolean', default: false },
      'seed-only': { type: 'boolean', default: false },
      'no-seed': { type: 'boolean', default: false },
      scales: { type: 'string', default: 'demo,regency' },
      village: { type: 'string', default: 'anjun' },
      quick: { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      dev: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const quick = values.quick;
  return {
    ...values,
    scales: values.scales
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    load: {
      throughput: { runs: quick ? 1 : 3, seconds: quick ? 2 : 5, connections: 10 },
      latency: { runs: quick ? 1 : 3, count: quick ? 30 : 150, seconds: quick ? 2 : 4 },
    },
    lighthouseRuns: quick ? 1 : 3,
  };
}
