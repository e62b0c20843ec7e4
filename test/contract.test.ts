/**
 * The published contract says what the server checks: dates with format date and a pattern of
 * exactly the real dates taken, the resident ID number's pattern, the rules between fields as JSON
 * Schema, the 400 of every route that validates input, and the checks no schema can express named
 * in the description. test/contract-fuzz.test.ts generates bodies from it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { createCore } from '../src/core.js';
import { openSqliteStore } from '../src/db/sqlite.js';
import { datePattern, partialDateRangeRegex } from '../src/model/date-pattern.js';
import { dateSpan, EARLIEST_BIRTH_DATE, isCalendarDate, latestAsOf, todayInChina } from '../src/model/dates.js';

const store = openSqliteStore(':memory:');
const app = createApp({ store });
afterAll(() => store.close());

describe('the published document', () => {
  const first = createCore().catalogue.firstDate;
  const today = todayInChina();

  it('gives dates format date and a pattern of exactly the real dates taken', async () => {
    const doc = await (await app.request('/api/v1/openapi.json')).json();
    const req = doc.components.schemas.ScreeningRequest;
    const member = req.properties.household.properties.members.items;
    const fields: [string, { format?: string; pattern: string }, string, string][] = [
      ['asOf', req.properties.asOf, first, latestAsOf(today)],
      ['birthDate', member.properties.birthDate, EARLIEST_BIRTH_DATE, today],
    ];
    for (const [name, schema, min, max] of fields) {
      expect(schema.format, name).toBe('date');
      const re = new RegExp(schema.pattern);
      for (const d of [min, max, '2024-02-29']) expect(re.test(d), `${name} ${d}`).toBe(true);
      for (const d of [dayBefore(min), dayAfter(max), '2023-02-29', '2024-02-30', '0000-01-01', '9999-12-31'])
        expect(re.test(d), `${name} ${d}`).toBe(false);
    }
    expect(JSON.stringify(doc)).not.toContain('x-bounds');
  });

  it('gives the discharge date a pattern of exactly the years, months and dates taken', async () => {
    const doc = await (await app.request('/api/v1/openapi.json')).json();
    const schema =
      doc.components.schemas.ScreeningRequest.properties.household.properties.members.items.properties.dischargeDate;
    expect(schema.format).toBeUndefined();
    const re = new RegExp(schema.pattern);
    const [year, month] = [today.slice(0, 4), today.slice(0, 7)];
    for (const d of ['1927', '1927-08', '1927-08-01', '1986', '1986-07', '2024-02-29', year, month, today])
      expect(re.test(d), d).toBe(true);
    for (const d of [
      '1926',
      '1927-07',
      '1927-07-31',
      String(Number(year) + 1),
      dayAfter(today),
      '19',
      '2020-13',
      '2020-00',
      '2020-02-30',
      '2020-1',
      '0000',
    ])
      expect(re.test(d), d).toBe(false);
    expect(schema.description).toMatch(/YYYY-MM/);
    // The server takes exactly what the pattern takes.
    for (const d of ['1927', '1927-07', '1986-07', '2020-13', '2020-02-30', '19', month, String(Number(year) + 1)]) {
      const res = await app.request('/api/v1/screenings', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ household: { members: [{ isVeteran: true, dischargeDate: d }] } }),
      });
      expect(res.status === 200, d).toBe(re.test(d));
    }
  });

  it('gives the resident ID number its pattern: 17 digits with a real birth date, then a digit or X', async () => {
    const doc = await (await app.request('/api/v1/openapi.json')).json();
    const id =
      doc.components.schemas.ScreeningRequest.properties.household.properties.members.items.properties.idNumber;
    const re = new RegExp(id.pattern);
    expect(re.test('11010519491231002X')).toBe(true);
    expect(re.test('410802198001010016')).toBe(true);
    for (const bad of ['11010519491231002x', '1101051949123100', '110105194902300028', '110105000001010016', 'abc'])
      expect(re.test(bad), bad).toBe(false);
    expect(id.description).toMatch(/check character/);
  });

  it('states the rules between fields as JSON Schema', async () => {
    const doc = await (await app.request('/api/v1/openapi.json')).json();
    const household = doc.components.schemas.ScreeningRequest.properties.household;
    expect(household.not).toEqual({ required: ['monthlyIncomeTotal', 'monthlyIncomePerCapita'] });
    const member = household.properties.members.items;
    expect(member.if).toEqual({
      properties: { hasDisabilityCertificate: { const: false } },
      required: ['hasDisabilityCertificate'],
    });
    expect(member.then).toEqual({ properties: { disabilityCategory: false, disabilityGrade: false } });
    // The household JSON Schema carries the same.
    const schema = await (await app.request('/api/v1/schema')).json();
    expect(schema.not).toEqual(household.not);
    expect(new RegExp(schema.properties.members.items.properties.birthDate.pattern).test('1950-03-01')).toBe(true);
  });

  it('documents the 400 of every route that validates input, and names the checks no schema expresses', async () => {
    const doc = await (await app.request('/api/v1/openapi.json')).json();
    for (const [path, method] of [
      ['/api/v1/screenings', 'post'],
      ['/api/v1/programs', 'get'],
      ['/api/v1/programs/{id}', 'get'],
    ]) {
      expect(doc.paths[path][method].responses['400'], `${method} ${path}`).toMatchObject({
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      });
    }
    const query = doc.paths['/api/v1/programs'].get.parameters.find((p: { name: string }) => p.name === 'asOf');
    expect(query.schema).toMatchObject({ type: 'string', format: 'date' });
    expect(new RegExp(query.schema.pattern).test('2024-02-30')).toBe(false);
    const description = doc.paths['/api/v1/screenings'].post.description;
    for (const words of ['check character', 'birthDate and sex', 'today', 'parameters in force']) {
      expect(description).toContain(words);
    }
  });
});

describe('date patterns', () => {
  it('match exactly the years, years and months, and dates with some day in range', () => {
    for (const [min, max] of [
      ['1927-08-01', '2026-11-29'],
      ['2018-07-30', '2019-05-17'],
      ['2024-02-28', '2024-03-01'],
      ['2024-01-01', '2024-12-31'],
      ['1927-08-01', '1931-03-01'],
    ]) {
      const re = new RegExp(`^${partialDateRangeRegex(min, max)}$`);
      const inRange = (s: string) => {
        const span = dateSpan(s);
        return span !== undefined && span.last >= min && span.first <= max;
      };
      for (let y = Number(min.slice(0, 4)) - 1; y <= Number(max.slice(0, 4)) + 1; y++) {
        const candidates = [String(y)];
        for (let m = 0; m <= 13; m++) {
          const ym = `${y}-${String(m).padStart(2, '0')}`;
          candidates.push(ym, `${y}-${m}`);
          for (let d = 0; d <= 32; d++) candidates.push(`${ym}-${String(d).padStart(2, '0')}`);
        }
        for (const s of candidates) if (re.test(s) !== inRange(s)) throw new Error(`${min}..${max}: ${s}`);
      }
    }
  });

  it('match exactly the real dates in range, leap days included', () => {
    for (const [min, max] of [
      ['1900-01-01', '2027-12-31'],
      ['2018-07-30', '2026-05-17'],
      ['1927-08-01', '1931-03-01'],
      ['2024-02-28', '2024-03-01'],
      ['1899-12-31', '1900-03-01'],
    ]) {
      const re = new RegExp(datePattern(min, max));
      for (let y = Number(min.slice(0, 4)) - 1; y <= Number(max.slice(0, 4)) + 1; y++) {
        for (let m = 0; m <= 13; m++) {
          for (let d = 0; d <= 32; d++) {
            const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
            if (re.test(s) !== (isCalendarDate(s) && s >= min && s <= max)) throw new Error(`${min}..${max}: ${s}`);
          }
        }
      }
    }
  });
});

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
