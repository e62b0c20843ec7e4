/**
 * Every program file, imported as a module so the same bundle runs on Node and on Workers (no
 * file-system reads at run time). test/catalogue.test.ts checks that every rules/*.json is listed.
 */

import affordableRentalHousing from './affordable-rental-housing.json' with { type: 'json' };
import barrierFreeModification from './barrier-free-modification.json' with { type: 'json' };
import childHealthManagement from './child-health-management.json' with { type: 'json' };
import childcareServices from './childcare-services.json' with { type: 'json' };
import childhoodImmunization from './childhood-immunization.json' with { type: 'json' };
import compulsoryEducationFree from './compulsory-education-free.json' with { type: 'json' };
import compulsoryLivingSubsidy from './compulsory-living-subsidy.json' with { type: 'json' };
import contraceptionServices from './contraception-services.json' with { type: 'json' };
import dibao from './dibao.json' with { type: 'json' };
import disabilityCareSubsidy from './disability-care-subsidy.json' with { type: 'json' };
import disabilityLivingSubsidy from './disability-living-subsidy.json' with { type: 'json' };
import elderCareSubsidy from './elder-care-subsidy.json' with { type: 'json' };
import elderHealthCheck from './elder-health-check.json' with { type: 'json' };
import elderHomeAdaptation from './elder-home-adaptation.json' with { type: 'json' };
import employmentAssistance from './employment-assistance.json' with { type: 'json' };
import familyDoctor from './family-doctor.json' with { type: 'json' };
import familyPlanningReward from './family-planning-reward.json' with { type: 'json' };
import highSchoolFeeWaiver from './high-school-fee-waiver.json' with { type: 'json' };
import highSchoolGrant from './high-school-grant.json' with { type: 'json' };
import honorHomeCare from './honor-home-care.json' with { type: 'json' };
import legalAid from './legal-aid.json' with { type: 'json' };
import longevityAllowance from './longevity-allowance.json' with { type: 'json' };
import lowIncomeHousehold from './low-income-household.json' with { type: 'json' };
import maternalHealthChecks from './maternal-health-checks.json' with { type: 'json' };
import medicalAssistance from './medical-assistance.json' with { type: 'json' };
import medicalInsurancePremiumAid from './medical-insurance-premium-aid.json' with { type: 'json' };
import migrantChildrenSchooling from './migrant-children-schooling.json' with { type: 'json' };
import nursingHomeCare from './nursing-home-care.json' with { type: 'json' };
import orphanAllowance from './orphan-allowance.json' with { type: 'json' };
import preconceptionCheck from './preconception-check.json' with { type: 'json' };
import prenatalNewbornScreening from './prenatal-newborn-screening.json' with { type: 'json' };
import preschoolAid from './preschool-aid.json' with { type: 'json' };
import publicRentalHousing from './public-rental-housing.json' with { type: 'json' };
import residentPension from './resident-pension.json' with { type: 'json' };
import ruralHousingRenovation from './rural-housing-renovation.json' with { type: 'json' };
import skillsTrainingSubsidy from './skills-training-subsidy.json' with { type: 'json' };
import startupGuaranteedLoan from './startup-guaranteed-loan.json' with { type: 'json' };
import tekunSupport from './tekun-support.json' with { type: 'json' };
import temporaryAssistance from './temporary-assistance.json' with { type: 'json' };
import unemploymentInsurance from './unemployment-insurance.json' with { type: 'json' };
import veteranAdaptiveTraining from './veteran-adaptive-training.json' with { type: 'json' };
import veteranEmploymentSupport from './veteran-employment-support.json' with { type: 'json' };
import veteranHardshipAid from './veteran-hardship-aid.json' with { type: 'json' };
import veteranPeriodicPension from './veteran-periodic-pension.json' with { type: 'json' };
import veteranSevereDisabilityCare from './veteran-severe-disability-care.json' with { type: 'json' };
import zeroEmploymentFamily from './zero-employment-family.json' with { type: 'json' };

export const programFiles: unknown[] = [
  dibao,
  lowIncomeHousehold,
  tekunSupport,
  elderHealthCheck,
  publicRentalHousing,
  affordableRentalHousing,
  ruralHousingRenovation,
  barrierFreeModification,
  preschoolAid,
  compulsoryEducationFree,
  compulsoryLivingSubsidy,
  highSchoolFeeWaiver,
  highSchoolGrant,
  veteranAdaptiveTraining,
  veteranPeriodicPension,
  veteranSevereDisabilityCare,
  honorHomeCare,
  veteranEmploymentSupport,
  veteranHardshipAid,
  migrantChildrenSchooling,
  longevityAllowance,
  elderCareSubsidy,
  nursingHomeCare,
  elderHomeAdaptation,
  disabilityLivingSubsidy,
  disabilityCareSubsidy,
  unemploymentInsurance,
  residentPension,
  childhoodImmunization,
  childHealthManagement,
  prenatalNewbornScreening,
  maternalHealthChecks,
  preconceptionCheck,
  contraceptionServices,
  familyPlanningReward,
  childcareServices,
  familyDoctor,
  temporaryAssistance,
  medicalAssistance,
  medicalInsurancePremiumAid,
  legalAid,
  orphanAllowance,
  zeroEmploymentFamily,
  employmentAssistance,
  skillsTrainingSubsidy,
  startupGuaranteedLoan,
];
