/**
 * Texts of the OpenAPI document. The document is in English and takes them from the en locale, so
 * the generated document and the localized reference page (api.ops.* in every locale) share one
 * source.
 */
import en from '../i18n/locales/en.json' with { type: 'json' };

export const doc = en.api.ops;
