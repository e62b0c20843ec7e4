/**
 * The screening core, assembled once per process (or Worker isolate): programs and parameters
 * validated, engines built, i18n loaded. Platform-neutral: no Node or Workers APIs.
 */
import type { i18n, TFunction } from 'i18next';
import { programFiles } from '../rules/index.js';
import { parameterFiles } from '../seeds/index.js';
import { Catalogue } from './engine/catalogue.js';
import { explain } from './engine/explain.js';
import { ProgramFile } from './engine/program.js';
import { screenReference } from './engine/reference.js';
import type { LocalizedScreening } from './engine/result-schema.js';
import { screen } from './engine/screen.js';
import type { Detail } from './engine/types.js';
import { createI18n, LOCALES, translator } from './i18n/index.js';
import { compileTemplates, type Templates } from './i18n/templates.js';
import type { Household, Locale } from './model/household.js';
import { ParameterFile, type ParameterOverride, ParameterSet } from './params/parameters.js';
import { parametersVersion, rulesVersion } from './version.js';

export interface Core {
  catalogue: Catalogue;
  i18n: i18n;
  /** Translate functions per locale (cached, shared by every request). */
  t: Record<Locale, TFunction>;
  programs: ProgramFile[];
  parameterFiles: ParameterFile[];
  /** Compiled sentence templates per locale. */
  templates: Record<Locale, Templates>;
  screen(household: Household, asOf: string, locale: Locale, options?: ScreenOptions): Promise<LocalizedScreening>;
}

/** Which evaluator runs the rules: the compiled closures, or json-rules-engine for an audit. */
export type EngineChoice = 'compiled' | 'reference';

export interface ScreenOptions {
  /** `brief` (default): not-eligible results carry their deciding reason only; `full`: everything. */
  detail?: Detail;
  engine?: EngineChoice;
}

export function parseProgramFiles(raw: readonly unknown[]): ProgramFile[] {
  return raw.map((r, i) => {
    const parsed = ProgramFile.safeParse(r);
    if (!parsed.success) throw new Error(`program file #${i}: ${parsed.error.message}`);
    return parsed.data;
  });
}

export function parseParameterFiles(raw: readonly unknown[]): ParameterFile[] {
  return raw.map((r, i) => {
    const parsed = ParameterFile.safeParse(r);
    if (!parsed.success) throw new Error(`parameter file #${i}: ${parsed.error.message}`);
    return parsed.data;
  });
}

export const seededPrograms = parseProgramFiles(programFiles);
export const seededParameters = parseParameterFiles(parameterFiles);
const sharedI18n = createI18n(seededPrograms, seededParameters);
const sharedT = Object.fromEntries(LOCALES.map((l) => [l, translator(sharedI18n, l)])) as Record<Locale, TFunction>;
/** The translate function of each locale, the same for every core (staff values change no text). */
export const translators: Readonly<Record<Locale, TFunction>> = sharedT;
const sharedTemplates = Object.fromEntries(LOCALES.map((l) => [l, compileTemplates(sharedI18n, l)])) as Record<
  Locale,
  Templates
>;

/** Builds the core; staff overrides of parameter values (from the database) are layered on the seeds. */
export function createCore(overrides: readonly ParameterOverride[] = []): Core {
  const params = new ParameterSet(seededParameters, overrides);
  const catalogue = new Catalogue(seededPrograms, params);
  let version: Promise<{ rules: string; parameters: string }> | undefined;
  const versions = () => {
    version ??= Promise.all([rulesVersion(), parametersVersion(overrides)]).then(([rules, parameters]) => ({
      rules,
      parameters,
    }));
    return version;
  };
  return {
    catalogue,
    i18n: sharedI18n,
    t: sharedT,
    templates: sharedTemplates,
    programs: seededPrograms,
    parameterFiles: seededParameters,
    async screen(household, asOf, locale, { detail = 'brief', engine = 'compiled' } = {}) {
      const result =
        engine === 'reference'
          ? await screenReference(catalogue, household, asOf, detail)
          : screen(catalogue, household, asOf, detail);
      return explain(catalogue, result, sharedTemplates[locale], locale, detail, await versions(), household);
    },
  };
}
