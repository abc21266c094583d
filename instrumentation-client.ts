import { z } from "zod";

// Runs in the browser before the app's own code (Next.js instrumentation-client). Zod 4 compiles a
// fast parser per object schema with `new Function`, after probing whether eval is allowed; our
// CSP forbids eval, so the probe, although caught, is reported as a violation on every page with
// a form. Without the JIT, zod neither probes nor needs eval; the server keeps it.
z.config({ jitless: true });
