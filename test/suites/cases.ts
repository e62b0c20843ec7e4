/**
 * Run on both platforms (test/window-cases.test.ts on Node, test/workerd/cases.test.ts in workerd).
 * Cases: saved with the screening, ID numbers searchable only through their keyed hash, masked in
 * lists and CSV, read and re-screened with the changes program by program, exported safely.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../src/api/cases.js';
import { elder, ID_NUMBER, NAME, PHONE, type Session, saveCase, type TestApp, wellOff } from '../harness.js';

export function casesSuite(t: TestApp) {
  let staff: Session;
  let hotline: Session;
  let admin: Session;
  let saved: { id: string; number: string };

  beforeAll(async () => {
    staff = await t.session('staff');
    hotline = await t.session('hotline');
    admin = await t.session('admin');
    saved = await saveCase(t, staff, {
      household: elder,
      asOf: '2021-06-01',
      note: 'came with her daughter',
      applicant: { name: NAME, phone: PHONE },
    });
  });

  interface Summary {
    id: string;
    number: string;
    applicant: { name?: string; idNumber?: string; phone?: string };
    eligible: string[];
  }

  async function list(s: Session, query = '') {
    const res = await t.call(s, 'GET', `/api/v1/cases${query}`);
    expect(res.status, query).toBe(200);
    return (await res.json()) as { cases: Summary[]; total: number; page: number };
  }

  describe('saving a case', () => {
    it('answers 201 with the case, its number, the screening in the request language and the applicant in full', async () => {
      const c = saved as unknown as Record<string, unknown> & { screening: { locale: string; results: unknown[] } };
      expect(c.number).toMatch(/^JZ-\d{4}-\d{6}$/);
      expect(c).toMatchObject({
        asOf: '2021-06-01',
        members: 1,
        county: '410802',
        note: 'came with her daughter',
        applicant: { name: '欧***', idNumber: '1101**********002X', phone: '138****5678' },
        applicantFull: { name: NAME, phone: PHONE },
        createdBy: expect.stringContaining('staff'),
      });
      expect(c.screening.locale).toBe('en');
      expect(c.screening.results.length).toBeGreaterThan(20);
      expect(c.eligible).toContain('dibao');
      expect(c.rulesVersion).toMatch(/^[0-9a-f]{16}$/);
      expect(c.parametersVersion).toMatch(/^[0-9a-f]{16}$/);
      expect((c.household as { members: { idNumber: string }[] }).members[0].idNumber).toBe(ID_NUMBER);
      expect(c.history).toHaveLength(1);
    });

    it('numbers cases in sequence within the year', async () => {
      const a = await saveCase(t, hotline, { household: wellOff, asOf: '2025-06-01' });
      const b = await saveCase(t, hotline, { household: wellOff, asOf: '2025-06-01' });
      const seq = (n: string) => Number(n.slice(-6));
      expect(seq(b.number)).toBe(seq(a.number) + 1);
      expect(a.number.slice(3, 7)).toBe(b.number.slice(3, 7));
    });

    it('keeps the ID number in no column but the household JSON, and writes one audit record', async () => {
      // D1's own tables (_cf_*) are not the app's, and not readable.
      const tables = (
        await t.rows<{ name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '_cf_'",
        )
      ).map((r) => r.name);
      const holders: string[] = [];
      for (const table of tables) {
        for (const row of await t.rows(`SELECT * FROM ${table}`)) {
          for (const [column, value] of Object.entries(row)) {
            if (String(value).includes(ID_NUMBER)) holders.push(`${table}.${column}`);
          }
        }
      }
      expect([...new Set(holders)]).toEqual(['cases.household']);
      const hashes = (
        await t.rows<{ id_hash: string }>('SELECT id_hash FROM case_ids WHERE case_id = ?', saved.id)
      ).map((r) => r.id_hash);
      expect(hashes).toHaveLength(1);
      expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
      const audit = await t.rows("SELECT * FROM audit_log WHERE action = 'case.create' AND case_id = ?", saved.id);
      expect(audit).toHaveLength(1);
      expect(JSON.stringify(audit)).not.toMatch(new RegExp(`${ID_NUMBER}|${NAME}|${PHONE}`));
    });

    it('refuses bad applicant details and impossible dates with field errors in the user’s language', async () => {
      const bad = await t.call(staff, 'POST', '/api/v1/cases?lang=en', {
        household: elder,
        applicant: { name: 'x'.repeat(41), phone: '12345' },
      });
      expect(bad.status).toBe(400);
      const fields = (await bad.json()).error.fields as { path: string; message: string }[];
      expect(fields).toEqual(
        expect.arrayContaining([
          { path: 'applicant.name', message: 'At most 40 characters' },
          { path: 'applicant.phone', message: expect.stringContaining('mobile number') },
        ]),
      );
      const zh = await t.call(staff, 'POST', '/api/v1/cases', {
        household: { members: [{ birthDate: '2021-01-01' }] },
        asOf: '2020-06-01',
      });
      expect(zh.status).toBe(400);
      expect((await zh.json()).error.fields).toEqual([
        { path: 'household.members.0.birthDate', message: '日期不能晚于评估日期或今天' },
      ]);
      for (const phone of ['13812345678', '0391-1234567', '03911234567']) {
        expect(
          (await t.call(staff, 'POST', '/api/v1/cases', { household: wellOff, applicant: { phone } })).status,
        ).toBe(201);
      }
    });
  });

  describe('finding cases', () => {
    it('lists them masked, 20 a page', async () => {
      const body = await list(hotline);
      expect(body.page).toBe(1);
      expect(body.total).toBeGreaterThanOrEqual(2);
      const mine = body.cases.find((c) => c.id === saved.id);
      expect(mine?.applicant).toEqual({ name: '欧***', idNumber: '1101**********002X', phone: '138****5678' });
      expect(JSON.stringify(body)).not.toMatch(new RegExp(`${ID_NUMBER}|${NAME}|${PHONE}`));
    });

    it('finds a case by the exact ID number (spaces and a lower-case x normalised), and by nothing else', async () => {
      for (const q of [ID_NUMBER, ` ${ID_NUMBER.toLowerCase()} `]) {
        const found = await list(staff, `?idNumber=${encodeURIComponent(q)}`);
        expect(found.cases.map((c) => c.id)).toEqual([saved.id]);
      }
      expect((await list(staff, '?idNumber=110105194912310010')).total).toBe(0);
      const bad = await t.call(staff, 'GET', '/api/v1/cases?idNumber=1101&lang=en');
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.fields[0].path).toBe('idNumber');
    });

    it('filters by county, created date, program and outcome', async () => {
      const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
      expect((await list(staff, '?county=410802')).cases.map((c) => c.id)).toEqual([saved.id]);
      expect((await list(staff, `?from=${today}&to=${today}`)).total).toBeGreaterThanOrEqual(2);
      expect((await list(staff, '?to=2020-01-01')).total).toBe(0);
      expect((await list(staff, '?program=dibao&outcome=eligible')).cases.map((c) => c.id)).toEqual([saved.id]);
      expect((await list(staff, '?program=dibao')).cases.map((c) => c.id)).toEqual([saved.id]);
      const notEligible = await list(staff, '?program=elder-health-check&outcome=not_eligible');
      expect(notEligible.cases.map((c) => c.id)).not.toContain(saved.id);
      expect(notEligible.total).toBeGreaterThanOrEqual(2);
      expect((await list(staff, '?program=elder-health-check&outcome=eligible')).cases.map((c) => c.id)).toEqual([
        saved.id,
      ]);
      // Alone, an outcome matches a case where any program has it.
      expect((await list(staff, '?outcome=eligible')).total).toBe((await list(staff)).total);
      expect((await list(staff, '?outcome=refer')).total).toBe(0);
      const bad = await t.call(staff, 'GET', '/api/v1/cases?program=no-such&from=2024-02-30&lang=en');
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['from', 'program']);
    });
  });

  describe('reading and re-screening', () => {
    it('renders the saved screening in the request language, and audits every read', async () => {
      const before = await t.value<number>("SELECT count(*) FROM audit_log WHERE action = 'case.read'");
      const zh = await (await t.call(hotline, 'GET', `/api/v1/cases/${saved.id}`)).json();
      const en = await (await t.call(hotline, 'GET', `/api/v1/cases/${saved.id}?lang=en`)).json();
      expect(zh.case.screening.locale).toBe('zh-CN');
      expect(en.case.screening.locale).toBe('en');
      const dibao = (s: { results: { programId: string; name: string; amount?: { value: number } }[] }) =>
        s.results.find((r) => r.programId === 'dibao');
      expect(dibao(zh.case.screening)?.name).toBe('城乡最低生活保障（低保）');
      expect(dibao(en.case.screening)?.amount?.value).toBe(150);
      const after = await t.value<number>("SELECT count(*) FROM audit_log WHERE action = 'case.read'");
      expect(after).toBe(before + 2);
      expect((await t.call(hotline, 'GET', '/api/v1/cases/nope')).status).toBe(404);
    });

    it('re-screens as of a later date and lists the programs that changed, the dibao standard having risen', async () => {
      // dibao.standard.urban: 600 from 2020-01-01, 630 from 2022-01-01 (seeds/parameters).
      const res = await t.call(staff, 'POST', `/api/v1/cases/${saved.id}/rescreen?lang=en`, { asOf: '2022-06-01' });
      expect(res.status).toBe(200);
      const body = await res.json();
      const dibao = body.changes.find((c: { programId: string }) => c.programId === 'dibao');
      expect(dibao).toEqual({
        programId: 'dibao',
        program: 'minimum living allowance (dibao)',
        before: { outcome: 'eligible', amount: 150, period: 'month' },
        after: { outcome: 'eligible', amount: 180, period: 'month' },
      });
      // Only changes are listed.
      for (const c of body.changes) expect(c.before).not.toEqual(c.after);
      expect(body.changes.map((c: { programId: string }) => c.programId)).not.toContain('elder-health-check');
      expect(body.case.asOf).toBe('2022-06-01');
      expect(body.case.history.map((h: { asOf: string }) => h.asOf)).toEqual(['2021-06-01', '2022-06-01']);
      // Back to the first date: the same change the other way.
      const back = await (
        await t.call(admin, 'POST', `/api/v1/cases/${saved.id}/rescreen`, { asOf: '2021-06-01' })
      ).json();
      expect(back.changes.find((c: { programId: string }) => c.programId === 'dibao')).toMatchObject({
        before: { amount: 180 },
        after: { amount: 150 },
      });
      const again = await (
        await t.call(admin, 'POST', `/api/v1/cases/${saved.id}/rescreen`, { asOf: '2021-06-01' })
      ).json();
      expect(again.changes).toEqual([]);
    });

    it('refuses a re-screening date the household cannot take', async () => {
      const young = await saveCase(t, staff, { household: { members: [{ birthDate: '2021-03-01' }] } });
      const res = await t.call(staff, 'POST', `/api/v1/cases/${young.id}/rescreen?lang=en`, { asOf: '2020-06-01' });
      expect(res.status).toBe(400);
      expect((await res.json()).error.fields[0].path).toBe('household.members.0.birthDate');
      const early = await t.call(staff, 'POST', `/api/v1/cases/${young.id}/rescreen?lang=en`, { asOf: '2000-01-01' });
      expect(early.status).toBe(400);
      expect((await early.json()).error.fields[0].path).toBe('asOf');
    });
  });

  describe('the audit log', () => {
    it('shows an admin what happened to a case, by whom, without personal data; filters by user and date', async () => {
      const res = await t.call(admin, 'GET', `/api/v1/audit?caseId=${saved.id}`);
      expect(res.status).toBe(200);
      const { records, total, page } = await res.json();
      expect(page).toBe(1);
      expect(total).toBe(records.length);
      const actions = records.map((r: { action: string }) => r.action);
      expect(actions).toContain('case.create');
      expect(actions).toContain('case.read');
      expect(actions).toContain('case.rescreen');
      const created = records.find((r: { action: string }) => r.action === 'case.create');
      expect(created).toMatchObject({ caseId: saved.id, user: { id: staff.user.id, username: staff.user.username } });
      expect(JSON.stringify(records)).not.toMatch(new RegExp(`${ID_NUMBER}|${NAME}|${PHONE}`));
      const byUser = await (await t.call(admin, 'GET', `/api/v1/audit?user=${hotline.user.username}`)).json();
      expect(byUser.total).toBeGreaterThan(0);
      expect(byUser.records.every((r: { user?: { id: string } }) => r.user?.id === hotline.user.id)).toBe(true);
      expect((await (await t.call(admin, 'GET', '/api/v1/audit?to=2020-01-01')).json()).total).toBe(0);
      // Append-only: the database itself refuses to change or remove a record.
      await expect(t.exec("UPDATE audit_log SET action = 'x'")).rejects.toThrow(/append-only/);
      await expect(t.exec('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    });
  });

  describe('CSV export', () => {
    const parse = (csv: string) =>
      csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');

    it('is UTF-8 with a BOM, headers in the request language, masked for staff', async () => {
      const res = await t.call(staff, 'GET', `/api/v1/cases/export.csv?ids=${saved.id}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="cases-\d{4}-\d{2}-\d{2}\.csv"$/);
      const bytes = new Uint8Array(await res.clone().arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = parse(await res.text());
      expect(lines[0].split(',')[0]).toBe('案件编号');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain('1101**********002X');
      expect(lines[1]).toContain('欧***');
      expect(lines[1]).toContain('138****5678');
      expect(lines[1]).not.toMatch(new RegExp(`${ID_NUMBER}|${NAME}|${PHONE}`));
      const en = parse(await (await t.call(staff, 'GET', `/api/v1/cases/export.csv?ids=${saved.id}&lang=en`)).text());
      expect(en[0].split(',')[0]).toBe('Case number');
    });

    it('is unmasked only for an administrator who asks', async () => {
      const denied = await t.call(staff, 'GET', `/api/v1/cases/export.csv?ids=${saved.id}&unmasked=1`);
      expect(denied.status).toBe(403);
      const res = await t.call(admin, 'GET', `/api/v1/cases/export.csv?ids=${saved.id}&unmasked=1`);
      const line = parse(await res.text())[1];
      for (const value of [ID_NUMBER, NAME, PHONE]) expect(line).toContain(value);
      const audit = await t.value<string>(
        "SELECT detail FROM audit_log WHERE action = 'case.export' ORDER BY id DESC LIMIT 1",
      );
      expect(JSON.parse(audit)).toMatchObject({ count: 1, unmasked: true, caseIds: [saved.id] });
    });

    it('defuses formulas and quotes as RFC 4180 says', async () => {
      expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
      for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1`)).toBe(`'${start}1`);
      expect(csvCell('a,b')).toBe('"a,b"');
      expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
      expect(csvCell(12)).toBe('12');
      const evil = await saveCase(t, staff, { household: wellOff, applicant: { name: '=cmd|"/C calc"!A0' } });
      const res = await t.call(admin, 'GET', `/api/v1/cases/export.csv?ids=${evil.id}&unmasked=1`);
      const line = parse(await res.text())[1];
      expect(line).toContain(`"'=cmd|""/C calc""!A0"`);
    });

    it('exports the filtered list when no ids are given', async () => {
      const res = await t.call(staff, 'GET', '/api/v1/cases/export.csv?county=410802');
      expect(parse(await res.text())).toHaveLength(2);
    });
  });
}
