/** The questionnaire model (web/src/model.ts) without a browser: what is asked, what is sent. */
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core.js';
import { FACTS } from '../../src/engine/facts.js';
import { factsOf } from '../../src/engine/program.js';
import serverEn from '../../src/i18n/locales/en.json' with { type: 'json' };
import serverZh from '../../src/i18n/locales/zh-CN.json' with { type: 'json' };
import { Household, Member } from '../../src/model/household.js';
import questionsEn from '../../src/questions/locales/en.json' with { type: 'json' };
import questionsZh from '../../src/questions/locales/zh-CN.json' with { type: 'json' };
import en from '../../web/src/locales/en.json' with { type: 'json' };
import zh from '../../web/src/locales/zh-CN.json' with { type: 'json' };
import {
  type Answers,
  halfWidth,
  locate,
  questionsAfter,
  STEPS,
  toHousehold,
  type Values,
  visibleSteps,
} from '../../web/src/model.js';

const TODAY = '2026-11-29';

function answers(household: Values, ...members: Values[]): Answers {
  return { household, members: members.map((values, i) => ({ uid: `m${i}`, values })) };
}

const ids = (a: Answers) => visibleSteps(a).map((s) => s.id);

describe('which steps are asked', () => {
  it('asks an elderly urban household no school, veteran or house-grade questions', () => {
    const a = answers(
      { hukouInJiaozuo: 'true', hukouType: 'urban', _military: 'false', _disability: 'false' },
      { birthDate: { y: '1950', m: '3', d: '1' } },
    );
    expect(ids(a)).toEqual([
      'place',
      'members',
      'income',
      'assistance',
      'housing',
      'disability',
      'military',
      'support',
    ]);
    const { household, problems } = toHousehold(a, TODAY);
    expect(problems).toEqual([]);
    expect(household).not.toHaveProperty('houseSafety');
    // Inferred from explicit answers, so no programme stays open for want of them.
    expect(household.members[0]).toMatchObject({
      relation: 'self',
      schoolStage: 'none',
      isVeteran: false,
      survivorOf: 'none',
      hasDisabilityCertificate: false,
    });
  });

  it('asks school questions for a child and veteran details only for someone who served', () => {
    const a = answers(
      { hukouType: 'rural', _military: 'true' },
      { birthDate: { y: '1980', m: '1', d: '1' }, isVeteran: 'true' },
      { relation: 'child', birthDate: { y: '2016', m: '1', d: '1' } },
    );
    expect(ids(a)).toEqual(expect.arrayContaining(['school', 'service', 'work']));
    a.members[0].values.isVeteran = 'false';
    expect(ids(a)).not.toContain('service');
    expect(toHousehold(a, TODAY).household.members[0]).toMatchObject({
      isVeteran: false,
      isCombatVeteran: false,
      // Not asked (光荣院 reads it): someone who did not serve is no disabled serviceman.
      isDisabledServiceman: false,
    });
  });

  it('counts the questions left after a step, members included', () => {
    const a = answers(
      { hukouType: 'rural', _military: 'false' },
      { birthDate: { y: '1950', m: '1', d: '1' } },
      { relation: 'spouse', birthDate: { y: '1952', m: '1', d: '1' } },
    );
    const steps = visibleSteps(a).map((s) => s.id);
    const last = steps[steps.length - 1];
    expect(questionsAfter(a, last)).toBe(0);
    const first = questionsAfter(a, steps[0]);
    expect(first).toBeGreaterThan(questionsAfter(a, steps[1]));
    // A second member asks the member questions twice.
    const single = answers({ hukouType: 'rural', _military: 'false' }, { birthDate: { y: '1950', m: '1', d: '1' } });
    expect(first).toBeGreaterThan(questionsAfter(single, steps[0]));
  });

  it('never sends "don\'t know", an empty answer or a hidden answer', () => {
    const a = answers(
      {
        hukouInJiaozuo: 'unknown',
        hukouType: 'urban',
        holdsDibao: 'unknown',
        houseSafety: 'D',
        monthlyIncomeTotal: '',
      },
      {},
    );
    const { household } = toHousehold(a, TODAY);
    expect(household).toEqual({ hukouType: 'urban', members: [{ relation: 'self' }] });
  });

  it('reads numbers and ID numbers typed with a Chinese input method', () => {
    expect(halfWidth('４５０ 元')).toBe('450元');
    const a = answers({ monthlyIncomeTotal: '１，２００元' }, { idNumber: '４１０８１１１９５００３０１００２０' });
    const { household, problems } = toHousehold(a, TODAY);
    expect(problems).toEqual([]);
    expect(household.monthlyIncomeTotal).toBe(1200);
    expect(household.members[0].idNumber).toBe('410811195003010020');
  });

  it('refuses what the API would refuse, at the right path', () => {
    const a = answers(
      { monthlyIncomeTotal: 'abc' },
      { idNumber: '410811195003010021', birthDate: { y: '2030', m: '1', d: '1' } },
    );
    const paths = toHousehold(a, TODAY).problems.map((p) => `${p.path} ${p.key}`);
    expect(paths).toEqual([
      'members.0.idNumber common:errors.custom.idNumber.checkDigit',
      'members.0.birthDate web:errors.future',
      'monthlyIncomeTotal web:errors.number',
    ]);
  });

  it('takes a discharge date as the year alone, or the year and month, and sends what was given', () => {
    const veteran = (dischargeDate: Values[string], birthDate: Values[string] = { y: '1960', m: '3', d: '1' }) =>
      toHousehold(answers({ _military: 'true' }, { birthDate, isVeteran: 'true', dischargeDate }), TODAY);
    const sent = (d: Values[string]) => {
      const { household, problems } = veteran(d);
      expect(problems, JSON.stringify(d)).toEqual([]);
      return household.members[0].dischargeDate;
    };
    expect(sent({ y: '1986', m: '', d: '' })).toBe('1986');
    expect(sent({ y: '１９８６', m: '7', d: '' })).toBe('1986-07');
    expect(sent({ y: '1986', m: '07', d: '1' })).toBe('1986-07-01');
    expect(sent({ y: '', m: '', d: '' })).toBeUndefined();
    // Each sent form is one the API takes.
    for (const d of ['1986', '1986-07', '1986-07-01'])
      expect(Member.safeParse({ birthDate: '1960-03-01', dischargeDate: d }).success, d).toBe(true);
    const problem = (d: Values[string]) => veteran(d).problems.map((p) => p.key);
    // No year, or not 4 digits: the year is asked for, neutrally.
    expect(problem({ y: '', m: '7', d: '' })).toEqual(['web:errors.year']);
    expect(problem({ y: '86', m: '', d: '' })).toEqual(['web:errors.year']);
    expect(problem({ y: '1986', m: '13', d: '' })).toEqual(['web:errors.monthDay']);
    expect(problem({ y: '1986', m: '', d: '5' })).toEqual(['web:errors.monthDay']);
    expect(problem({ y: '1986', m: '2', d: '30' })).toEqual(['web:errors.monthDay']);
    expect(problem({ y: String(Number(TODAY.slice(0, 4)) + 1), m: '', d: '' })).toEqual(['web:errors.future']);
    // The current year and month are taken: some day of them is not after today.
    expect(sent({ y: TODAY.slice(0, 4), m: String(Number(TODAY.slice(5, 7))), d: '' })).toBe(TODAY.slice(0, 7));
    expect(problem({ y: '1927', m: '7', d: '' })).toEqual(['common:errors.custom.tooEarly']);
    // A birth date stays a full date.
    expect(problem({ y: '1986', m: '', d: '' }).length).toBe(0);
    expect(veteran({ y: '1986', m: '', d: '' }, { y: '1960', m: '', d: '' }).problems.map((p) => p.key)).toEqual([
      'web:errors.date',
    ]);
    for (const locale of [zh, en]) {
      expect(locale.errors.year).toBeTruthy();
      expect(locale.errors.monthDay).toBeTruthy();
    }
    expect(zh.errors.year).toBe('请填写年份（4位数字）');
    expect(en.errors.year).toBe('Please enter the year (4 digits)');
    expect(questionsZh.dischargeDate.hint).toContain('只记得年份也可以');
  });

  it('refuses dates before the floors the API takes', () => {
    const a = answers(
      { _military: 'true' },
      { birthDate: { y: '1899', m: '12', d: '31' }, isVeteran: 'true', dischargeDate: { y: '1927', m: '7', d: '31' } },
    );
    const problems = toHousehold(a, TODAY).problems;
    expect(problems).toContainEqual({
      path: 'members.0.birthDate',
      key: 'common:errors.custom.tooEarly',
      opts: { min: '1900-01-01' },
    });
  });
});

describe('paths', () => {
  it('finds the step and control of API paths', () => {
    expect(locate('household.members.2.idNumber')).toMatchObject({ path: 'members.2.idNumber', member: 2 });
    expect(locate('members.0.schoolStage')?.step.id).toBe('school');
    expect(locate('monthlyIncomePerCapita')?.path).toBe('monthlyIncomeTotal');
    expect(locate('members')?.step.id).toBe('members');
    expect(locate('asOf')).toBeUndefined();
  });

  it('asks, infers or deliberately skips every field of the household model', () => {
    const asked = new Set(STEPS.flatMap((s) => s.questions.filter((q) => !q.group).map((q) => q.field)));
    // No rule reads these yet (the per-member alternative income, and details for later programmes).
    const skipped = ['monthlyIncomePerCapita', 'members', 'ref', 'monthsRegisteredUnemployed'];
    const skippedMember = ['pregnant', 'isServicemanFamily'];
    const fields = [...Object.keys(Household.shape), ...Object.keys(Member.shape)];
    const missing = fields.filter((f) => !asked.has(f) && !skipped.includes(f) && !skippedMember.includes(f));
    expect(missing).toEqual([]);
  });

  it('asks every field that some program reads, in its conditions or its amount', () => {
    const asked = new Set(STEPS.flatMap((s) => s.questions.filter((q) => !q.group).map((q) => q.field)));
    const read = new Set(
      createCore().programs.flatMap((p) =>
        factsOf(p).flatMap((f) => (FACTS.get(f)?.questions ?? []).map((q) => q.field)),
      ),
    );
    // Alternatives the page covers another way: the total income instead of the per-member one,
    // the ID number next to the birth date, and the member list itself.
    for (const covered of ['monthlyIncomePerCapita', 'members']) read.delete(covered);
    expect([...read].filter((f) => !asked.has(f))).toEqual([]);
  });
});

describe('texts', () => {
  const get = (obj: unknown, key: string) =>
    key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);

  it.each([
    ['zh-CN', zh, serverZh, questionsZh],
    ['en', en, serverEn, questionsEn],
  ] as const)('has every label and option in %s', (_, web, server, questions) => {
    const missing: string[] = [];
    for (const step of STEPS) {
      if (!get(web, `steps.${step.id}.title`)) missing.push(`steps.${step.id}.title`);
      for (const q of step.questions) {
        if (!get(questions, `${q.field}.label`)) missing.push(`questions:${q.field}.label`);
        for (const v of q.options ?? []) {
          const found = q.numeric ? get(web, `grade.${v}`) : get(server, `values.${q.field}.${v}`);
          if (!found) missing.push(`${q.field}=${v}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the same keys in both languages', () => {
    const keys = (o: unknown, prefix = ''): string[] =>
      Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    // Plural forms (_one, _other) exist only where a language needs them.
    const base = (o: unknown) => [...new Set(keys(o).map((k) => k.replace(/_(one|other)$/, '')))].sort();
    expect(base(en)).toEqual(base(zh));
  });
});
