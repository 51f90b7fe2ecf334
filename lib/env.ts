import { z } from "zod";

// Configuration, validated once with messages that say what to fix. Everything is
// optional so the app runs with no configuration (see README "Configuration").
const optionalUrl = (what: string) =>
  z
    .url({ message: `${what} must be a URL` })
    .optional()
    .or(z.literal("").transform(() => undefined));

/** "true" or "false" (empty = the default); z.coerce.boolean would read "false" as true. */
const flag = (name: string, fallback: boolean) =>
  z
    .enum(["true", "false", ""], { message: `${name} must be true or false` })
    .optional()
    .transform((value) => (value === undefined || value === "" ? fallback : value === "true"));

/** `someone@example.com` or `Name <someone@example.com>`. */
const EMAIL_SENDER = /^(?:[^<>]+ <[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalUrl("DATABASE_URL"),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
    NEXTAUTH_URL: optionalUrl("NEXTAUTH_URL"),
    GITHUB_ID: z.string().optional(),
    GITHUB_SECRET: z.string().optional(),
    UPSTASH_REDIS_REST_URL: optionalUrl("UPSTASH_REDIS_REST_URL"),
    UPSTASH_REDIS_REST_TOKEN: z.string().optional(),
    REDIS_URL: optionalUrl("REDIS_URL"),
    /** Namespace for Mavio's Redis keys, so several deployments (or test runs) can share one Redis. */
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[\w:.-]*$/, "REDIS_KEY_PREFIX may hold letters, digits and _ : . -")
      .default("mavio:"),
    STORAGE_DIR: z.string().optional(),
    /** Where email goes (lib/email); unset, messages are saved as .eml files in MAIL_DIR instead. */
    SMTP_URL: z
      .url({
        protocol: /^smtps?$/,
        message: "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.com:465",
      })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    EMAIL_FROM: z
      .string()
      .regex(EMAIL_SENDER, 'EMAIL_FROM must be an address or "Name <address>", e.g. Mavio <no-reply@example.com>')
      .optional()
      .or(z.literal("").transform(() => undefined))
      .transform((from) => from ?? "Mavio <no-reply@mavio.localhost>"),
    MAIL_DIR: z.string().optional(),
    /** Sign-ups allowed per client address per hour; the browser tests raise it (they all sign up from one address). */
    SIGN_UPS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(5),
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Lets webhook URLs reach loopback/private/link-local addresses. Local testing only: it turns off SSRF protection. */
    WEBHOOKS_ALLOW_PRIVATE_URLS: flag("WEBHOOKS_ALLOW_PRIVATE_URLS", false),
    /** Run the webhook delivery loop inside the web server process; false when `npm run worker` runs it instead. */
    WEBHOOKS_WORKER_IN_SERVER: flag("WEBHOOKS_WORKER_IN_SERVER", true),
    /** Webhook deliveries in flight at once per worker. */
    WEBHOOKS_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
    /** Where GitHub publishes the keys that sign its secret scanning alerts (lib/secret-scanning). */
    SECRET_SCANNING_GITHUB_KEYS_URL: z
      .url({ message: "SECRET_SCANNING_GITHUB_KEYS_URL must be a URL" })
      .or(z.literal("").transform(() => undefined))
      .optional()
      .transform((url) => url ?? "https://api.github.com/meta/public_keys/secret_scanning"),
  })
  .refine((env) => !env.UPSTASH_REDIS_REST_URL || env.UPSTASH_REDIS_REST_TOKEN, {
    message: "UPSTASH_REDIS_REST_TOKEN is required when UPSTASH_REDIS_REST_URL is set",
    path: ["UPSTASH_REDIS_REST_TOKEN"],
  })
  .refine((env) => Boolean(env.GITHUB_ID) === Boolean(env.GITHUB_SECRET), {
    message: "Set both GITHUB_ID and GITHUB_SECRET to enable GitHub sign-in, or neither",
    path: ["GITHUB_SECRET"],
  });

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Makes the next env() read process.env again: for tests that change the configuration. */
export function rereadEnv(): void {
  cached = undefined;
}
