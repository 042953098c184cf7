/**
 * `mailto:` links (RFC 6068) for "Open in mail app": the address, the subject and a
 * plain-text body, UTF-8 percent-encoded, line breaks as CRLF. Mail apps and browsers
 * cut long links, so a link longer than the limit leaves the body out and says so.
 */

/** Longer links are cut by some mail apps and browsers. */
export const MAILTO_LIMIT = 1900;

/** A `mailto:` link, and whether the body fitted in it. */
export interface MailtoLink {
  url: string;
  /** False when the body did not fit and was left out of the link. */
  withBody: boolean;
}

/** Addresses (comma-separated) encoded for the link, `@` kept readable. */
function addresses(to: string): string {
  return to
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => encodeURIComponent(a).replace(/%40/g, '@'))
    .join(',');
}

/** A complete `mailto:` URL: any character of the subject and body is safe. */
export function mailtoUrl(to: string, subject: string, body?: string): string {
  const query = [`subject=${encodeURIComponent(subject)}`];
  if (body !== undefined) query.push(`body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${addresses(to)}?${query.join('&')}`;
}

/**
 * The link for a mail: with the body when the whole link fits in `limit` characters,
 * else with the address and the subject only (the caller copies the body instead).
 */
export function mailtoLink(
  to: string,
  subject: string,
  body: string,
  limit = MAILTO_LIMIT,
): MailtoLink {
  const full = mailtoUrl(to, subject, body);
  if (full.length <= limit) return { url: full, withBody: true };
  return { url: mailtoUrl(to, subject), withBody: false };
}
