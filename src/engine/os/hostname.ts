/** A guest's name doubles as its hostname, so it is restricted to hostname characters (RFC 1123 labels, at most 31 here). */
import { z } from 'zod';

export const hostnameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,30}$/, 'a hostname: 1–31 letters, digits or "-", starting with a letter or digit');
