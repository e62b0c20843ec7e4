/** The hotline page's strings (namespace `hotline`, web/src/hotline/locales). */
import { t } from '../i18n.js';

export function ht(key: string, opts?: Record<string, unknown>): string {
  return t(`hotline:${key}`, opts);
}
