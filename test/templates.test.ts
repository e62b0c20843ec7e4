/**
 * Compiled sentence templates give exactly what i18next gives, for every string in the catalogues
 * (common strings, program texts, parameter labels) in both languages, with values in every slot,
 * and for a key that has no string.
 */
import type { i18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.js';
import { LOCALES } from '../src/i18n/index.js';
import { compileTemplates } from '../src/i18n/templates.js';

const core = createCore();

function keys(instance: i18n, locale: string): string[] {
  const out: string[] = [];
  const walk = (prefix: string, node: unknown) => {
    if (typeof node === 'string') out.push(prefix);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(prefix ? `${prefix}.${k}` : k, v);
  };
  for (const ns of ['common', 'programs']) walk('', instance.getResourceBundle(locale, ns));
  const common = out.splice(0).filter(Boolean);
  const programs: string[] = [];
  walk('', instance.getResourceBundle(locale, 'programs'));
  programs.push(...out.splice(0));
  const params = Object.keys(instance.getResourceBundle(locale, 'params'));
  return [
    ...common.filter((k) => !programs.includes(k)),
    ...programs.map((k) => `programs:${k}`),
    ...params.map((k) => `params:${k}`),
  ];
}

describe.each(LOCALES)('compiled templates (%s)', (locale) => {
  const tx = compileTemplates(core.i18n, locale);
  const vars = {
    clause: 'C1',
    fact: 'F',
    value: 620,
    threshold: '600 元',
    thresholdLabel: 'L',
    gap: 20,
    name: 'N',
    n: 3,
    member: 'M',
    text: 'T',
    questions: 'Q',
    statuses: 'S',
    headline: 'H',
    period: 'P',
    chapter: '第九章',
    section: '第二节',
    lead: 'lead',
  };

  it('renders every catalogue string as i18next does', () => {
    const all = keys(core.i18n, locale);
    expect(all.length).toBeGreaterThan(300);
    for (const key of all) {
      expect(tx.t(key, vars), key).toBe(core.i18n.t(key, { ...vars, lng: locale }));
      expect(tx.t(key), key).toBe(core.i18n.t(key, { lng: locale }));
    }
  });

  it('answers a key without a string with the key, as i18next does', () => {
    expect(tx.t('values.nothing.here')).toBe(core.i18n.t('values.nothing.here', { lng: locale }));
  });
});
