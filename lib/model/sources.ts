/** Where a figure comes from; for a judgement entry, the context it was judged against. */
export interface AssumptionSource {
  title: string;
  publisher: string;
  year: number;
  url: string;
}

// Public sources behind the registry. Secondary reports are used where they are the best public
// copy of a figure; the registry's `basis` says whether a value is published, derived or judged.

export const ecbReferenceRates: AssumptionSource = {
  title: 'Euro foreign exchange reference rates',
  publisher: 'European Central Bank',
  year: 2026,
  url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html',
};

export const oecdHoursWorked: AssumptionSource = {
  title: 'Hours worked',
  publisher: 'OECD',
  year: 2024,
  url: 'https://www.oecd.org/en/data/indicators/hours-worked.html',
};

export const workingTimeDirective: AssumptionSource = {
  title: 'Directive 2003/88/EC concerning certain aspects of the organisation of working time',
  publisher: 'Official Journal of the European Union',
  year: 2003,
  url: 'https://eur-lex.europa.eu/eli/dir/2003/88/oj',
};

export const secLastWave: AssumptionSource = {
  title: 'SEC Announces Possible Last Wave of Off-Channel Communications Enforcement Actions',
  publisher: 'White & Case LLP',
  year: 2025,
  url: 'https://www.whitecase.com/insight-alert/sec-announces-possible-last-wave-channel-communications-enforcement-actions',
};

export const ofgemMorganStanley: AssumptionSource = {
  title:
    'Ofgem fines Morgan Stanley & Co. International plc (MSIP) over £5.4m for failure to record and retain electronic trading communications',
  publisher: 'Ofgem',
  year: 2023,
  url: 'https://www.ofgem.gov.uk/publications/ofgem-fines-morgan-stanley-co-international-plc-msip-over-ps54m-failure-record-and-retain-electronic-trading-communications',
};

export const mifid2: AssumptionSource = {
  title: 'Directive 2014/65/EU on markets in financial instruments (MiFID II), Article 16(7)',
  publisher: 'Official Journal of the European Union',
  year: 2014,
  url: 'https://eur-lex.europa.eu/eli/dir/2014/65/oj',
};

export const gdpr: AssumptionSource = {
  title: 'Regulation (EU) 2016/679 (General Data Protection Regulation), Article 83',
  publisher: 'Official Journal of the European Union',
  year: 2016,
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
};

export const ukDataProtectionAct: AssumptionSource = {
  title: 'Data Protection Act 2018, section 157: Maximum amount of penalty',
  publisher: 'legislation.gov.uk',
  year: 2018,
  url: 'https://www.legislation.gov.uk/ukpga/2018/12/section/157',
};

export const swissFadp: AssumptionSource = {
  title: 'Federal Act on Data Protection (FADP), SR 235.1, Articles 60–64',
  publisher: 'Swiss Confederation, Fedlex',
  year: 2020,
  url: 'https://www.fedlex.admin.ch/eli/cc/2022/491/en',
};

export const dpcWhatsapp: AssumptionSource = {
  title: 'Irish Commissioner Fines WhatsApp €225 Million for GDPR Violations',
  publisher: 'Hunton Andrews Kurth, Privacy & Information Security Law Blog',
  year: 2021,
  url: 'https://www.huntonprivacyblog.com/2021/09/03/irish-commissioner-fines-whatsapp-e225-million-for-gdpr-violations/',
};

export const aepdWhatsappFines: AssumptionSource = {
  title:
    'The AEPD warns: companies must obtain express consent before adding personal mobiles to WhatsApp groups',
  publisher: 'Aseryde',
  year: 2025,
  url: 'https://aseryde.com/en/la-aepd-advierte-las-empresas-deben-recabar-consentimiento-expreso-antes-de-anadir-moviles-personales-a-grupos-de-whatsapp',
};

// The dated 2024 release: ibm.com/reports/data-breach now serves the 2025 edition.
export const ibmBreach2024: AssumptionSource = {
  title:
    'IBM Report: Escalating Data Breach Disruption Pushes Costs to New Highs (Cost of a Data Breach Report 2024)',
  publisher: 'IBM Newsroom',
  year: 2024,
  url: 'https://newsroom.ibm.com/2024-07-30-ibm-report-escalating-data-breach-disruption-pushes-costs-to-new-highs',
};

export const lostSmartphones: AssumptionSource = {
  title: 'Almost 5% of smartphones lost every year (on the McAfee/Ponemon lost-smartphone study)',
  publisher: 'Nitro Rants and Opinions',
  year: 2012,
  url: 'https://nitrorantsandopinions.blogspot.com/2012/02/almost-5-of-smartphones-lost-every-year.html',
};

export const leaversTakeDataSurvey: AssumptionSource = {
  title: 'What do surveys reveal about ex-employees and corporate data?',
  publisher: 'TechRepublic',
  year: 2009,
  url: 'https://www.techrepublic.com/article/what-do-surveys-reveal-about-ex-employees-and-corporate-data/',
};

export const gallupBurnout: AssumptionSource = {
  title: 'Employee Burnout, Part 1: The 5 Main Causes',
  publisher: 'Gallup',
  year: 2018,
  url: 'https://www.gallup.com/workplace/237059/employee-burnout-part-main-causes.aspx',
};

export const gallupTurnoverCost: AssumptionSource = {
  title: 'This Fixable Problem Costs U.S. Businesses $1 Trillion',
  publisher: 'Gallup',
  year: 2019,
  url: 'https://www.gallup.com/workplace/247391/fixable-problem-costs-businesses-trillion.aspx',
};

export const capTurnoverCost: AssumptionSource = {
  title: 'There Are Significant Business Costs to Replacing Employees',
  publisher: 'Center for American Progress',
  year: 2012,
  url: 'https://www.americanprogress.org/issues/economy/reports/2012/11/16/44464/there-are-significant-business-costs-to-replacing-employees/',
};

export const mckinseySocialEconomy: AssumptionSource = {
  title: 'The social economy: Unlocking value and productivity through social technologies',
  publisher: 'McKinsey Global Institute',
  year: 2012,
  url: 'https://www.mckinsey.com/industries/technology-media-and-telecommunications/our-insights/the-social-economy',
};

export const whatsappGroupLimit: AssumptionSource = {
  title: 'WhatsApp allows more friends to groups',
  publisher: 'The Citizen',
  year: 2022,
  url: 'https://www.citizen.co.za/lifestyle/technology/whatsapp-allows-more-friends-to-groups/',
};

export const metaPlatformPricing: AssumptionSource = {
  title: 'Pricing on the WhatsApp Business Platform',
  publisher: 'Meta',
  year: 2025,
  url: 'https://developers.facebook.com/docs/whatsapp/pricing',
};

export const germanyMessageRates: AssumptionSource = {
  title: 'WhatsApp Business Pricing 2025 Explained: The Ultimative Guide',
  publisher: 'charles',
  year: 2025,
  url: 'https://www.hello-charles.com/blog/whatsapp-business-pricing-2025-explained-the-ultimative-guide',
};

export const m365BusinessStandard: AssumptionSource = {
  title: 'Microsoft 365 Business Standard',
  publisher: 'Microsoft',
  year: 2026,
  url: 'https://www.microsoft.com/en-us/microsoft-365/business/microsoft-365-business-standard',
};

export const mspPricing: AssumptionSource = {
  title: 'Pricing and Costs for Managed Service Providers: Defining Per User and Per Device Rates',
  publisher: 'MSP Notes',
  year: 2024,
  url: 'https://mspnotes.com/pricing-and-costs-for-msp-defining-per-user-and-per-device-rates',
};

export const grossMarginBySector: AssumptionSource = {
  title: 'Margins by Sector (US), January 2026 update',
  publisher: 'Aswath Damodaran, NYU Stern School of Business',
  year: 2026,
  url: 'https://pages.stern.nyu.edu/~adamodar/New_Home_Page/datafile/margin.html',
};

export const forresterTeiRecapture: AssumptionSource = {
  title: 'The Total Economic Impact of Microsoft 365 Copilot',
  publisher: 'Forrester Consulting',
  year: 2025,
  url: 'https://tei.forrester.com/go/microsoft/M365Copilot/?lang=en-us',
};

export const gallupTurnoverByRole: AssumptionSource = {
  title: '42% of Employee Turnover Is Preventable but Often Ignored',
  publisher: 'Gallup',
  year: 2024,
  url: 'https://www.gallup.com/workplace/646538/employee-turnover-preventable-often-ignored.aspx',
};

// Fines by regime: the precedents that set each regime's size per employee and its largest case.

export const sec2022OffChannel: AssumptionSource = {
  title:
    'SEC Charges 16 Wall Street Firms with Widespread Recordkeeping Failures (press release 2022-174)',
  publisher: 'U.S. Securities and Exchange Commission',
  year: 2022,
  url: 'https://www.sec.gov/news/press-release/2022-174',
};

export const sec2021JpMorgan: AssumptionSource = {
  title:
    'JPMorgan Admits to Widespread Recordkeeping Failures and Agrees to Pay $125 Million Penalty',
  publisher: 'U.S. Securities and Exchange Commission',
  year: 2021,
  url: 'https://www.sec.gov/news/press-release/2021-262',
};

export const cftc2022OffChannel: AssumptionSource = {
  title:
    'CFTC Orders 11 Financial Institutions to Pay Over $710 Million for Recordkeeping and Supervision Failures (release 8599-22)',
  publisher: 'U.S. Commodity Futures Trading Commission',
  year: 2022,
  url: 'https://www.cftc.gov/PressRoom/PressReleases/8599-22',
};

export const fcaRecordKeeping: AssumptionSource = {
  title: 'FCA Handbook, SYSC 10A: Recording telephone conversations and electronic communications',
  publisher: 'Financial Conduct Authority',
  year: 2024,
  url: 'https://www.handbook.fca.org.uk/handbook/SYSC/10A/',
};

export const mifid2Sanctions: AssumptionSource = {
  title: 'Directive 2014/65/EU (MiFID II), Article 70(6): administrative pecuniary sanctions',
  publisher: 'Official Journal of the European Union',
  year: 2014,
  url: 'https://eur-lex.europa.eu/eli/dir/2014/65/oj#art_70',
};

export const hgbRetention: AssumptionSource = {
  title: 'Handelsgesetzbuch (HGB) § 257: Aufbewahrung von Unterlagen, Aufbewahrungsfristen',
  publisher: 'Bundesministerium der Justiz, gesetze-im-internet.de',
  year: 2024,
  url: 'https://www.gesetze-im-internet.de/hgb/__257.html',
};

export const aoDelayPenalty: AssumptionSource = {
  title: 'Abgabenordnung (AO) § 146 Abs. 2c: Verzögerungsgeld von 2 500 bis 250 000 Euro',
  publisher: 'Bundesministerium der Justiz, gesetze-im-internet.de',
  year: 2024,
  url: 'https://www.gesetze-im-internet.de/ao_1977/__146.html',
};

export const icoLanarkshire: AssumptionSource = {
  title: 'ICO reprimands NHS Lanarkshire over the use of WhatsApp to share patient data',
  publisher: 'Information Commissioner’s Office',
  year: 2023,
  url: 'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2023/08/ico-reprimands-nhs-lanarkshire-for-sharing-patient-data-via-whatsapp/',
};

export const gdprSpecialCategories: AssumptionSource = {
  title:
    'Regulation (EU) 2016/679 (GDPR), Article 9: Processing of special categories of personal data',
  publisher: 'Official Journal of the European Union',
  year: 2016,
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9',
};

// The suite's whole cost.

export const teamsPhonePricing: AssumptionSource = {
  title: 'Microsoft Teams Phone: plans and pricing',
  publisher: 'Microsoft',
  year: 2026,
  url: 'https://www.microsoft.com/en-us/microsoft-teams/compare-microsoft-teams-business-options',
};

export const ucaasListPrices: AssumptionSource = {
  title: 'RingCentral RingEX plans and pricing',
  publisher: 'RingCentral',
  year: 2026,
  url: 'https://www.ringcentral.com/office/plansandpricing.html',
};

export const migrationEffort: AssumptionSource = {
  title: 'Microsoft Teams adoption guide: plan for training and change management',
  publisher: 'Microsoft Learn',
  year: 2025,
  url: 'https://learn.microsoft.com/en-us/microsoftteams/adopt-microsoft-teams-landing-page',
};

export const damodaranCostOfCapital: AssumptionSource = {
  title: 'Cost of Capital by Sector (US and Europe), January 2026 update',
  publisher: 'Aswath Damodaran, NYU Stern School of Business',
  year: 2026,
  url: 'https://pages.stern.nyu.edu/~adamodar/New_Home_Page/datafile/wacc.html',
};

export const vatDirective: AssumptionSource = {
  title:
    'Council Directive 2006/112/EC on the common system of VAT, Articles 132 and 135 (exempt activities)',
  publisher: 'Official Journal of the European Union',
  year: 2006,
  url: 'https://eur-lex.europa.eu/eli/dir/2006/112/oj',
};

export const vatRates: AssumptionSource = {
  title: 'VAT rates applied in the Member States of the European Union',
  publisher: 'European Commission, Taxation and Customs Union',
  year: 2026,
  url: 'https://taxation-customs.ec.europa.eu/taxation/vat/vat-directive/vat-rates_en',
};
