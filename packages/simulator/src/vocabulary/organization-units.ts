/**
 * The organization's structure, in CERT's LDAP style ("5 - SalesAndMarketing"). It is a
 * government-contractor-like agency, which is the setting Vigil serves. `family` selects the work
 * vocabulary; `roles` are the job titles drawn for members; `it` marks the IT department whose
 * members are system administrators (role ITAdmin).
 */
export interface DepartmentTemplate {
  functionalUnit: string;
  department: string;
  short: string;
  family: string;
  roles: readonly string[];
  teams: readonly string[];
  it?: boolean;
}

// prettier-ignore
export const DEPARTMENT_TEMPLATES: readonly DepartmentTemplate[] = [
  { functionalUnit: '1 - Administration', department: '1 - InformationTechnology', short: 'IT', family: 'it', roles: ['ITAdmin'], teams: ['1 - Infrastructure', '2 - ServiceDesk', '3 - Networks'], it: true },
  { functionalUnit: '2 - ResearchAndEngineering', department: '1 - Research', short: 'Research', family: 'research', roles: ['Scientist', 'Engineer', 'Analyst', 'Technician'], teams: ['1 - Sensors', '2 - Signals', '3 - Materials', '4 - Modeling'] },
  { functionalUnit: '2 - ResearchAndEngineering', department: '2 - SystemsEngineering', short: 'Systems', family: 'engineering', roles: ['Engineer', 'SystemsEngineer', 'Technician', 'TestEngineer'], teams: ['1 - Integration', '2 - Test', '3 - Architecture'] },
  { functionalUnit: '3 - Operations', department: '1 - Intelligence', short: 'Intel', family: 'intelligence', roles: ['IntelligenceAnalyst', 'Analyst', 'Linguist', 'Targeter'], teams: ['1 - Europe', '2 - Asia', '3 - MiddleEast', '4 - Cyber'] },
  { functionalUnit: '4 - Finance', department: '1 - Accounting', short: 'Finance', family: 'finance', roles: ['Accountant', 'FinancialAnalyst', 'Clerk', 'Auditor'], teams: ['1 - Payables', '2 - Payroll', '3 - Audit'] },
  { functionalUnit: '5 - SalesAndMarketing', department: '1 - BusinessDevelopment', short: 'BizDev', family: 'sales', roles: ['Salesman', 'AccountManager', 'ProposalWriter'], teams: ['1 - Federal', '2 - International', '3 - Proposals'] },
  { functionalUnit: '1 - Administration', department: '2 - Security', short: 'Security', family: 'security', roles: ['SecurityOfficer', 'Investigator', 'SecuritySpecialist'], teams: ['1 - Personnel', '2 - Physical', '3 - Information'] },
  { functionalUnit: '1 - Administration', department: '3 - Legal', short: 'Legal', family: 'legal', roles: ['Lawyer', 'Paralegal', 'ContractsOfficer'], teams: ['1 - Contracts', '2 - Compliance'] },
  { functionalUnit: '3 - Operations', department: '2 - Programs', short: 'Programs', family: 'administration', roles: ['ProgramManager', 'ProjectManager', 'Scheduler', 'Analyst'], teams: ['1 - Space', '2 - Maritime', '3 - Ground'] },
  { functionalUnit: '2 - ResearchAndEngineering', department: '3 - SoftwareEngineering', short: 'Software', family: 'engineering', roles: ['SoftwareEngineer', 'Engineer', 'Tester', 'DevOpsEngineer'], teams: ['1 - Applications', '2 - Embedded', '3 - Tools'] },
  { functionalUnit: '1 - Administration', department: '4 - HumanResources', short: 'HR', family: 'administration', roles: ['HRSpecialist', 'Recruiter', 'Administrator'], teams: ['1 - Staffing', '2 - Benefits'] },
  { functionalUnit: '6 - Manufacturing', department: '1 - Production', short: 'Production', family: 'engineering', roles: ['ProductionLineWorker', 'Technician', 'QualityInspector', 'Machinist'], teams: ['1 - Assembly', '2 - Quality', '3 - Logistics'] },
  { functionalUnit: '3 - Operations', department: '3 - CyberOperations', short: 'CyberOps', family: 'intelligence', roles: ['CyberAnalyst', 'Operator', 'Engineer'], teams: ['1 - Defense', '2 - Research'] },
  { functionalUnit: '6 - Manufacturing', department: '2 - Purchasing', short: 'Purchasing', family: 'finance', roles: ['Buyer', 'ContractsOfficer', 'Clerk'], teams: ['1 - Materials', '2 - Services'] },
  { functionalUnit: '5 - SalesAndMarketing', department: '2 - Communications', short: 'Comms', family: 'sales', roles: ['Writer', 'Designer', 'PublicAffairsOfficer'], teams: ['1 - Media', '2 - Internal'] },
];

/** Codewords for projects and compartments (grouping projects), as classified programs use. */
export const CODEWORDS = `ALDER BASALT CALDERA DUNLIN EMBER FALCON GRANITE HALYARD IBIS JUNIPER
  KESTREL LANTERN MERIDIAN NIMBUS OSPREY PELICAN QUARTZ RAVEN SEXTANT TALON UMBRA VESPER
  WILLOW XENON YARROW ZEPHYR ANVIL BEACON CORMORANT DRIFTWOOD EGRET FATHOM GLACIER HERON
  INDIGO JACKAL KRAKEN LODESTAR MAGPIE NOMAD ONYX PALADIN QUILL RAPTOR SHALE TUNDRA`
  .split(/\s+/)
  .filter(Boolean);

/** File-name stems for documents and their usual extensions. */
export const DOCUMENT_STEMS = `requirements design-review test-plan test-report budget forecast
  briefing assessment status-report schedule roadmap architecture interface-control
  trade-study proposal contract-draft meeting-minutes lessons-learned risk-register
  source-list target-package threat-estimate org-chart personnel-roster vendor-list
  cost-estimate audit-findings security-plan network-diagram config-baseline
  spec-sheet cad-drawings bill-of-materials quarterly-review annual-plan`
  .split(/\s+/)
  .filter(Boolean);

export const FILE_HEADERS: Readonly<Record<string, string>> = {
  docx: '50-4B-03-04-14-00-06-00',
  xlsx: '50-4B-03-04-14-00-06-00',
  pptx: '50-4B-03-04-14-00-06-00',
  doc: 'D0-CF-11-E0-A1-B1-1A-E1',
  xls: 'D0-CF-11-E0-A1-B1-1A-E1',
  pdf: '25-50-44-46-2D',
  zip: '50-4B-03-04',
  jpg: 'FF-D8-FF-E0',
  txt: '',
  exe: '4D-5A-90-00',
};
