import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.js';
import { countyFromIds, FACTS, type FactDefinition, paramReader } from '../src/engine/facts.js';
import { foldAll, foldAny, foldNot, type LogicNode, nearMisses, type Truth } from '../src/engine/logic.js';
import { pickLocale } from '../src/i18n/index.js';
import {
  dateSpan,
  isCalendarDate,
  latestAsOf,
  todayInChina,
  wholeMonthsBetween,
  wholeYearsBetween,
} from '../src/model/dates.js';
import type { Household } from '../src/model/household.js';
import { checkCharacter, maskResidentId, parseResidentId } from '../src/model/resident-id.js';
import { ParameterError, type ParameterFile, ParameterSet } from '../src/params/parameters.js';

describe('resident ID numbers', () => {
  it('accepts the GB 11643 sample and derives birth date and sex', () => {
    expect(parseResidentId('11010519491231002X')).toEqual({
      ok: true,
      info: { addressCode: '110105', birthDate: '1949-12-31', sex: 'female' },
    });
  });
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    // Computed independently (Python) for three Jiaozuo numbers.
    expect(checkCharacter('41080219800101001')).toBe('6');
    expect(checkCharacter('41082119500315002')).toBe('6');
    expect(checkCharacter('41088219990909003')).toBe('2');
  });
  it('rejects a wrong check digit, an impossible date and a wrong shape', () => {
    expect(parseResidentId('110105194912310021')).toEqual({ ok: false, problem: 'checkDigit' });
    expect(parseResidentId('110105194902300028')).toEqual({ ok: false, problem: 'birthDate' });
    expect(parseResidentId('12345')).toEqual({ ok: false, problem: 'format' });
  });
  it('accepts a lower-case x', () => {
    expect(parseResidentId('11010519491231002x').ok).toBe(true);
  });
  it('masks all but the first three and last two characters', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110*************2X');
  });
});

describe('four-valued logic', () => {
  const T: Truth = 'T';
  const F: Truth = 'F';
  const U: Truth = 'U';
  const W: Truth = 'W';
  it('all: a known failure decides even with unknowns', () => {
    expect(foldAll([U, F])).toBe(F);
    expect(foldAll([T, U])).toBe(U);
    expect(foldAll([T, W])).toBe(W);
    expect(foldAll([U, W])).toBe(U);
    expect(foldAll([T, T])).toBe(T);
  });
  it('any: a known pass decides even with unknowns', () => {
    expect(foldAny([U, T])).toBe(T);
    expect(foldAny([F, U])).toBe(U);
    expect(foldAny([F, W])).toBe(W);
    expect(foldAny([F, F])).toBe(F);
  });
  it('not swaps known values and keeps unknowns', () => {
    expect([T, F, U, W].map(foldNot)).toEqual([F, T, U, W]);
  });
  it('near misses are the single answers that would flip a failure', () => {
    const leaf = (truth: Truth, name: string): LogicNode<string> => ({ op: 'leaf', children: [], leaf: name, truth });
    const a = leaf('T', 'a');
    const b = leaf('F', 'b');
    const c = leaf('F', 'c');
    const one: LogicNode<string> = { op: 'all', children: [a, b], truth: 'F' };
    expect(nearMisses(one).map((n) => n.leaf)).toEqual(['b']);
    const two: LogicNode<string> = { op: 'all', children: [a, b, c], truth: 'F' };
    expect(nearMisses(two)).toEqual([]);
  });
});

describe('dates', () => {
  it('counts whole years and months, birthdays included', () => {
    expect(wholeYearsBetween('1960-06-01', '2025-06-01')).toBe(65);
    expect(wholeYearsBetween('1960-06-01', '2025-05-31')).toBe(64);
    expect(wholeMonthsBetween('2025-01-15', '2025-03-14')).toBe(1);
    expect(wholeMonthsBetween('2025-01-15', '2025-03-15')).toBe(2);
  });
  it('has one real-date check', () => {
    for (const d of ['2024-02-29', '2000-02-29', '1900-01-01', '2025-12-31']) expect(isCalendarDate(d), d).toBe(true);
    for (const d of [
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2024-13-45',
      '0000-00-00',
      '9999-99-99',
      '2024-4-1',
      ' 2024-04-01',
      '',
    ])
      expect(isCalendarDate(d), d).toBe(false);
  });
  it('takes screening dates to 31 December of the year after today', () => {
    expect(latestAsOf('2026-05-17')).toBe('2027-12-31');
    expect(latestAsOf('2026-12-31')).toBe('2027-12-31');
  });
  it('takes today in Asia/Shanghai', () => {
    expect(todayInChina(Date.UTC(2026, 0, 1, 15, 59))).toBe('2026-01-01');
    expect(todayInChina(Date.UTC(2026, 0, 1, 16, 0))).toBe('2026-01-02');
  });
});

describe('parameters', () => {
  const file: ParameterFile = {
    family: 'test',
    parameters: {
      'x.standard': {
        unit: 'CNY/month',
        label: { 'zh-CN': '标准', en: 'standard' },
        values: [
          { from: '2021-01-01', value: 600, year: 2021, source: 's2', confidence: 'H' },
          { from: '2019-01-01', value: 550, year: 2019, source: 's1', confidence: 'M' },
          { from: '2023-01-01', value: 630, year: 2023, source: 's3', confidence: 'UNVERIFIED' },
        ],
      },
    },
  };
  const params = new ParameterSet([file]);
  it('uses the value in force on the as-of date', () => {
    expect(params.number('x.standard', '2019-01-01')).toBe(550);
    expect(params.number('x.standard', '2020-12-31')).toBe(550);
    expect(params.number('x.standard', '2021-01-01')).toBe(600);
    expect(params.at('x.standard', '2024-01-01')).toMatchObject({ value: 630, unverified: true });
  });
  it('refuses a date before the first value', () => {
    expect(() => params.at('x.standard', '2018-12-31')).toThrow(ParameterError);
  });
  it('layers staff values over the seeds: sourced, so no longer placeholders', () => {
    const withOverride = new ParameterSet(
      [file],
      [{ id: 'x.standard', from: '2024-01-01', value: 700, source: 'notice 2024' }],
    );
    expect(withOverride.at('x.standard', '2024-06-01')).toMatchObject({
      value: 700,
      source: 'notice 2024',
      unverified: false,
    });
    expect(withOverride.number('x.standard', '2023-06-01')).toBe(630);
  });
});

describe('locale', () => {
  it('prefers the explicit choice, then Accept-Language, and defaults to zh-CN', () => {
    expect(pickLocale('en', 'zh-CN')).toBe('en');
    expect(pickLocale(undefined, 'en-US,en;q=0.9')).toBe('en');
    expect(pickLocale(undefined, 'fr-FR')).toBe('zh-CN');
    expect(pickLocale()).toBe('zh-CN');
  });
});

describe('facts derived from resident ID numbers', () => {
  it('takes the county from the applicant ID number when not answered, and only a Jiaozuo one', () => {
    const members = [
      { relation: 'child' as const, idNumber: '410882199909090032' },
      { relation: 'self' as const, idNumber: '410802198001010016' },
    ];
    expect(countyFromIds({ members })).toBe('410802');
    expect(countyFromIds({ members: [{ idNumber: '11010519491231002X' }] })).toBeUndefined();
  });
});

describe('a discharge date given as a year, or a year and month', () => {
  const core = createCore();
  const fact = FACTS.get('monthsSinceDischarge') as FactDefinition;
  const reader = paramReader(core.catalogue.params, '2026-11-29');
  const threshold = reader.number('veterans.adaptive_training.recent_discharge_months');
  const months = (dischargeDate: string, param: (id: string) => number = reader.number) =>
    fact.compute({
      household: { members: [{ dischargeDate }] },
      member: { dischargeDate },
      asOf: reader.asOf,
      param,
      paramUnit: reader.unit,
    });
  const recent = (v: unknown) => (v === undefined ? undefined : (v as number) < threshold);

  it('names the first and last day of a year, a month or a day, and nothing else', () => {
    expect(dateSpan('1986')).toEqual({ first: '1986-01-01', last: '1986-12-31' });
    expect(dateSpan('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateSpan('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(dateSpan('2020-05-17')).toEqual({ first: '2020-05-17', last: '2020-05-17' });
    for (const bad of ['19', '2020-13', '2020-00', '2020-02-30', '2020-1', '2020-', ' 2020', '20201'])
      expect(dateSpan(bad), bad).toBeUndefined();
  });

  it('settles "recently discharged" by the year alone 40 years on', () => {
    expect(threshold).toBe(12);
    expect(recent(months('1986'))).toBe(false);
    expect(months('1986')).toBe(wholeMonthsBetween('1986-12-31', '2026-11-29'));
  });

  it('is unknown when the month decides: this year with a 6-month threshold, last year with 12', () => {
    const six = (id: string) => (id === 'veterans.adaptive_training.recent_discharge_months' ? 6 : reader.number(id));
    expect(months('2026', six)).toBeUndefined();
    expect(months('2025')).toBeUndefined();
    // This year with 12 months: every day of it is recent.
    expect(recent(months('2026'))).toBe(true);
  });

  it('is settled by the year and month when the month decides', () => {
    expect(recent(months('2025-10'))).toBe(false);
    expect(recent(months('2025-12'))).toBe(true);
    // November 2025: the 1st is 12 months before 29 November 2026, the 30th 11 — the day decides.
    expect(months('2025-11')).toBeUndefined();
  });

  it('counts a full date exactly as before, and declares the parameter it reads', () => {
    for (const d of ['2025-11-15', '2025-11-30', '1986-07-01', '2026-11-29'])
      expect(months(d), d).toBe(wholeMonthsBetween(d, '2026-11-29'));
    expect(fact.params).toContain('veterans.adaptive_training.recent_discharge_months');
  });
});

describe('zero-employment household', () => {
  const core = createCore();
  const fact = FACTS.get('zeroEmployment') as FactDefinition;
  const reader = paramReader(core.catalogue.params, '2025-06-01');
  const compute = (members: Household['members']) =>
    fact.compute({ household: { members }, asOf: reader.asOf, param: reader.number, paramUnit: reader.unit });

  it('counts only members of working age: a 78-year-old who still works does not make it "employed"', () => {
    const working78 = { birthDate: '1947-04-15', employment: 'employed' as const };
    const unemployed45 = { birthDate: '1980-01-01', employment: 'unemployed' as const };
    expect(compute([working78, unemployed45])).toBe(true);
    // The same household with the pensioner's answer left out: the same answer (found by the invariant test).
    expect(compute([{ birthDate: '1947-04-15' }, unemployed45])).toBe(true);
    expect(compute([{ birthDate: '1980-01-01', employment: 'employed' }, unemployed45])).toBe(false);
    expect(compute([{ employment: 'employed' }, unemployed45])).toBeUndefined();
  });
});

describe('sentences residents read', () => {
  const core = createCore();
  const household = {
    hukouType: 'urban' as const,
    hukouInJiaozuo: true,
    residesInJiaozuo: true,
    monthlyIncomeTotal: 300,
    holdsDibao: false,
    holdsLowIncome: false,
    members: [
      {
        relation: 'self' as const,
        birthDate: '1980-01-01',
        hasDisabilityCertificate: true,
        disabilityCategory: 'physical' as const,
        disabilityGrade: 3,
        holdsTekun: false,
        hasCapableSupporter: true,
        employment: 'unemployed' as const,
      },
    ],
  };
  const reasons = async (locale: 'zh-CN' | 'en', programId: string) => {
    const s = await core.screen(household, '2025-06-01', locale, { detail: 'full' });
    return (s.results.find((r) => r.programId === programId)?.reasons ?? []).map((r) => r.text).join('\n');
  };

  it('reads a grade as a range, never as "3 is 1 above 2" (a higher grade number is milder)', async () => {
    expect(await reasons('zh-CN', 'disability-care-subsidy')).toContain('残疾等级为3级，不在1至2级之内');
    expect(await reasons('en', 'disability-care-subsidy')).toContain('disability grade 3, not within grades 1 to 2');
    expect(await reasons('zh-CN', 'disability-care-subsidy')).not.toMatch(/高\s*1/);
  });

  it('says a status the household does not hold is met only once granted', async () => {
    // dibao screens eligible (300 yuan is below the standard) but is not held: 如被认定, not 符合 as a fact.
    const text = await reasons('zh-CN', 'disability-living-subsidy');
    expect(text).toContain('如被认定，即符合');
    expect(text).not.toContain('家庭已享受低保：符合');
  });
});
