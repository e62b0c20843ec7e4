/** Saved answers (the localStorage shape of web/src/model.ts) that open every step of the questionnaire. */
import type { Page } from 'playwright-core';
import type { Answers } from '../../web/src/model.js';
import { residentId } from './flow.js';

/** A rural three-generation household: a grandmother, a veteran son and a school-age grandchild. */
export const everyStep: Answers = {
  household: {
    hukouInJiaozuo: 'true',
    residesInJiaozuo: 'true',
    hukouType: 'rural',
    county: '410823',
    monthlyIncomeTotal: '1500',
    holdsDibao: 'false',
    _tekun: 'false',
    holdsLowIncome: 'unknown',
    holdsPovertyAlleviation: 'true',
    houseSafety: 'C',
    _disability: 'true',
    _military: 'true',
  },
  members: [
    {
      uid: 'grandmother',
      values: {
        idNumber: residentId('41082319480815002'),
        birthDate: { y: '1948', m: '8', d: '15' },
        sex: 'female',
        hasDisabilityCertificate: 'true',
        disabilityCategory: 'visual',
        disabilityGrade: '2',
        isVeteran: 'false',
        survivorOf: 'none',
        hasCapableSupporter: 'true',
      },
    },
    {
      uid: 'son',
      values: {
        relation: 'child',
        birthDate: { y: '1978', m: '2', d: '10' },
        sex: 'male',
        hasDisabilityCertificate: 'false',
        isVeteran: 'true',
        survivorOf: 'none',
        dischargeDate: { y: '2000', m: '12', d: '1' },
        hukouAtEnlistment: 'rural',
        isCombatVeteran: 'false',
        isDisabledServiceman: 'true',
        serviceDisabilityGrade: '8',
        serviceDisabilityCause: 'duty',
        wantsSkillsTraining: 'false',
        seekingWork: 'false',
        startingBusiness: 'false',
        employment: 'self_employed',
      },
    },
    {
      uid: 'grandchild',
      values: {
        relation: 'grandchild',
        birthDate: { y: '2015', m: '9', d: '1' },
        sex: 'female',
        hasDisabilityCertificate: 'false',
        schoolStage: 'primary',
        orphan: 'false',
        factuallyUnsupported: 'false',
        isVeteran: 'false',
        survivorOf: 'none',
      },
    },
  ],
};

/** Puts answers (and preferences) in localStorage and opens the page at a route. */
export async function seed(page: Page, baseUrl: string, answers: Answers, hash: string, prefs?: object) {
  await page.goto(`${baseUrl}/`);
  await page.evaluate(
    ([a, p]) => {
      localStorage.clear();
      localStorage.setItem('jz-answers-v1', JSON.stringify(a));
      if (p) localStorage.setItem('jz-prefs-v1', JSON.stringify(p));
    },
    [answers, prefs] as const,
  );
  // Set the route without running it, then load the page once.
  await page.evaluate((h) => history.replaceState(null, '', h), hash || '#/');
  await page.reload();
}

/** Goes to a route inside the page (as a link would) and waits for it to render. */
export async function route(page: Page, hash: string) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  if (hash.startsWith('#/step/')) {
    await page.waitForSelector(`form.step[data-step="${hash.split('/')[2]}"]`);
  } else if (hash === '#/results') {
    await page.waitForSelector('article.card', { timeout: 20_000 });
  }
}
