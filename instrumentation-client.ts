import { z } from "zod";

// Runs before the app's code in the browser. Zod probes for eval with a caught
// `new Function` the first time it parses an object; the page's Content-Security-Policy
// refuses eval, and browsers report that refusal as a violation even though Zod falls
// back. The server keeps Zod's compiled parsers.
z.config({ jitless: true });
