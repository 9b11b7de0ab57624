/**
 * The one rule for links in announcements, shared by server and tab (no imports, so the tab can
 * bundle it): a well-formed absolute https URL with a host name and no credentials.
 */
export function isHttpsUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname.includes('.') && !u.username && !u.password;
  } catch {
    return false;
  }
}
