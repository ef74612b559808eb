/**
 * Imported first by the embed page: zod otherwise probes `new Function` to compile fast parsers, which a
 * strict Content-Security-Policy (no 'unsafe-eval') reports as a violation. The interpreted path is enough.
 */
import { z } from 'zod';

z.config({ jitless: true });
