/** Text made safe to put inside HTML (element content or a quoted attribute). */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * Letters and digits people can read off a screen or paper without doubt: no 0/O and no 1/I/L.
 * Check-in codes and certificate codes are written with it.
 */
export const UNAMBIGUOUS_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A code of `length` characters of the unambiguous alphabet (upper case). */
export const unambiguousCode = (length: number) => new RegExp(`^[2-9A-HJKMNP-Z]{${length}}$`);
