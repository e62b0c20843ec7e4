/** The keys of a page's locale file, dotted (`signIn.title`); plural forms (`_one`, `_other`) count once. */
export function localeKeys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? localeKeys(v, `${prefix}${k}.`)
      : [`${prefix}${k}`.replace(/_(one|other)$/, '')],
  );
}
