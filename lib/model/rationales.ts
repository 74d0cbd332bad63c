import type { AssumptionId } from './assumptions';

// Why each derived or judged figure is what it is, in one line, as the registry contract has it.
// Kept apart from the figures so the pages that compute in the browser (the workshop) do not
// ship these lines (about 3.4 kB gzip) they never show.
export const rationales: Partial<Record<AssumptionId, string>> = {
  workingHoursPerYear:
    'A full-time year: 220 working days of about 7.8 hours. OECD averages per worker run lower (1,343 in Germany, 1,799 in the US, 2023) because they include part-time work.',
  workingDaysPerYear:
    '261 weekdays less about 25 days of leave, 10 public holidays and a few sick days; the Directive sets the four-week minimum of leave.',
  secFineProbability:
    'More than 100 US firms were charged in the 2021–2025 off-channel sweep, out of some 3,300 broker-dealers and 15,000 advisers; a firm with unarchived business chats is put at 1 in 25 a year.',
  secFinePerEmployee:
    'Per employee, the precedents run from about $500 (JPMorgan, $125m, some 250,000 staff) to $5,000–10,000 for mid-sized firms (Moelis, Houlihan Lokey, $10–15m); smaller firms pay more per head.',
  cftcFineProbability:
    'The CFTC charged fewer firms than the SEC (about 30 in the sweep), mostly swap dealers; a commodity trader with unarchived chats is put at half the SEC figure.',
  cftcFinePerEmployee:
    'The CFTC’s 2022 orders ($6m–100m on firms of a few thousand to 200,000 staff) come to $300–7,000 per employee; the value leans to the smaller firms this tool is for.',
  fcaFineProbability:
    'The FCA requires recorded communications (SYSC 10A) but has fined firms for chat records far less often than the SEC; put at a quarter of the US figure.',
  fcaFinePerEmployee:
    'No FCA firm fine for chat records is on record; sized like Ofgem’s case against Morgan Stanley, the only UK precedent.',
  ofgemFineProbability:
    'REMIT requires energy traders to keep their communications; Ofgem’s first such fine came in 2023. Put at half the SEC figure.',
  ofgemFinePerEmployee:
    'Ofgem fined Morgan Stanley’s London arm £5.41m (after a 30 % discount) with a few thousand staff: about £1,000 per employee.',
  mifidFineProbability:
    'MiFID II Art. 16(7) requires recorded client communications, but EU supervisors have published few fines for chat records: put at an eighth of the US figure.',
  mifidFinePerEmployee:
    'With no EU precedent for chat records, sized like the UK’s only case (about £1,000 per employee), within MiFID II’s maximum.',
  retentionFineProbability:
    'Business letters in chats must be kept for six to ten years (HGB § 257, c.c. 2220, Código de Comercio art. 30); a tax audit every few years rarely asks for them, so a penalty is put at 1 % a year.',
  retentionFinePerEmployee:
    'German law sets the delay penalty for missing records between €2,500 and €250,000 (AO § 146(2c)); €200 per employee puts a 50-person firm at €10,000.',
  regulatorInquiryMultiplier:
    'A firm a regulator has already asked about its records is far more likely to be sanctioned for them; the record-keeping chance is tripled, data protection is a different authority and stays.',
  gdprFineProbability:
    'Data-protection fines over WhatsApp at work are on record (the AEPD’s cases) but rare for any one firm: put at 1 % a year when client data is in the chats.',
  gdprFinePerEmployee:
    'The AEPD’s WhatsApp fines on small employers run €2,000–70,000; €400 per employee puts a 50-person firm at €20,000, about their mean.',
  ukGdprFineProbability:
    'The ICO has answered WhatsApp cases with reprimands, not fines (NHS Lanarkshire, 2023): half the EU figure.',
  ukGdprFinePerEmployee:
    'No UK fine for WhatsApp at work is on record; sized like the EU’s, converted and slightly lower.',
  fadpFineProbability:
    'The Swiss FADP fines the firm only where naming the person responsible would be disproportionate (Art. 64): rarer than in the EU.',
  fadpFinePerEmployee:
    'Sized like the EU’s AEPD cases, within the firm’s legal maximum of CHF 50,000.',
  healthDataFineMultiplier:
    'Health data is a special category (GDPR Art. 9): breaches of it are reported, pursued and fined more often and harder; chance and size are each doubled.',
  lostDeviceIncidentProbability:
    'Most lost work phones are never recovered, but a locked phone rarely becomes a reportable breach; one in ten that carry client chats is put at becoming one.',
  leaverIncidentProbability:
    'Many leavers keep company data (59 % in Ponemon’s survey), but few misuse it; one in twenty of those who keep client chats is put at causing an incident.',
  recordsPerIncident:
    'One phone or one leaver holds the contacts and conversations of one person’s clients: a few hundred records, not a corporate breach.',
  costPerRecord:
    'IBM’s 2024 cost per record ($173) is stated for intellectual-property records; we apply it to client contacts and conversations, and IBM’s breaches are larger than one phone.',
  historyRebuildHours:
    'About a working day to rebuild what a lost chat history held (contacts, agreements, photos of documents) from other people and systems.',
  alwaysOnTurnoverUplift:
    'Burned-out staff are 2.6 times as likely to leave (Gallup), but after-hours messaging is one cause among several; at full pressure it adds 5 % to the leavers.',
  replacementCostShare:
    'Between CAP’s median of 21 % of salary and Gallup’s 40 % for frontline and 80 % for technical staff; Gallup’s ½× to 2× includes leaders (200 %), rarely the people on WhatsApp, so the range stops at 90 %.',
  staffAbsenceShare:
    'About 25 days of leave and 8 days of sickness over about 251 working days: 33 / 251 = 0.13.',
  unloggedDealLossShare:
    'When a deal lives only in one person’s chat and that person is away or leaves, most deals are picked up late rather than lost; one in ten is put at being lost.',
  grossMarginShare:
    'What a lost sale would have left after its direct costs: gross margin by industry from Damodaran’s sector tables (38 % across all industries; the methodology lists each industry).',
  groupLimitMinutesPerDay:
    'A group at its member limit (1,024) forces split groups and forwarded messages; a few minutes a day for the people in them.',
  productivityRecaptureShare:
    'Only part of a time saving becomes useful work: Forrester’s Total Economic Impact studies count half of it as recaptured.',
  pricePerMessage:
    'Between Germany’s utility (€0.0456) and marketing (€0.1131) template rates, leaning to utility; rates differ by country.',
  suiteLicencePerUserMonth:
    'Microsoft 365 Business Standard at $12.50 a month paid yearly; the range runs from Teams Essentials ($4) to Business Premium ($22).',
  suiteTelephonyPerUserMonth:
    'Phone numbers and calling in the suite: Teams Phone ($10) with a calling plan, or a cloud phone seat (RingCentral from $30) less its chat; what the firm pays for phones today is not credited.',
  suiteManagedServicePerUserMonth:
    'A managed fee for user support, administration and security of a communications suite; MSPs price it per user, and the MSP’s own quote replaces it.',
  suiteOnboardingPerUser:
    'One-time set-up, migration and training by the MSP, per user; the MSP’s own quote replaces it.',
  internalHoursPerUser:
    'The firm’s own time per user to move over: training, moving contacts and groups, learning the new habits; priced at the loaded hourly cost, once.',
  discountRate:
    'A small firm’s cost of capital: Damodaran’s sector averages of 6–9 % (January 2026) plus a premium for size; used to discount later years’ savings.',
  vatRate:
    'The standard VAT rate, charged on the suite when the firm cannot reclaim input VAT: EU 17–27 % (21 % in Spain), UK 20 %, Switzerland 8.1 %.',
  adoptionRampMonths:
    'Months until everyone works in the suite rather than in WhatsApp; until then the old risks run on in full.',
  residualFines:
    'An archived, company-run channel closes the gap regulators fined; some business still slips onto private phones.',
  residualDataLoss:
    'Company-held history and remote wipe remove most of what a lost phone or a leaver takes; phones still get lost and people still copy data.',
  residualTurnover:
    'Separate work and private chats and quiet hours ease the pressure, but a work app on the same phone can be just as always-on: most of the cost remains.',
  residualSales:
    'Without CRM integration the suite keeps a deal’s history with the company when its owner is away or leaves, but does not put it in a pipeline: less than half the loss goes.',
  residualSalesWithCrm:
    'With the offer’s CRM integration, conversations are also logged against the client record, so a colleague can see and follow the deal: about two thirds of the loss goes.',
  residualProductivity:
    'Search across company chats and integration with other tools remove about half of the time lost; some searching and re-typing remains.',
  residualMessaging:
    'Platform fees are charged per message whichever tool sends it, so none of them goes.',
};
