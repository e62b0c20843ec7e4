/**
 * The resident API over HTTP (screenings, the discharge date's forms, bad input, programs, the
 * schema and documents, health, plausible dates), run on both platforms: by test/api.test.ts on
 * Node (createApp on better-sqlite3) and by test/workerd/api.test.ts inside workerd (the Worker on
 * D1).
 */
import { describe, expect, it, vi } from 'vitest';
import catalogue from '../../seeds/catalogue.json' with { type: 'json' };
import { MAX_BODY_BYTES } from '../../src/api/app.js';
import { createCore, seededPrograms } from '../../src/core.js';
import { RECENT_DISCHARGE_MONTHS } from '../../src/engine/facts.js';
import { latestAsOf, todayInChina } from '../../src/model/dates.js';
import { checkCharacter } from '../../src/model/resident-id.js';
import type { Requester } from '../harness.js';

export const elderAlone = {
  hukouType: 'urban',
  hukouInJiaozuo: true,
  residesInJiaozuo: true,
  monthlyIncomeTotal: 450,
  holdsDibao: false,
  members: [
    {
      relation: 'self',
      idNumber: '11010519491231002X',
      hasCapableSupporter: false,
      holdsTekun: false,
      hasDisabilityCertificate: false,
    },
  ],
};

/** POST /api/v1/screenings with a body (a string is sent as it is). */
export function screeningPoster(app: Requester) {
  return (body: unknown, init: { headers?: Record<string, string>; query?: string } = {}) =>
    app.request(`/api/v1/screenings${init.query ?? ''}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
}

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

export function screeningSuite(app: Requester) {
  const post = screeningPoster(app);

  describe('screenings', () => {
    it('answers in zh-CN by default, with every program in force', async () => {
      const res = await post({ household: elderAlone, asOf: '2021-06-01' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-language')).toBe('zh-CN');
      const body = await res.json();
      expect(body.locale).toBe('zh-CN');
      const health = body.results.find((r: { programId: string }) => r.programId === 'elder-health-check');
      expect(health.outcome).toBe('eligible');
      expect(health.name).toBe('65岁以上老年人免费健康体检');
      const dibao = body.results.find((r: { programId: string }) => r.programId === 'dibao');
      expect(dibao).toMatchObject({ outcome: 'eligible', amount: { value: 150, period: 'month' } });
      expect(dibao.reasons.map((r: { text: string }) => r.text).join()).toContain('450元');
    });

    it('answers in English from the body, ?lang= or Accept-Language', async () => {
      for (const [body, init] of [
        [{ household: elderAlone, asOf: '2021-06-01', locale: 'en' }, {}],
        [{ household: elderAlone, asOf: '2021-06-01' }, { query: '?lang=en' }],
        [{ household: elderAlone, asOf: '2021-06-01' }, { headers: { 'accept-language': 'en-GB,en;q=0.8' } }],
      ] as const) {
        const res = await post(body, init);
        const json = await res.json();
        expect(json.locale).toBe('en');
        expect(json.results.find((r: { programId: string }) => r.programId === 'dibao').name).toBe(
          'minimum living allowance (dibao)',
        );
      }
    });

    it('explains a failed threshold with the gap', async () => {
      const res = await post(
        { household: { ...elderAlone, monthlyIncomeTotal: 620 }, asOf: '2021-06-01', locale: 'en' },
        { query: '?detail=full' },
      );
      const dibao = (await res.json()).results.find((r: { programId: string }) => r.programId === 'dibao');
      expect(dibao.outcome).toBe('not_eligible');
      expect(dibao.detail).toBe('full');
      expect(dibao.changes.join()).toContain(
        '620 yuan is 20 yuan above the local dibao standard (monthly) of 600 yuan',
      );
      // Every reason names the article its clause implements.
      const income = dibao.reasons.find((r: { name: string }) => r.name === 'income_below_standard');
      expect(income.basis).toContain('社会救助暂行办法 第九条');
    });

    it('says which catalogue programs were not checked: those not in force on the date', async () => {
      const early = (await (await post({ household: elderAlone, asOf: '2021-06-01' })).json()).coverage;
      expect(early.catalogue).toBe(catalogue.programs.length);
      expect(early.screened + early.notInForce.length).toBe(catalogue.programs.length);
      const legalAid = early.notInForce.find((p: { programId: string }) => p.programId === 'legal-aid');
      expect(legalAid.name).toBe('法律援助');
      const later = (await (await post({ household: elderAlone, asOf: '2025-06-01' })).json()).coverage;
      expect(later).toEqual({
        catalogue: catalogue.programs.length,
        screened: catalogue.programs.length,
        notInForce: [],
      });
    });

    it('leaves the fixed texts to /program-texts unless detail=full, and they are the same texts', async () => {
      const body = { household: elderAlone, asOf: '2021-06-01' };
      const lean = (await (await post(body)).json()).results;
      const full = (await (await post(body, { query: '?detail=full' })).json()).results;
      const texts = await (await app.request('/api/v1/program-texts')).json();
      expect(texts.locale).toBe('zh-CN');
      const byId = new Map(texts.programs.map((p: { id: string }) => [p.id, p]));
      expect(byId.size).toBe(seededPrograms.length);
      let reasons = 0;
      for (const r of full) {
        const p = byId.get(r.programId) as {
          summary: string;
          quote: string;
          also: string[];
          basis: Record<string, string>;
        };
        const l = lean.find((x: { programId: string }) => x.programId === r.programId);
        for (const [i, reason] of r.reasons.entries()) {
          expect(reason.basis, `${r.programId}.${reason.name}`).toBe(p.basis[reason.name]);
          reasons += 1;
          if (l.detail === 'full') {
            expect(l.reasons[i].name).toBe(reason.name);
            expect(l.reasons[i].basis).toBeUndefined();
          }
        }
        expect(r.summary).toBe(p.summary);
        expect(r.citation.quote).toBe(p.quote);
        expect(r.citation.also).toEqual(p.also);
        if (l.detail === 'full') {
          expect(l.summary).toBeUndefined();
          expect(l.citation.quote).toBeUndefined();
          expect(l.citation.text).toBe(r.citation.text);
        }
      }
      expect(reasons).toBeGreaterThan(50);
      const en = await (await app.request('/api/v1/program-texts?lang=en')).json();
      const dibaoEn = en.programs.find((p: { id: string }) => p.id === 'dibao').summary;
      expect(dibaoEn).toMatch(/\b(income|allowance)\b/i);
      expect(dibaoEn).not.toBe((byId.get('dibao') as { summary: string }).summary);
    });

    it('gives a not-eligible result its deciding reason only, unless detail=full', async () => {
      const body = { household: { ...elderAlone, monthlyIncomeTotal: 620 }, asOf: '2021-06-01', locale: 'en' };
      const brief = (await (await post(body)).json()).results.find(
        (r: { programId: string }) => r.programId === 'dibao',
      );
      expect(brief).toMatchObject({ detail: 'brief', outcome: 'not_eligible' });
      expect(brief.reasons).toHaveLength(1);
      expect(brief.reasons[0]).toMatchObject({
        name: 'income_below_standard',
        status: 'failed',
        value: 620,
        threshold: 600,
        gap: 20,
        thresholdFact: 'dibaoStandardMonthly',
        parameters: ['dibao.standard.urban'],
      });
      expect(brief.reasons[0].text).toContain('20 yuan above');
      expect(brief.documents).toBeUndefined();
      const eligible = (await (await post(body)).json()).results.find(
        (r: { outcome: string }) => r.outcome === 'eligible',
      );
      expect(eligible.detail).toBe('full');
      expect(eligible.documents.length).toBeGreaterThan(0);
    });

    it('gives the same result with the json-rules-engine reference (?engine=reference)', async () => {
      const body = { household: { ...elderAlone, monthlyIncomeTotal: 620 }, asOf: '2021-06-01', locale: 'en' };
      const compiled = await (await post(body, { query: '?detail=full' })).json();
      const reference = await (await post(body, { query: '?detail=full&engine=reference' })).json();
      expect(reference).toEqual(compiled);
    });

    it('marks results that rest on an UNVERIFIED placeholder', async () => {
      const res = await post({ household: elderAlone, asOf: '2024-06-01', locale: 'en' });
      const dibao = (await res.json()).results.find((r: { programId: string }) => r.programId === 'dibao');
      expect(dibao.unverifiedParameters.map((p: { id: string }) => p.id)).toContain('dibao.standard.urban');
      expect(dibao.amount.unverified).toBe(true);
      expect(dibao.amount.text).toContain('to be confirmed at the window');
    });
  });

  async function expectFieldError(res: Response, status: number, path: string, text: string | RegExp) {
    expect(res.status).toBe(status);
    const body = (await res.json()) as ErrorBody;
    const field = body.error.fields?.find((f) => f.path === path);
    expect(field, JSON.stringify(body)).toBeDefined();
    expect(field?.message).toMatch(text);
  }

  describe('a discharge date given as a year, or a year and month', () => {
    const veteran = (dischargeDate: string) => ({
      household: {
        members: [
          { relation: 'self', birthDate: '1965-03-01', isVeteran: true, dischargeDate, wantsSkillsTraining: false },
        ],
      },
      asOf: '2025-06-01',
      locale: 'en',
    });
    const training = async (dischargeDate: string) => {
      const res = await post(veteran(dischargeDate));
      expect(res.status).toBe(200);
      const body = await res.json();
      return body.results.find((r: { programId: string }) => r.programId === 'veteran-adaptive-training');
    };

    it('settles "recently discharged" by the year alone when every day of it gives the same answer', async () => {
      const result = await training('1985');
      expect(result.outcome).toBe('not_eligible');
      expect(result.questions ?? []).toEqual([]);
      expect((await training('2025')).outcome).toBe('eligible');
    });

    it('asks for the discharge date again when the month decides, and the month then settles it', async () => {
      const result = await training('2024');
      expect(result.outcome).toBe('needs_info');
      expect(result.questions.map((q: { path: string }) => q.path)).toContain('members.0.dischargeDate');
      expect((await training('2024-02')).outcome).toBe('not_eligible');
      expect((await training('2024-10')).outcome).toBe('eligible');
      expect((await training('2024-10-15')).outcome).toBe('eligible');
    });

    it('says why it asks again: only the year (or year and month) was given, and the month (or day) decides', async () => {
      const { asOf } = veteran('2024');
      const months = createCore().catalogue.params.number(RECENT_DISCHARGE_MONTHS, asOf);
      type Asked = { path: string; partial?: { lacks: string; months: number; text: string } };
      const asked = async (dischargeDate: string, locale: string) => {
        const res = await post({ ...veteran(dischargeDate), locale });
        const body = await res.json();
        const result = body.results.find((r: { programId: string }) => r.programId === 'veteran-adaptive-training');
        return (result.questions as Asked[]).find((q) => q.path === 'members.0.dischargeDate');
      };
      const zhYear = await asked('2024', 'zh-CN');
      expect(zhYear?.partial).toMatchObject({ lacks: 'month', months });
      expect(zhYear?.partial?.text).toContain(`只填了年份：退役是否满${months}个月要看月份，请补上月份`);
      expect(zhYear?.partial?.text).toContain('退役军人服务站');
      const enYear = await asked('2024', 'en');
      expect(enYear?.partial?.text).toContain(
        `whether the discharge was ${months} months ago or more depends on the month`,
      );
      // The month exactly that many months before the screening date (the 1st): the day decides.
      const start = new Date(`${asOf}T00:00:00Z`);
      start.setUTCMonth(start.getUTCMonth() - months);
      const dayDecides = start.toISOString().slice(0, 7);
      expect((await asked(dayDecides, 'zh-CN'))?.partial).toMatchObject({ lacks: 'day', months });
      expect((await asked(dayDecides, 'en'))?.partial?.text).toContain('depends on the day. Please add the day');
    });
  });

  describe('bad input: a clear 4xx in the request language, never a 500', () => {
    it('malformed JSON', async () => {
      const res = await post('{"household": ', { query: '?lang=en' });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error).toMatchObject({
        code: 'malformed_json',
        message: 'The request body is not valid JSON',
      });
    });

    it('a body that is not JSON', async () => {
      const res = await app.request('/api/v1/screenings', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'hi',
      });
      expect(res.status).toBe(415);
    });

    it('unknown fields, in Chinese by default', async () => {
      await expectFieldError(
        await post({ household: { ...elderAlone, pets: 2 } }),
        400,
        'household',
        '不认识的字段：pets',
      );
    });

    it('wrong types', async () => {
      await expectFieldError(
        await post({ household: { ...elderAlone, monthlyIncomeTotal: 'a lot' }, locale: 'en' }),
        400,
        'household.monthlyIncomeTotal',
        'Wrong type: expected a number',
      );
    });

    it('an ID number with a wrong check digit', async () => {
      await expectFieldError(
        await post({ household: { members: [{ idNumber: '110105194912310021' }] } }),
        400,
        'household.members.0.idNumber',
        '校验位',
      );
    });

    it('a birth date in the future', async () => {
      await expectFieldError(
        await post({ household: { members: [{ birthDate: '2099-01-01' }] }, locale: 'en' }),
        400,
        'household.members.0.birthDate',
        'cannot be after',
      );
    });

    it('an impossible date', async () => {
      await expectFieldError(
        await post({ household: { members: [{ birthDate: '1950-02-30' }] }, locale: 'en' }),
        400,
        'household.members.0.birthDate',
        'must exist',
      );
    });

    it('negative income', async () => {
      await expectFieldError(
        await post({ household: { ...elderAlone, monthlyIncomeTotal: -1 }, locale: 'en' }),
        400,
        'household.monthlyIncomeTotal',
        'at least 0',
      );
    });

    it('more than 20 members', async () => {
      const members = Array.from({ length: 21 }, () => ({}));
      await expectFieldError(
        await post({ household: { members }, locale: 'en' }),
        400,
        'household.members',
        'At most 20',
      );
    });

    it('a body over 64 KB', async () => {
      const res = await post({ household: elderAlone, padding: 'x'.repeat(MAX_BODY_BYTES) });
      expect(res.status).toBe(413);
    });

    it('screens a rural household on every date urban 低保 is screened (no gap before the first rural value)', async () => {
      const res = await post({ household: { hukouType: 'rural', members: [{}] }, asOf: '2019-03-02', locale: 'en' });
      expect(res.status).toBe(200);
      const dibao = (await res.json()).results.find((r: { programId: string }) => r.programId === 'dibao');
      expect(dibao.unverifiedParameters.map((p: { id: string }) => p.id)).toContain('dibao.standard.rural');
    });

    it('nothing of the household is logged on an error', async () => {
      const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        // A malformed body is the caller's error: answered with a 400 and not logged at all.
        const res = await post('{"household": {"members": [{"idNumber": "11010519491231002X"}]', {});
        expect(res.status).toBe(400);
        expect(spy).not.toHaveBeenCalled();
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('programs, schema, documentation, health', () => {
    it('lists every program with its catalogue id', async () => {
      const res = await app.request('/api/v1/programs?lang=en');
      const { programs } = await res.json();
      const ids = new Set(catalogue.programs.map((p) => p.id));
      for (const p of programs) expect(ids).toContain(p.id);
    });

    it('shows a program with citation, clauses and the parameters in force', async () => {
      const res = await app.request('/api/v1/programs/dibao?asOf=2021-06-01');
      expect(res.status).toBe(200);
      const p = await res.json();
      expect(p.citationDetail.lead).toBe('完善城乡基本生活保障制度');
      expect(p.parameters.find((x: { id: string }) => x.id === 'dibao.standard.urban')).toMatchObject({
        value: 600,
        confidence: 'H',
      });
      expect(p.clauses.map((c: { name: string }) => c.name)).toContain('income_below_standard');
    });

    it('404s an unknown program', async () => {
      expect((await app.request('/api/v1/programs/nope')).status).toBe(404);
    });

    it('publishes the household JSON Schema', async () => {
      const schema = await (await app.request('/api/v1/schema')).json();
      expect(schema.properties.members.maxItems).toBe(20);
      expect(schema.properties.members.items.properties.idNumber).toBeDefined();
      expect(schema.additionalProperties).toBe(false);
    });

    it('generates the OpenAPI document and a reference page from it', async () => {
      const doc = await (await app.request('/api/v1/openapi.json')).json();
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/screenings',
          '/api/v1/programs',
          '/api/v1/programs/{id}',
          '/api/v1/schema',
          '/api/v1/health',
        ]),
      );
      const page = await app.request('/api/v1/reference?lang=en');
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('/api/v1/screenings');
      expect(doc.paths['/api/v1/screenings'].post).toMatchObject({
        operationId: 'screenHousehold',
        summary: 'Screen a household against every program in force',
      });
      const zh = await (await app.request('/api/v1/reference')).text();
      expect(zh).toContain('<html lang="zh-CN">');
      expect(zh).toContain('按现行全部项目评估一个家庭');
      expect(zh).toContain('id="schema-ScreeningRequest"');
    });

    it('reports health with the database', async () => {
      const res = await app.request('/api/v1/health');
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', database: true });
    });

    it('answers unknown paths with a 404 JSON error', async () => {
      const res = await app.request('/api/v1/nothing-here');
      expect(res.status).toBe(404);
    });
  });

  describe('query validation', () => {
    it('answers a bad query with a localized field error', async () => {
      const res = await app.request('/api/v1/programs?asOf=yesterday&lang=en');
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.fields).toEqual([
        { path: 'asOf', message: 'Dates are written year-month-day (e.g. 1950-03-01) and must exist' },
      ]);
    });
  });

  describe('plausible dates', () => {
    const member = (m: Record<string, unknown>) => ({ household: { members: [m] }, locale: 'en' });

    it('a birth date before 1900 (0000-01-01 made "age 2026")', async () => {
      await expectFieldError(
        await post(member({ birthDate: '0000-01-01' })),
        400,
        'household.members.0.birthDate',
        'cannot be before 1900-01-01',
      );
      const zh = await post({ household: { members: [{ birthDate: '1899-12-31' }] } });
      await expectFieldError(zh, 400, 'household.members.0.birthDate', '日期不能早于 1900-01-01');
      expect((await post(member({ birthDate: '1900-01-01' }))).status).toBe(200);
    });

    it('an ID number whose birth date is before 1900', async () => {
      const first17 = '41080218990101001';
      await expectFieldError(
        await post(member({ idNumber: first17 + checkCharacter(first17) })),
        400,
        'household.members.0.idNumber',
        'not a possible date of birth',
      );
    });

    it('a discharge date before 1927-08-01 or before the date of birth', async () => {
      await expectFieldError(
        await post(member({ dischargeDate: '1927-07-31' })),
        400,
        'household.members.0.dischargeDate',
        'cannot be before 1927-08-01',
      );
      await expectFieldError(
        await post(member({ birthDate: '1990-01-01', dischargeDate: '1985-01-01' })),
        400,
        'household.members.0.dischargeDate',
        'after the date of birth',
      );
    });

    it('a discharge date that is not a year, a year and month, or a date: the year asked for, neutrally', async () => {
      for (const bad of ['19', '2020-13', '2020-02-30', '1986-7', 'abcd']) {
        await expectFieldError(
          await post(member({ dischargeDate: bad })),
          400,
          'household.members.0.dischargeDate',
          'Please enter the year (4 digits)',
        );
      }
      const zh = await post({ household: { members: [{ dischargeDate: '2020-13' }] } });
      await expectFieldError(zh, 400, 'household.members.0.dischargeDate', '请填写年份（4位数字）');
      const nextYear = String(Number(todayInChina().slice(0, 4)) + 1);
      await expectFieldError(
        await post(member({ dischargeDate: nextYear })),
        400,
        'household.members.0.dischargeDate',
        'after the screening date or today',
      );
      // A year whose last day is before the birth, or before 1927-08-01.
      await expectFieldError(
        await post(member({ birthDate: '1990-01-01', dischargeDate: '1989' })),
        400,
        'household.members.0.dischargeDate',
        'after the date of birth',
      );
      await expectFieldError(
        await post(member({ dischargeDate: '1927-07' })),
        400,
        'household.members.0.dischargeDate',
        'cannot be before 1927-08-01',
      );
      // Some day of it plausible: the year of birth, the month of today, the founding month.
      expect((await post(member({ birthDate: '1990-06-01', dischargeDate: '1990' }))).status).toBe(200);
      expect((await post(member({ dischargeDate: todayInChina().slice(0, 7) }))).status).toBe(200);
      expect((await post(member({ dischargeDate: '1927-08' }))).status).toBe(200);
    });

    it('a birth or discharge date after today, even for a screening dated next year', async () => {
      const nextYear = `${Number(todayInChina().slice(0, 4)) + 1}-06-01`;
      const household = { members: [{ birthDate: nextYear }, { dischargeDate: nextYear }] };
      const res = await post({ household, asOf: latestAsOf(todayInChina()), locale: 'en' });
      await expectFieldError(res.clone(), 400, 'household.members.0.birthDate', 'after the screening date or today');
      await expectFieldError(res, 400, 'household.members.1.dischargeDate', 'after the screening date or today');
    });

    it('a screening date after 31 December of next year (9999-12-31)', async () => {
      const max = latestAsOf(todayInChina());
      await expectFieldError(await post({ ...member({}), asOf: '9999-12-31' }), 400, 'asOf', `cannot be after ${max}`);
      expect((await post({ ...member({}), asOf: max })).status).toBe(200);
    });

    it('a screening dated before every program: a 400 naming the first date screened', async () => {
      const first = seededPrograms.map((p) => p.effective.from).sort()[0];
      const day = new Date(`${first}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() - 1);
      const before = day.toISOString().slice(0, 10);
      const res = await post({ ...member({}), asOf: before });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe('as_of_out_of_range');
      expect(body.error.fields).toEqual([
        { path: 'asOf', message: `The screening date ${before} is before ${first}, the first date screened` },
      ]);
      await expectFieldError(
        await post({ household: { members: [{}] }, asOf: '2000-01-01' }),
        400,
        'asOf',
        `最早日期 ${first}`,
      );
      expect((await post({ ...member({}), asOf: first })).status).toBe(200);
    });

    it('programs take only a real asOf within the same range', async () => {
      for (const path of ['/api/v1/programs', '/api/v1/programs/dibao']) {
        await expectFieldError(await app.request(`${path}?asOf=2024-02-30&lang=en`), 400, 'asOf', 'must exist');
        await expectFieldError(await app.request(`${path}?asOf=9999-99-99&lang=en`), 400, 'asOf', 'must exist');
        await expectFieldError(await app.request(`${path}?asOf=9999-12-31&lang=en`), 400, 'asOf', 'cannot be after');
        await expectFieldError(await app.request(`${path}?asOf=2000-01-01`), 400, 'asOf', '最早日期');
        expect((await app.request(`${path}?asOf=2024-02-29`)).status).toBe(200);
      }
    });
  });

  describe('concurrency', () => {
    it('answers simultaneous screenings completely and independently', async () => {
      const households = Array.from({ length: 12 }, (_, i) => ({
        ...elderAlone,
        monthlyIncomeTotal: 100 * i,
        members: [{ birthDate: `${1940 + i * 5}-01-01` }],
      }));
      const bodies = await Promise.all(
        households.map(async (household) => (await post({ household, asOf: '2021-06-01', locale: 'en' })).json()),
      );
      const counts = bodies.map((b) => b.results.length);
      expect(new Set(counts).size).toBe(1);
      bodies.forEach((b, i) => {
        const health = b.results.find((r: { programId: string }) => r.programId === 'elder-health-check');
        expect(health.outcome).toBe(1940 + i * 5 <= 1956 ? 'eligible' : 'not_eligible');
      });
    });
  });
}
