/**
 * POST /interview/next: the hotline's guided interview. The answers so far (the whole call, in
 * order) in; the next question to read aloud, or "done" with the results, out. Stateless: the page
 * keeps the answers (in memory) and undoes by dropping the last one. The question is chosen by
 * src/engine/interview.ts; the household is built by src/questions/answers.ts.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { TFunction } from 'i18next';
import * as z from 'zod';
import type { Core } from '../core.js';
import { agesWhereFieldMatters } from '../engine/ages.js';
import { memberLabels } from '../engine/explain.js';
import { FACTS } from '../engine/facts.js';
import { type Candidate, nextQuestion } from '../engine/interview.js';
import { factsOf } from '../engine/program.js';
import { ScreeningResponseSchema } from '../engine/result-schema.js';
import { ScreeningError } from '../engine/screen.js';
import { todayInChina } from '../model/dates.js';
import { AsOfDate, issue } from '../model/fields.js';
import { factDateProblems, Household, Locale } from '../model/household.js';
import { memberSex } from '../model/resident-id.js';
import { MAX_MEMBERS } from '../model/vocabulary.js';
import { type Answer, type Interview, MEMBERS_PATH, replay } from '../questions/answers.js';
import { ANSWERED_BY, GROUPS_OF, QUESTION, QUESTIONS, type QuestionDef, UNKNOWN_KEY } from '../questions/catalogue.js';
import type { AppEnv } from './app.js';
import { beforeFirstDate, errorResponse, requireJson, screeningDateError, validationHook } from './errors.js';

/** The most answers a call can carry: every question for the largest household, with room to spare. */
const MAX_ANSWERS = 2_000;
const MAX_PATH = 64;
const MAX_TEXT = 40;

const AnswerSchema = z.strictObject({
  path: z
    .string()
    .max(MAX_PATH)
    .describe('members, a household field, a group question (_military) or members.N.field'),
  value: z
    .union([z.string().max(MAX_TEXT), z.number(), z.boolean(), z.null()])
    .describe('The answer as the household model takes it; null is 不清楚 (not asked again)'),
});

export const InterviewRequest = z
  .strictObject({
    answers: z.array(AnswerSchema).max(MAX_ANSWERS),
    asOf: AsOfDate.optional(),
    locale: Locale.optional(),
  })
  .transform((req, ctx) => {
    const iv = replay(req.answers, req.asOf ?? todayInChina());
    if ('problem' in iv) {
      const at = iv.problem === 'path' ? 'path' : 'value';
      ctx.addIssue({ code: 'custom', path: ['answers', iv.index, at], ...issue(`interview.${iv.problem}`) });
      return z.NEVER;
    }
    // The household built must be one the model takes (an ID number's check digit, dates that agree),
    // each problem on the answer that gave the field.
    const parsed = Household.safeParse(iv.household);
    const problems = [
      ...(parsed.success ? [] : parsed.error.issues),
      ...factDateProblems(iv.household, req.asOf).map((p) => ({
        code: 'custom' as const,
        path: p.path,
        ...issue(p.key),
      })),
    ];
    for (const i of problems) {
      const index = lastAnswerTo(req.answers, i.path.map(String).join('.'));
      // The model's issue, re-raised at the answer (zod types what addIssue takes more narrowly).
      ctx.addIssue({ ...i, path: index < 0 ? ['answers'] : ['answers', index, 'value'] } as never);
    }
    if (problems.length > 0) return z.NEVER;
    return { ...req, interview: iv };
  });

/** The last answer that set a field (a household path such as `members.1.birthDate`), or -1. */
function lastAnswerTo(answers: readonly Answer[], path: string): number {
  for (let i = answers.length - 1; i >= 0; i--) if (answers[i].path === path) return i;
  return -1;
}

const OptionSchema = z.object({
  key: z.string().describe('The key the operator presses'),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  label: z.string(),
});

const QuestionSchema = z.object({
  path: z.string(),
  field: z.string(),
  member: z.number().int().optional(),
  who: z.string().optional().describe('The member asked about, by relation (您的妻子)'),
  kind: z
    .enum(['yesno', 'choice', 'select', 'number', 'date', 'id'])
    .describe('id is never asked by the hotline today'),
  text: z.string().describe('The short label shown'),
  read: z.string().describe('The sentence to read aloud'),
  hint: z.string().optional(),
  why: z.string().describe('The programs the answer helps settle, named'),
  programs: z.array(z.string()),
  options: z.array(OptionSchema).optional().describe('For yes/no and choices; key 0 is always 不清楚'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  unit: z.string().optional(),
  partial: z.boolean().optional().describe('A date that takes a year alone, or a year and month'),
});

const InterviewResponse = z.object({
  asOf: z.string(),
  asked: z.number().int(),
  done: z.boolean(),
  household: z.record(z.string(), z.unknown()).describe('The household built from the answers (to save as a case)'),
  question: QuestionSchema.optional(),
  entitled: z.array(z.object({ programId: z.string(), name: z.string() })),
  open: z.number().int().describe('Programs still needing an answer'),
  results: ScreeningResponseSchema.optional().describe('When done: the screening, as POST /screenings answers it'),
});

/** The response's types, for the hotline page (types only: the page bundles no server code). */
export type InterviewOption = z.infer<typeof OptionSchema>;
export type InterviewQuestion = z.infer<typeof QuestionSchema>;
export type InterviewStep = z.infer<typeof InterviewResponse>;

const route = createRoute({
  method: 'post',
  path: '/interview/next',
  operationId: 'interviewNext',
  summary: 'The next question of a guided interview (hotline)',
  description:
    'The answers so far in; the question whose answer settles the most open programs (weighted by what is at stake), or done with the results, out.',
  request: {
    body: { required: true, content: { 'application/json': { schema: InterviewRequest } } },
  },
  responses: {
    200: { description: 'The next question, or done', content: { 'application/json': { schema: InterviewResponse } } },
    400: errorResponse('An answer the interview cannot take, with its path (answers.N.value)'),
  },
});

/** Option keys 1–9, then letters: what the operator presses. */
const KEYS = '123456789abcdefghijklmnopqrstuvwxyz';

function optionLabel(t: TFunction, q: QuestionDef, value: string): string {
  if (q.kind === 'yesno') return t(value === 'true' ? 'questions:_ui.yes' : 'questions:_ui.no');
  if (q.field === 'schoolYear') return t('questions:_ui.year', { n: value });
  if (q.numeric) return t('questions:_ui.grade', { n: value });
  return t(`values.${q.field === 'relation' ? 'relation' : q.field}.${value}`, { defaultValue: value });
}

function options(t: TFunction, q: QuestionDef) {
  const values = q.kind === 'yesno' ? ['true', 'false'] : [...(q.options ?? [])];
  const out = values.map((v, i) => ({
    key: KEYS[i],
    value: q.kind === 'yesno' ? v === 'true' : q.numeric ? Number(v) : v,
    label: optionLabel(t, q, v),
  }));
  return [...out, { key: UNKNOWN_KEY, value: null, label: t('questions:_ui.unknown') }];
}

/** What a question shows besides its label and sentence: the hint, the options, the number's bounds. */
function answerShape(t: TFunction, q: QuestionDef) {
  return {
    hint: t(`questions:${q.field}.hint`, { defaultValue: '' }) || undefined,
    options: q.kind === 'yesno' || q.kind === 'choice' || q.kind === 'select' ? options(t, q) : undefined,
    min: q.min,
    max: q.max,
    integer: q.integer,
    unit: q.unit ? t(`unit.${q.unit}`) : undefined,
    partial: q.partial,
  };
}

/** How many programs "why" names before "and N more": a sentence an operator can glance at. */
const WHY_NAMES = 3;

/** "用来判断：低保、临时救助等5个项目" — the programs an answer helps settle, the first few named. */
function whyText(t: TFunction, programs: readonly string[]): string {
  if (programs.length === 0) return '';
  const names = programs.slice(0, WHY_NAMES).map((id) => t(`programs:${id}.name`));
  const list = names.join(t('sentence.listSeparator'));
  const more = programs.length - names.length;
  return more > 0
    ? t('questions:_ui.whyMore', { programs: list, count: programs.length, more })
    : t('questions:_ui.why', { programs: list });
}

function localize(core: Core, locale: Locale, iv: Interview, c: Candidate) {
  const t = core.t[locale];
  const q = c.at.question;
  const member = c.at.member;
  const labels = memberLabels(
    core.templates[locale],
    iv.household.members.map((m) => ({ relation: m.relation, sex: memberSex(m) })),
  );
  // The member shown by relation (您本人, 您的妻子); read aloud as "您" for the caller, and another
  // member's label lower-case inside an English sentence.
  const label = member === undefined ? undefined : labels[member];
  const spoken =
    member === 0 || label === undefined
      ? t('questions:_ui.self')
      : locale === 'en'
        ? label.charAt(0).toLowerCase() + label.slice(1)
        : label;
  // A group question put to one person asks about that person ("您有没有…", not "家里有没有人…").
  const context = q.group && iv.household.members.length === 1 ? 'alone' : undefined;
  return {
    path: c.path,
    field: q.field,
    member,
    who: label,
    kind: q.kind,
    text: t(`questions:${q.field}.label`, { context }),
    read: t(`questions:${q.field}.read`, { who: spoken, context: member === 0 ? 'self' : context }),
    why: whyText(t, [...c.programs]),
    programs: [...c.programs],
    ...answerShape(t, q),
  };
}

/** The household-size question, always first. */
function sizeQuestion(t: TFunction) {
  return {
    path: MEMBERS_PATH,
    field: MEMBERS_PATH,
    kind: 'number' as const,
    text: t('questions:members.label'),
    read: t('questions:members.read'),
    why: '',
    programs: [],
    min: 1,
    max: MAX_MEMBERS,
    integer: true,
  };
}

/** The programs in force on a date that read each question's field (a group question: its fields'). */
export function programsByQuestion(core: Core, asOf: string): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const p of core.catalogue.at(asOf).programs) {
    for (const fact of factsOf(p.file)) {
      for (const q of FACTS.get(fact)?.questions ?? []) {
        const field = ANSWERED_BY[q.field] ?? q.field;
        const set = out.get(field) ?? new Set();
        set.add(p.file.id);
        out.set(field, set);
        for (const group of GROUPS_OF.get(field) ?? [])
          out.set(group.field, (out.get(group.field) ?? new Set()).add(p.file.id));
      }
    }
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

const CatalogueQuestionSchema = z.object({
  field: z.string(),
  scope: z.enum(['household', 'member']),
  kind: z.enum(['yesno', 'choice', 'select', 'number', 'id', 'date']),
  label: z.string(),
  hint: z.string().optional(),
  read: z.string().describe('The sentence to read aloud; {{who}} is the member asked about'),
  options: z.array(OptionSchema).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  unit: z.string().optional(),
  partial: z.boolean().optional(),
  group: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .optional()
    .describe(
      'A group question ("does anyone…?"): what a "no" answers, its member fields (for everyone) and household fields',
    ),
  programs: z.array(z.string()).describe('The programs in force that read it'),
  why: z.string().describe('Why it is asked: the programs it helps settle, named'),
});

const questionsRoute = createRoute({
  method: 'get',
  path: '/questions',
  operationId: 'listQuestions',
  summary: 'The question catalogue: every question the pages ask, with its texts and the programs it settles',
  request: { query: z.object({ lang: z.string().optional() }) },
  responses: {
    200: {
      description: 'The questions, in the order the catalogue keeps them',
      content: { 'application/json': { schema: z.object({ questions: z.array(CatalogueQuestionSchema) }) } },
    },
  },
});

/** The most fields one request asks ages for. */
const MAX_AGE_FIELDS = 8;

const agesRoute = createRoute({
  method: 'get',
  path: '/questions/ages',
  operationId: 'questionAges',
  summary: 'At which ages a member question can change a result (from the rules and parameters in force)',
  description:
    'For each field: the youngest and oldest age at which some program in force gives a different result for different answers of a lone member of that age, or null when none does (it may still matter through other members). Pages ask the question only within those ages.',
  request: {
    query: z.object({
      fields: z
        .string()
        .max(MAX_PATH * MAX_AGE_FIELDS)
        .describe('Comma-separated member fields with options (yes/no or choices)'),
      asOf: AsOfDate.optional(),
    }),
  },
  responses: {
    200: {
      description: 'The ages per field',
      content: {
        'application/json': {
          schema: z.object({
            asOf: z.string(),
            ages: z.record(z.string(), z.tuple([z.number().int(), z.number().int()]).nullable()),
          }),
        },
      },
    },
    400: errorResponse('A field that is not a member question with options, or too many fields'),
  },
});

export function interviewRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('/interview/next', requireJson);

  app.openapi(agesRoute, (c) => {
    const query = c.req.valid('query');
    const t = c.var.t;
    const fields = query.fields.split(',').filter(Boolean);
    const bad = fields.filter((f) => {
      const q = QUESTION.get(f);
      return q?.scope !== 'member' || q.group !== undefined || !['yesno', 'choice', 'select'].includes(q.kind);
    });
    if (bad.length > 0 || fields.length > MAX_AGE_FIELDS) {
      const message = t('errors.custom.interview.path');
      return c.json({ error: { code: 'validation', message, fields: [{ path: 'fields', message }] } }, 400);
    }
    const asOf = query.asOf ?? todayInChina();
    const ages = Object.fromEntries(fields.map((f) => [f, agesWhereFieldMatters(c.var.core.catalogue, asOf, f)]));
    return c.json({ asOf, ages }, 200);
  });

  app.openapi(questionsRoute, (c) => {
    const locale = c.var.locale;
    const t = c.var.core.t[locale];
    const settles = programsByQuestion(c.var.core, todayInChina());
    const questions = QUESTIONS.map((q) => {
      const programs = settles.get(q.field) ?? [];
      return {
        field: q.field,
        scope: q.scope,
        kind: q.kind,
        label: t(`questions:${q.field}.label`),
        read: t(`questions:${q.field}.read`),
        ...answerShape(t, q),
        group: q.group ? { ...q.group.no, ...q.group.household } : undefined,
        programs,
        why: whyText(t, programs),
      };
    });
    return c.json({ questions }, 200);
  });

  app.openapi(route, async (c) => {
    const body = c.req.valid('json');
    const locale = body.locale ?? c.var.locale;
    c.set('locale', locale);
    const core = c.var.core;
    const t = core.t[locale];
    const asOf = body.asOf ?? todayInChina();
    const early = beforeFirstDate(t, asOf, core.catalogue.firstDate);
    if (early) return c.json(early, 400);
    const iv = body.interview;
    const base = { asOf, asked: body.answers.length, household: iv.household };
    if (!iv.asked.has(MEMBERS_PATH)) {
      return c.json({ ...base, done: false, question: sizeQuestion(t), entitled: [], open: 0 }, 200);
    }
    try {
      const step = nextQuestion(core.catalogue, iv, asOf);
      const entitled = step.states
        .filter((s) => s.outcome === 'eligible')
        .map((s) => ({ programId: s.program.file.id, name: t(`programs:${s.program.file.id}.name`) }));
      const open = step.states.filter((s) => s.outcome === 'needs_info').length;
      if (step.next) {
        return c.json({ ...base, done: false, question: localize(core, locale, iv, step.next), entitled, open }, 200);
      }
      const results = await core.screen(iv.household, asOf, locale);
      return c.json({ ...base, done: true, entitled, open, results }, 200);
    } catch (e) {
      if (e instanceof ScreeningError) return c.json(screeningDateError(t, asOf, e), 400);
      throw e;
    }
  });
  return app;
}
