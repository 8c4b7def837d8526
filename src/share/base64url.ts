/**
 * Bytes as base64url (RFC 4648 §5, without padding): the alphabet a URL fragment carries
 * unescaped. Decoding is strict — any other character is refused, not skipped.
 */

const ALPHABET = /^[A-Za-z0-9_-]*$/;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes, or 'alphabet' for a character outside base64url, or 'length' for a length no encoding has. */
export function fromBase64Url(text: string): Uint8Array | 'alphabet' | 'length' {
  if (!ALPHABET.test(text)) return 'alphabet';
  // Unpadded base64 never leaves one character in its last group of four.
  if (text.length % 4 === 1) return 'length';
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
