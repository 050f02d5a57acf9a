import { createRequire } from 'node:module';

// Medusa loads medusa-config.ts and src/ with a plain require; give it TypeScript.
const require = createRequire(import.meta.url);
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });

process.env.DB_HOST ??= 'localhost';
process.env.DB_USERNAME ??= 'postgres';
