/**
 * Identifiers that real products generate at random (VirtualBox UUIDs, Docker container
 * IDs), derived here from the guest's name so the same scenario prints the same IDs.
 */

/** FNV-1a, 32 bits, with a salt so several independent words come from one name. */
function fnv1a(text: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** `chars` hex digits derived from `text`. */
export function hexFrom(text: string, chars: number): string {
  let out = '';
  for (let salt = 0; out.length < chars; salt++) out += fnv1a(text, salt).toString(16).padStart(8, '0');
  return out.slice(0, chars);
}

/** A version-4-shaped UUID derived from `text`. */
export function uuidFrom(text: string): string {
  const h = hexFrom(text, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h.charAt(16), 16) % 4] ?? '8'}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
