import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'The email address is too long.')
  .pipe(z.email('Enter a valid email address.'))
  .transform((email) => email.toLowerCase());

export const signInSchema = z.object({
  email: z.string().max(254).trim().toLowerCase(),
  password: z.string().max(1_000),
});
