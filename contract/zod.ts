/**
 * zod, switched to jitless before any schema exists. zod probes `new Function` when the first object schema
 * is built; the app's CSP forbids eval, and ES modules evaluate their imports first, so the switch must sit
 * in the module every schema file imports `z` from — not in the body of one of them.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
