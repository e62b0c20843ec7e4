/**
 * A household's documents and offices: a document tied to an answer (seeds/documents.json) is left
 * out only when the answers rule it out; the office is the household's county's (seeds/offices.json).
 */
import { describe, expect, it } from 'vitest';
import documentsFile from '../seeds/documents.json' with { type: 'json' };
import regions from '../seeds/regions.json' with { type: 'json' };
import { createCore, seededPrograms } from '../src/core.js';
import { DOCUMENT_TIES, documentsFor } from '../src/engine/documents.js';
import { OFFICES } from '../src/engine/offices.js';
import type { FullProgramResult } from '../src/engine/result-schema.js';
import { Household, Member } from '../src/model/household.js';

const core = createCore();
const AS_OF = '2025-06-01';

async function fullResults(household: unknown, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const screening = await core.screen(Household.parse(household), AS_OF, locale);
  return screening.results.filter((r): r is FullProgramResult => r.detail === 'full');
}

const docs = (r: FullProgramResult) => r.documents.map((d) => d.key);

/** A poor couple in Xiuwu, both over 60: eligible for several programs that list a 残疾人证. */
const couple = {
  hukouType: 'rural',
  hukouInJiaozuo: true,
  residesInJiaozuo: true,
  county: '410821',
  monthlyIncomeTotal: 300,
  holdsDibao: false,
  holdsLowIncome: false,
  members: [
    {
      relation: 'self',
      birthDate: '1950-03-01',
      hasDisabilityCertificate: false,
      isVeteran: false,
      survivorOf: 'none',
    },
    {
      relation: 'spouse',
      birthDate: '1952-07-01',
      hasDisabilityCertificate: false,
      isVeteran: false,
      survivorOf: 'none',
    },
  ],
};

describe("a household's documents", () => {
  it('leaves out a document its answers rule out, and only those', async () => {
    const results = await fullResults(couple);
    const listed = results.flatMap(docs);
    expect(listed).toContain('resident_id_card');
    expect(listed).toContain('hukou_booklet');
    for (const ruledOut of [
      'disability_certificate',
      'survivor_certificate',
      'discharge_certificate',
      'residence_permit',
    ])
      expect(listed, ruledOut).not.toContain(ruledOut);
    // Every kept document is one of the program's own, in the program's order.
    for (const r of results) {
      const own = seededPrograms.find((p) => p.id === r.programId)?.documents ?? [];
      expect(docs(r)).toEqual(own.filter((k) => docs(r).includes(k)));
    }
  });

  it('keeps a tied document when the answer is yes or not given', async () => {
    const withCertificate = structuredClone(couple);
    withCertificate.members[1].hasDisabilityCertificate = true;
    Object.assign(withCertificate.members[1], { disabilityCategory: 'physical', disabilityGrade: 2 });
    const unanswered = structuredClone(couple) as typeof couple;
    for (const m of unanswered.members) delete (m as { hasDisabilityCertificate?: boolean }).hasDisabilityCertificate;
    for (const household of [withCertificate, unanswered]) {
      const listed = (await fullResults(household)).flatMap(docs);
      expect(listed).toContain('disability_certificate');
    }
  });

  it('counts a status assumed granted as held (once granted: the certificate will exist)', () => {
    const h = Household.parse({ ...couple, members: couple.members.map((m) => ({ ...m, holdsTekun: false })) });
    expect(documentsFor(['dibao_certificate'], h)).toEqual([]);
    expect(documentsFor(['dibao_certificate'], h, new Set(['holdsDibao']))).toEqual(['dibao_certificate']);
  });

  it('ties documents only to fields and values the household model accepts, and to documents the rules list', () => {
    const used = new Set(seededPrograms.flatMap((p) => p.documents));
    const householdShape = Household.shape;
    expect(Object.keys(documentsFile.documents).length).toBe(DOCUMENT_TIES.size);
    for (const [key, tie] of DOCUMENT_TIES) {
      expect(used.has(key), key).toBe(true);
      for (const [field, values] of Object.entries(tie.member ?? {})) {
        expect(Object.keys(Member.shape), `${key}.${field}`).toContain(field);
        for (const v of values)
          expect(Member.shape[field as keyof typeof Member.shape].safeParse(v).success, `${key}.${field}=${v}`).toBe(
            true,
          );
      }
      for (const [field, values] of Object.entries(tie.household ?? {})) {
        expect(Object.keys(householdShape), `${key}.${field}`).toContain(field);
        for (const v of values) {
          const parsed = Household.safeParse({ ...couple, [field]: v });
          expect(parsed.success, `${key}.${field}=${v}`).toBe(true);
        }
      }
    }
  });
});

describe("the household's office", () => {
  it("names the county's office for the department, in both languages", async () => {
    const zh = await fullResults(couple);
    const dibao = zh.find((r) => r.programId === 'dibao');
    expect(dibao?.department.office).toBe('修武县民政局');
    const en = await fullResults(couple, 'en');
    expect(en.find((r) => r.programId === 'dibao')?.department.office).toBe('Xiuwu County Civil Affairs Bureau');
    // A department the office list does not name (health centres…): no office, the general text stays.
    for (const r of zh) if (!OFFICES['410821'][r.department.key]) expect(r.department.office).toBeUndefined();
  });

  it('names no office when the county is not answered', async () => {
    const { county: _, ...noCounty } = couple;
    for (const r of await fullResults(noCounty)) expect(r.department.office).toBeUndefined();
  });

  it('has every county of the region list, district offices with the city prefix', () => {
    expect(Object.keys(OFFICES).sort()).toEqual(regions.counties.map((c) => c.code).sort());
    expect(OFFICES['410802'].civil_affairs['zh-CN']).toBe('焦作市解放区民政局');
    const departments = new Set(seededPrograms.map((p) => p.department));
    for (const offices of Object.values(OFFICES))
      for (const key of Object.keys(offices)) expect(departments.has(key), key).toBe(true);
  });
});

describe('members named by relation', () => {
  it('says 您本人, 您的妻子… and numbers only members who share a name', async () => {
    const household = {
      ...couple,
      members: [
        { ...couple.members[0], sex: 'male' },
        { ...couple.members[1], sex: 'female' },
        { relation: 'child', birthDate: '2010-01-01', sex: 'female' },
        { relation: 'child', birthDate: '2012-01-01', sex: 'female' },
        { relation: 'other', birthDate: '1990-01-01' },
        { relation: 'grandchild', birthDate: '2020-01-01' },
      ],
    };
    const screening = await core.screen(Household.parse(household), AS_OF, 'zh-CN', { detail: 'full' });
    const texts = screening.results.flatMap((r) => r.reasons.map((x) => x.text)).join('\n');
    for (const label of [
      '您本人：',
      '您的妻子：',
      '您的女儿（第3位）：',
      '您的女儿（第4位）：',
      '第5位家庭成员：',
      '您的孙辈：',
    ])
      expect(texts).toContain(label);
    const en = await core.screen(Household.parse(household), AS_OF, 'en', { detail: 'full' });
    const enTexts = en.results.flatMap((r) => r.reasons.map((x) => x.text)).join('\n');
    for (const label of ['You: ', 'Your wife: ', 'Your daughter (member 3): ', 'Household member 5: '])
      expect(enTexts).toContain(label);
  });
});
