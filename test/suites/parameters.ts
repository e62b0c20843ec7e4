/**
 * Run on both platforms (test/window-parameters.test.ts on Node, test/workerd/parameters.test.ts in
 * workerd). Parameter values set through the window: the same checks as `npm run params -- set`, audited,
 * an impact preview that re-screens saved cases without saving, in force at once, and a delete that
 * restores the seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core.js';
import { latestAsOf, todayInChina } from '../../src/model/dates.js';
import { elder, type Session, saveCase, type TestApp, wellOff } from '../harness.js';

export const ID = 'dibao.standard.urban';
/** Five inputs both the API and the command refuse, with the field each is refused on. */
export const BAD: [string, { from: string; value: string; source: string }][] = [
  ['from', { from: '2024-13-45', value: '650', source: 'notice' }],
  ['from', { from: '0000-00-00', value: '650', source: 'notice' }],
  ['value', { from: '2025-01-01', value: '', source: 'notice' }],
  ['value', { from: '2025-01-01', value: '-500', source: 'notice' }],
  ['value', { from: '2025-01-01', value: '1e308', source: 'notice' }],
];

export function parametersSuite(t: TestApp) {
  let admin: Session;
  let staff: Session;

  beforeAll(async () => {
    admin = await t.session('admin');
    staff = await t.session('staff');
  });

  async function dibaoAmount(asOf: string) {
    const res = await t.request('/api/v1/screenings', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ household: elder, asOf }),
    });
    return (await res.json()).results.find((r: { programId: string }) => r.programId === 'dibao').amount.value;
  }

  describe('the list', () => {
    it('shows every parameter with its bounds, the value in force and each value’s origin', async () => {
      const res = await t.call(staff, 'GET', '/api/v1/parameters?lang=en');
      expect(res.status).toBe(200);
      const { parameters } = await res.json();
      expect(parameters.length).toBe(createCore().catalogue.params.ids().length);
      const p = parameters.find((x: { id: string }) => x.id === ID);
      expect(p).toMatchObject({
        label: 'urban dibao standard',
        unit: 'CNY/month',
        min: 0,
        max: 100_000,
        firstFrom: '2019-01-01',
      });
      expect(p.inForce).toMatchObject({ value: 630, from: '2022-01-01', unverified: true });
      expect(p.values.map((v: { origin: string }) => v.origin)).toEqual(['seed', 'seed', 'seed']);
    });
  });

  describe('a value through the API', () => {
    it('refuses the five bad inputs, a date before the first value and one after the horizon, at their fields', async () => {
      for (const [field, body] of BAD) {
        const res = await t.call(admin, 'POST', `/api/v1/parameters/${ID}/values?lang=en`, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        const { error } = await res.json();
        expect(
          error.fields.map((f: { path: string }) => f.path),
          JSON.stringify(body),
        ).toEqual([field]);
        expect(error.fields[0].message).toBeTruthy();
      }
      const early = await t.call(admin, 'POST', `/api/v1/parameters/${ID}/values?lang=en`, {
        from: '2018-12-31',
        value: '650',
        source: 'notice',
      });
      expect((await early.json()).error.fields).toEqual([
        { path: 'from', message: 'The date cannot be before the parameter’s first value (2019-01-01)' },
      ]);
      const horizon = latestAsOf(todayInChina());
      const late = await t.call(admin, 'POST', `/api/v1/parameters/${ID}/values`, {
        from: `${Number(horizon.slice(0, 4)) + 1}-01-01`,
        value: 650,
        source: '通知',
      });
      expect((await late.json()).error.fields).toEqual([{ path: 'from', message: `日期不能晚于 ${horizon}` }]);
      const noSource = await t.call(admin, 'POST', `/api/v1/parameters/${ID}/values?lang=en`, {
        from: '2025-01-01',
        value: 650,
        source: ' ',
      });
      expect((await noSource.json()).error.fields).toEqual([
        { path: 'source', message: 'Say where the value comes from' },
      ]);
      expect((await t.call(admin, 'POST', '/api/v1/parameters/no.such/values', BAD[0][1])).status).toBe(404);
      expect(await t.value('SELECT count(*) FROM parameter_overrides')).toBe(0);
    });

    it('previews the saved cases a value would change, saving nothing', async () => {
      const poor = await saveCase(t, staff, { household: elder, asOf: '2021-06-01' });
      const rich = await saveCase(t, staff, { household: wellOff, asOf: '2021-06-01' });
      const res = await t.call(admin, 'POST', `/api/v1/parameters/${ID}/impact?lang=en`, {
        from: '2021-01-01',
        value: '700',
        source: '焦作市民政局 2021 年通知',
      });
      expect(res.status).toBe(200);
      const { affected, checked } = await res.json();
      expect(checked).toBe(2);
      expect(affected).toContainEqual({
        caseId: poor.id,
        number: poor.number,
        programId: 'dibao',
        program: 'minimum living allowance (dibao)',
        before: { outcome: 'eligible', amount: 150, period: 'month' },
        after: { outcome: 'eligible', amount: 250, period: 'month' },
      });
      expect(affected.map((a: { caseId: string }) => a.caseId)).not.toContain(rich.id);
      expect(await t.value('SELECT count(*) FROM parameter_overrides')).toBe(0);
      expect(await dibaoAmount('2021-06-01')).toBe(150);
      // A value from after a case's date does not touch it.
      const later = await t.call(admin, 'POST', `/api/v1/parameters/${ID}/impact`, {
        from: '2021-07-01',
        value: '700',
        source: 'x',
      });
      expect((await later.json()).affected).toEqual([]);
    });

    it('takes effect at once, is audited and listed as a staff value; deleting it restores the seed', async () => {
      expect(await dibaoAmount('2021-06-01')).toBe(150);
      const res = await t.call(admin, 'POST', `/api/v1/parameters/${ID}/values`, {
        from: '2021-01-01',
        value: '700',
        source: '焦作市民政局 2021 年通知',
      });
      expect(res.status).toBe(201);
      const { parameter } = await res.json();
      const staffValue = parameter.values.find((v: { from: string }) => v.from === '2021-01-01');
      expect(staffValue).toMatchObject({
        value: 700,
        origin: 'staff',
        unverified: false,
        source: '焦作市民政局 2021 年通知',
      });
      expect(staffValue.by).toContain('admin');
      expect(await dibaoAmount('2021-06-01')).toBe(250);
      expect(await dibaoAmount('2020-06-01')).toBe(150);
      const audit = await t.rows<{ user_id: string; detail: string }>(
        "SELECT user_id, detail FROM audit_log WHERE action = 'parameter.add'",
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].user_id).toBe(admin.user.id);
      expect(JSON.parse(audit[0].detail)).toMatchObject({ parameterId: ID, from: '2021-01-01', value: '700' });

      // The seeds cannot be deleted; the staff value can.
      expect((await t.call(admin, 'DELETE', `/api/v1/parameters/${ID}/values/2020-01-01`)).status).toBe(404);
      expect((await t.call(admin, 'DELETE', `/api/v1/parameters/${ID}/values/2021-01-01`)).status).toBe(204);
      expect(await dibaoAmount('2021-06-01')).toBe(150);
      expect(await t.value("SELECT count(*) FROM audit_log WHERE action = 'parameter.delete'")).toBe(1);
    });
  });
}
