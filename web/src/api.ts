/** POST /api/v1/screenings from the browser. */
import type {
  FullProgramResult as Full,
  LocalizedProgramResult,
  LocalizedScreening,
} from '../../src/engine/result-schema.js';
import type { Lang } from './i18n.js';
import { AGE_LIMITED, type HouseholdBody, setAnswerAges } from './model.js';

export type Screening = LocalizedScreening;
export type ProgramResult = LocalizedProgramResult;
export type FullProgramResult = Full;

export interface FieldError {
  path: string;
  message: string;
}

export type ScreeningReply =
  | { ok: true; screening: Screening }
  | { ok: false; kind: 'fields'; message: string; fields: FieldError[] }
  | { ok: false; kind: 'network' }
  | { ok: false; kind: 'other'; message?: string };

export async function requestScreening(household: HouseholdBody, locale: Lang): Promise<ScreeningReply> {
  let res: Response;
  try {
    res = await fetch('/api/v1/screenings', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ household, locale }),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  const body = await res.json().catch(() => undefined);
  if (res.ok && body?.results) return { ok: true, screening: body as Screening };
  const err = body?.error as { message?: string; fields?: FieldError[] } | undefined;
  if (res.status === 400 && err?.fields?.length)
    return { ok: false, kind: 'fields', message: err.message ?? '', fields: err.fields };
  return { ok: false, kind: 'other', message: err?.message };
}

/** A program's fixed texts (GET /api/v1/program-texts): left out of screenings, fetched once when shown. */
export interface ProgramTexts {
  id: string;
  summary: string;
  quote: string;
  also: string[];
  basis: Record<string, string>;
}

const textsByLang = new Map<Lang, Promise<Map<string, ProgramTexts>>>();

/** The texts of every program in one request, kept for the page's life; a failed request is tried again next time. */
export function programTexts(locale: Lang): Promise<Map<string, ProgramTexts>> {
  let pending = textsByLang.get(locale);
  if (!pending) {
    pending = fetch(`/api/v1/program-texts?lang=${encodeURIComponent(locale)}`, { credentials: 'same-origin' })
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { programs: ProgramTexts[] };
        return new Map(body.programs.map((p) => [p.id, p]));
      })
      .catch((e: unknown) => {
        textsByLang.delete(locale);
        throw e;
      });
    textsByLang.set(locale, pending);
  }
  return pending;
}

/**
 * The ages at which the age-limited member questions can change a result (GET
 * /api/v1/questions/ages), handed to the model. A failure leaves the model's wide bands alone.
 */
export async function loadAnswerAges(): Promise<boolean> {
  try {
    const res = await fetch(`/api/v1/questions/ages?fields=${AGE_LIMITED.join(',')}`, { credentials: 'same-origin' });
    if (!res.ok) return false;
    const body = (await res.json()) as { ages: Record<string, [number, number] | null> };
    setAnswerAges(body.ages);
    return true;
  } catch {
    return false;
  }
}
