import { z } from 'zod';
import { LOCALES } from '../domain/ids.ts';

/** The fields every chart spec has, whatever draws it: its titles, language and currency. */
export const chartTextFields = {
  title: z.string().min(1).max(200),
  subtitle: z.string().max(300).optional(),
  locale: z.enum(LOCALES),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('EUR'),
};
