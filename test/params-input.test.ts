/** The one check of a staff value for a parameter (the `params` command now, the staff page later). */
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.js';
import { checkParameterInput, type ParameterInput, UNIT_BOUNDS } from '../src/params/validate.js';

const params = createCore().catalogue.params;
const TODAY = '2026-05-17';
const input = (over: Partial<ParameterInput>): ParameterInput => ({
  id: 'dibao.standard.urban',
  from: '2025-01-01',
  value: '650',
  source: '焦作市民政局 2025 年通知',
  ...over,
});
const codes = (over: Partial<ParameterInput>) => {
  const r = checkParameterInput(params, input(over), TODAY);
  return r.ok ? [] : r.problems.map((p) => `${p.field}:${p.code}`);
};

describe('a staff value for a parameter', () => {
  it('is stored as a number with its trimmed date and note', () => {
    expect(checkParameterInput(params, input({ value: ' 650.5 ', source: ' source ' }), TODAY)).toEqual({
      ok: true,
      override: { id: 'dibao.standard.urban', from: '2025-01-01', value: 650.5, source: 'source' },
    });
  });

  it('refuses the inputs the command used to take', () => {
    expect(codes({ from: '2024-13-45' })).toEqual(['from:date']);
    expect(codes({ from: '0000-00-00' })).toEqual(['from:date']);
    expect(codes({ from: '2024-02-30' })).toEqual(['from:date']);
    expect(codes({ value: '' })).toEqual(['value:empty']);
    expect(codes({ value: '  ' })).toEqual(['value:empty']);
    expect(codes({ value: '-500' })).toEqual(['value:tooSmall']);
    expect(codes({ value: '1e308' })).toEqual(['value:notNumber']);
    expect(codes({ value: '0x10' })).toEqual(['value:notNumber']);
    expect(codes({ value: 'Infinity' })).toEqual(['value:notNumber']);
    expect(codes({ value: '1,000' })).toEqual(['value:notNumber']);
  });

  it('takes dates from the first value to 31 December of next year', () => {
    const first = params.definition('dibao.standard.urban').values[0].from;
    const day = new Date(`${first}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 1);
    expect(codes({ from: day.toISOString().slice(0, 10) })).toEqual(['from:beforeFirstValue']);
    expect(codes({ from: first })).toEqual([]);
    expect(codes({ from: '2027-12-31' })).toEqual([]);
    expect(codes({ from: '2028-01-01' })).toEqual(['from:afterHorizon']);
  });

  it('bounds the value by the unit', () => {
    expect(codes({ value: String(UNIT_BOUNDS['CNY/month'].max + 1) })).toEqual(['value:tooBig']);
    expect(codes({ id: 'low_income.multiple_of_dibao', from: '2023-01-01', value: '1.5' })).toEqual([]);
    expect(codes({ id: 'low_income.multiple_of_dibao', from: '2023-01-01', value: '15' })).toEqual(['value:tooBig']);
    expect(codes({ id: 'disability.severe.max_grade', value: '2.5' })).toEqual(['value:notInteger']);
    expect(codes({ id: 'disability.severe.max_grade', value: '0' })).toEqual(['value:tooSmall']);
    expect(codes({ id: 'elder_health_check.min_age', value: '200' })).toEqual(['value:tooBig']);
  });

  it('needs a known parameter and a source', () => {
    expect(codes({ id: 'no.such' })).toEqual(['id:unknown']);
    expect(codes({ source: ' ' })).toEqual(['source:sourceEmpty']);
    expect(codes({ source: 'x'.repeat(501) })).toEqual(['source:sourceTooLong']);
  });

  it('reports every problem at once, each with a message in both languages', () => {
    const r = checkParameterInput(params, input({ from: 'x', value: '-1', source: '' }), TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual(['from', 'value', 'source']);
    const core = createCore();
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const p of r.problems) {
        const key = `errors.parameter.${p.code}`;
        expect(core.t[locale](key, p.values)).not.toBe(key);
      }
    }
  });
});
