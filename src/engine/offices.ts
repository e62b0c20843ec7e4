/**
 * The office of the household's county for a program's department (修武县民政局…), from
 * seeds/offices.json (names only: no address or telephone number was found, so none is shown).
 */
import * as z from 'zod';
import officesFile from '../../seeds/offices.json' with { type: 'json' };
import type { Locale } from '../model/household.js';

const Name = z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
export const OfficesFile = z.strictObject({
  source: z.string(),
  year: z.number().int(),
  confidence: z.enum(['H', 'M', 'L']),
  counties: z.record(z.string(), z.record(z.string(), Name)),
});

export const OFFICES = OfficesFile.parse(officesFile).counties;

/** The county's office for a department, if the data names one. */
export function officeName(county: string, department: string, locale: Locale): string | undefined {
  return OFFICES[county]?.[department]?.[locale];
}
