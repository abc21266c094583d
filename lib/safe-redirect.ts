/** Only same-site paths: a callbackUrl must never send a user to another site. */
export function safeLocalPath(value: string | string[] | undefined, fallback = "/"): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  return candidate && candidate.startsWith("/") && !candidate.startsWith("//") ? candidate : fallback;
}
