/**
 * The hotline's guided interview: the question catalogue against the rules and the model, the
 * choice of the next question (never leaving a program less settled), and POST /interview/next
 * from the first question to done on the browser-test households.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { createCore } from '../src/core.js';
import { openSqliteStore } from '../src/db/sqlite.js';
import { agesWhereFieldMatters } from '../src/engine/ages.js';
import { FACTS } from '../src/engine/facts.js';
import { nextQuestion } from '../src/engine/interview.js';
import { screenOutcomes } from '../src/engine/screen.js';
import { todayInChina } from '../src/model/dates.js';
import { Household } from '../src/model/household.js';
import { type Answer, MEMBERS_PATH, replay, withAnswer } from '../src/questions/answers.js';
import { ANSWERED_BY, groupFields, QUESTION, QUESTIONS } from '../src/questions/catalogue.js';
import en from '../src/questions/locales/en.json' with { type: 'json' };
import zhCN from '../src/questions/locales/zh-CN.json' with { type: 'json' };
import { family } from './interview/families.js';
import { browserHouseholds } from './interview/households.js';
import { lowerBound, measure } from './interview/measure.js';
import { interview, oracleAnswer } from './interview/oracle.js';
import { randomHousehold, rng, withAnswersDropped } from './random.js';

const core = createCore();
const today = todayInChina();
const store = openSqliteStore(':memory:');
const app = createApp({ store });
afterAll(() => store.close());

const outcomesOf = (h: Household, asOf: string) =>
  new Map(screenOutcomes(core.catalogue, h, asOf).map((s) => [s.program.file.id, s.outcome]));

describe('the question catalogue', () => {
  it('asks every field a rule reads', () => {
    const read = new Set<string>();
    for (const fact of core.catalogue.at(today).facts)
      for (const q of FACTS.get(fact.id)?.questions ?? []) read.add(q.field);
    const missing = [...read].filter((f) => f !== MEMBERS_PATH && !QUESTION.has(ANSWERED_BY[f] ?? f));
    expect(read.size).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  it('offers only options the household model accepts, and every question has its texts', () => {
    for (const q of QUESTIONS) {
      for (const locale of [zhCN, en] as Record<string, Record<string, string>>[]) {
        expect(locale[q.field]?.label, q.field).toBeTruthy();
        expect(locale[q.field]?.read, q.field).toBeTruthy();
        if (q.scope === 'member') expect(locale[q.field].read, q.field).toContain('{{who}}');
      }
      if (q.scope === 'member' && q.field !== 'relation')
        expect((en as Record<string, { read_self?: string }>)[q.field].read_self, q.field).toBeTruthy();
      // A group question that can be put to one person (several of their fields at once) has the
      // sentence for one person.
      if (q.group && Object.keys(q.group.no).length > 1)
        for (const locale of [zhCN, en] as Record<string, Record<string, string>>[]) {
          expect(locale[q.field].label_alone, q.field).toBeTruthy();
          expect(locale[q.field].read_alone, q.field).toBeTruthy();
        }
      if (q.group) continue;
      for (const option of q.options ?? []) {
        const value = q.numeric ? Number(option) : option;
        const h = q.scope === 'household' ? { [q.field]: value, members: [{}] } : { members: [{ [q.field]: value }] };
        expect(Household.safeParse(h).success, `${q.field}=${option}`).toBe(true);
      }
      if (q.kind === 'number') {
        for (const value of [q.min, q.max]) {
          const h = q.scope === 'household' ? { [q.field]: value, members: [{}] } : { members: [{ [q.field]: value }] };
          expect(Household.safeParse(h).success, `${q.field}=${value}`).toBe(true);
        }
      }
    }
  });

  it('builds the household from the answers, with what a "no" to a group question implies', () => {
    const iv = replay(
      [
        { path: MEMBERS_PATH, value: 2 },
        { path: '_military', value: false },
        { path: 'members.1.relation', value: 'spouse' },
        { path: 'members.0.isVeteran', value: true },
        { path: 'monthlyIncomeTotal', value: null },
      ],
      today,
    );
    if ('problem' in iv) throw new Error(iv.problem);
    // A given answer wins over the group's "no".
    expect(iv.household.members[0]).toMatchObject({ relation: 'self', isVeteran: true, survivorOf: 'none' });
    expect(iv.household.members[1]).toMatchObject({
      relation: 'spouse',
      isVeteran: false,
      isDisabledServiceman: false,
    });
    expect(iv.household.monthlyIncomeTotal).toBeUndefined();
    expect(iv.asked.has('monthlyIncomeTotal')).toBe(true);
    // "None of these statuses" answers the household's and every member's, never over an answer given.
    const statuses = replay(
      [
        { path: MEMBERS_PATH, value: 2 },
        { path: 'holdsLowIncome', value: true },
        { path: '_assistance', value: false },
      ],
      today,
    );
    if ('problem' in statuses) throw new Error(statuses.problem);
    expect(statuses.household).toMatchObject({
      holdsDibao: false,
      holdsLowIncome: true,
      holdsPovertyAlleviation: false,
    });
    expect(statuses.household.members.map((m) => m.holdsTekun)).toEqual([false, false]);
    expect(
      replay(
        [
          { path: MEMBERS_PATH, value: 1 },
          { path: 'members.3.sex', value: 'male' },
        ],
        today,
      ),
    ).toEqual({
      index: 1,
      problem: 'member',
    });
    expect(replay([{ path: 'hukouType', value: 'city' }], today)).toEqual({ index: 0, problem: 'value' });
    expect(
      replay(
        [
          { path: 'hukouType', value: 'urban' },
          { path: MEMBERS_PATH, value: 2 },
        ],
        today,
      ),
    ).toEqual({
      index: 1,
      problem: 'order',
    });
    expect(replay([{ path: 'nonsense', value: true }], today)).toEqual({ index: 0, problem: 'path' });
  });
});

describe('the next question', () => {
  it('never leaves a program less settled than before, whatever the answer (property, 40 households)', () => {
    const r = rng(11);
    let checked = 0;
    for (let k = 0; k < 40; k++) {
      const full = withAnswersDropped(randomHousehold(r, 3), r);
      // Stop the interview part-way: a random number of questions answered by the caller.
      const log: Answer[] = [{ path: MEMBERS_PATH, value: full.members.length }];
      const stopAt = 1 + Math.floor(r() * 12);
      for (let i = 0; i < stopAt; i++) {
        const iv = replay(log, today);
        if ('problem' in iv) throw new Error(iv.problem);
        const step = nextQuestion(core.catalogue, iv, today);
        if (!step.next) break;
        const before = outcomesOf(iv.household, today);
        const q = step.next;
        const values = q.at.question.group
          ? [true, false]
          : q.at.question.kind === 'yesno'
            ? [true, false]
            : (q.at.question.options ?? []).map((o) => (q.at.question.numeric ? Number(o) : o));
        for (const value of values) {
          const after = outcomesOf(withAnswer(iv.household, q.at, value), today);
          for (const [id, o] of before) {
            if (o !== 'needs_info') expect(after.get(id), `${id} after ${q.path}=${value}`).not.toBe('needs_info');
          }
          checked++;
        }
        log.push({ path: q.path, value: oracleAnswer(full, q.path) });
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('reaches done on the browser-test households and 12 families, settling what the full answers settle', () => {
    const r = rng(5);
    const families = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`family ${i}`, family(r, today)]));
    for (const [name, full] of Object.entries({ ...browserHouseholds(today), ...families })) {
      const run = interview(core.catalogue, full, today);
      const want = outcomesOf(full, today);
      const got = outcomesOf(run.household, today);
      for (const [id, o] of want) {
        if (o !== 'needs_info') expect(got.get(id), `${name}: ${id}`).toBe(o);
      }
      expect(run.questions, name).toBeGreaterThan(1);
      // Every question asked was new: nothing is asked twice.
      expect(new Set(run.log.map((a) => a.path)).size, name).toBe(run.log.length);
    }
  });

  it("the benchmark's lower bound never exceeds the questions an interview needed", () => {
    const r = rng(8);
    for (let i = 0; i < 8; i++) {
      const full = family(r, today);
      const least = lowerBound(core.catalogue, full, today);
      const m = measure(core.catalogue, full, today);
      expect(m.needed, `family ${i}`).toBeDefined();
      expect(least, `family ${i}`).toBeGreaterThan(1);
      expect(least, `family ${i}`).toBeLessThanOrEqual(m.needed as number);
    }
  });

  it('ranks a group question ahead of the same question per member; to one person, only those covering several fields', () => {
    const start = (members: number, ...answers: Answer[]) => {
      const iv = replay([{ path: MEMBERS_PATH, value: members }, ...answers], today);
      if ('problem' in iv) throw new Error(iv.problem);
      return nextQuestion(core.catalogue, iv, today).candidates.map((c) => c.path);
    };
    const three = start(3);
    const group = three.indexOf('_military');
    expect(group).toBeGreaterThanOrEqual(0);
    for (const i of [0, 1, 2]) {
      const member = three.indexOf(`members.${i}.isVeteran`);
      if (member >= 0) expect(group, `members.${i}.isVeteran`).toBeLessThan(member);
    }
    // One person: a group question of one member field is the question about that person, and is
    // not offered; one that answers several fields (or the household's too) is.
    const one = start(1);
    expect(one).toContain('members.0.isVeteran');
    const offered = one.filter((p) => p.startsWith('_'));
    expect(offered).toEqual(expect.arrayContaining(['_military', '_jobPlans', '_medical', '_assistance']));
    for (const g of offered) expect(groupFields(QUESTION.get(g) ?? QUESTIONS[0]).length, g).toBeGreaterThan(1);
    for (const g of ['_tekun', '_disability', '_legal', '_school', '_planning']) expect(offered).not.toContain(g);
    // Once one of its two fields is answered, "…or…?" would only ask the other: it is not asked.
    const answered = start(1, { path: 'members.0.highMedicalCosts', value: false });
    expect(answered).toContain('members.0.seriousIllness');
    expect(answered).not.toContain('_medical');
  });

  it('derives the ages from the parameters of the catalogue it is given (a staff value moves them)', () => {
    const at = (c: typeof core) => agesWhereFieldMatters(c.catalogue, today, 'startingBusiness');
    const max = core.catalogue.at(today).reader.number('employment.working_age.max');
    const raised = createCore([
      { id: 'employment.working_age.max', from: '2020-01-01', value: max + 3, source: 'test: a staff value' },
    ]);
    expect(at(core)?.[1]).toBe(max);
    expect(at(raised)?.[1]).toBe(max + 3);
  });
});

function post(body: unknown) {
  return app.request('/api/v1/interview/next', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

interface Step {
  done: boolean;
  asked: number;
  question?: {
    path: string;
    read: string;
    text: string;
    why: string;
    who?: string;
    kind: string;
    options?: { key: string; value: unknown; label: string }[];
  };
  entitled: { programId: string; name: string }[];
  results?: { results: { programId: string; outcome: string }[] };
  household: unknown;
}

describe('POST /api/v1/interview/next', () => {
  it('starts with the household size', async () => {
    const res = await post({ answers: [] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Step;
    expect(body).toMatchObject({ done: false, asked: 0, question: { path: 'members', kind: 'number' } });
    expect(body.question?.read).toContain('几口人');
  });

  it('reads a group question to one person about that person', async () => {
    // Several member fields at once: the groups put to one person with their own sentence.
    const several = (path: string) => Object.keys(QUESTION.get(path)?.group?.no ?? {}).length > 1;
    for (const [locale, texts] of [
      ['zh-CN', zhCN],
      ['en', en],
    ] as [string, Record<string, Record<string, string>>][]) {
      // Say 不清楚 until such a group question comes (one does: open programs wait on them).
      const answers: Answer[] = [{ path: MEMBERS_PATH, value: 1 }];
      let q: Step['question'];
      for (; answers.length < 60; answers.push({ path: q.path, value: null })) {
        q = ((await (await post({ answers, locale })).json()) as Step).question;
        if (!q || several(q.path)) break;
      }
      expect(q && several(q.path), q?.path).toBe(true);
      const { path, read, text } = q as NonNullable<Step['question']>;
      expect(read).toBe(texts[path].read_alone);
      expect(text).toBe(texts[path].label_alone);
    }
  });

  it('guides household (c) from the first question to done, in zh-CN and en', async () => {
    const full = browserHouseholds(today).c;
    for (const locale of ['zh-CN', 'en'] as const) {
      const answers: Answer[] = [];
      let body: Step;
      for (;;) {
        const res = await post({ answers, locale });
        expect(res.status).toBe(200);
        body = (await res.json()) as Step;
        if (body.done) break;
        const q = body.question as NonNullable<Step['question']>;
        expect(q.read.length).toBeGreaterThan(3);
        expect(q.read).not.toContain('{{');
        if (q.path !== 'members') expect(q.why.length).toBeGreaterThan(3);
        if (q.options) expect(q.options.at(-1)).toMatchObject({ key: '0', value: null });
        if (q.path.startsWith('members.0.')) expect(q.read).toContain(locale === 'en' ? 'you' : '您');
        answers.push({ path: q.path, value: oracleAnswer(full, q.path) });
        expect(answers.length).toBeLessThan(60);
      }
      const training = body.results?.results.find((r) => r.programId === 'veteran-adaptive-training');
      expect(training?.outcome).toBe('eligible');
      expect(body.entitled.map((e) => e.programId)).toContain('veteran-adaptive-training');
    }
  });

  it("answers a wrong answer with a 400 on its path, in the caller's language", async () => {
    const cases: [Answer[], string][] = [
      [[{ path: 'members', value: 0 }], 'answers.0.value'],
      [
        [
          { path: 'members', value: 2 },
          { path: 'members.5.sex', value: 'male' },
        ],
        'answers.1.value',
      ],
      [
        [
          { path: 'members', value: 1 },
          { path: 'members.0.nonsense', value: true },
        ],
        'answers.1.path',
      ],
      [
        [
          { path: 'members', value: 1 },
          { path: 'hukouType', value: 'city' },
        ],
        'answers.1.value',
      ],
      [
        [
          { path: 'members', value: 1 },
          { path: 'members.0.birthDate', value: '2990-01-01' },
        ],
        'answers.1.value',
      ],
    ];
    for (const [answers, path] of cases) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const res = await post({ answers, locale });
        expect(res.status, JSON.stringify(answers)).toBe(400);
        const body = (await res.json()) as { error: { fields: { path: string; message: string }[] } };
        expect(body.error.fields.map((f) => f.path)).toContain(path);
        const message = body.error.fields[0].message;
        expect(message).toMatch(locale === 'en' ? /^[\x20-\x7e’]+$/ : /[\u4e00-\u9fff]/);
      }
    }
  });
});

describe('GET /api/v1/questions', () => {
  it('publishes the one catalogue with its texts and the programs each question settles', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const res = await app.request(`/api/v1/questions?lang=${lang}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        questions: { field: string; scope: string; read: string; label: string; programs: string[]; why: string }[];
      };
      expect(body.questions.map((q) => q.field)).toEqual(QUESTIONS.map((q) => q.field));
      const birth = body.questions.find((q) => q.field === 'birthDate');
      expect(birth?.programs).toContain('elder-health-check');
      expect(birth?.why).toContain(lang === 'en' ? 'Decides' : '用来判断');
      for (const q of body.questions) {
        expect(q.label.length, q.field).toBeGreaterThan(1);
        if (q.scope === 'member') expect(q.read, q.field).toContain('{{who}}');
      }
      // Every group question settles the programs of the fields it answers.
      expect(body.questions.find((q) => q.field === '_military')?.programs).toContain('veteran-adaptive-training');
    }
  });
});

describe('GET /api/v1/questions/ages', () => {
  it('derives from the rules and parameters in force the ages at which an answer can change a result', async () => {
    const res = await app.request('/api/v1/questions/ages?fields=seekingWork,startingBusiness,wantsSkillsTraining');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ages: Record<string, [number, number] | null> };
    // Every programme reading them ends at the working age's upper bound (a dated parameter).
    const max = core.catalogue.at(today).reader.number('employment.working_age.max');
    const min = core.catalogue.at(today).reader.number('employment.working_age.min');
    expect(body.ages.startingBusiness).toEqual([min, max]);
    expect(body.ages.seekingWork?.[1]).toBe(max);
    expect(body.ages.wantsSkillsTraining?.[1]).toBeGreaterThanOrEqual(max);
  });

  it('refuses a field that is not a member question with options', async () => {
    for (const fields of ['monthlyIncomeTotal', '_military', 'nonsense', Array(9).fill('seekingWork').join(',')]) {
      const res = await app.request(`/api/v1/questions/ages?fields=${fields}`);
      expect(res.status, fields).toBe(400);
    }
  });
});
