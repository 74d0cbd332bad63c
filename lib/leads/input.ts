import { z } from 'zod';
import { locales } from '@/i18n/routing';

/**
 * One lead as the form posts it, checked the same way in the browser and on the server. Each
 * error is a message key under `leads.errors`, so both sides say it in the prospect's language.
 */
export const leadErrorKeys = [
  'required',
  'tooLong',
  'email',
  'phone',
  'consent',
  'invalid',
  'fillTime',
] as const;
export type LeadErrorKey = (typeof leadErrorKeys)[number];

/** PostgreSQL text cannot hold a NUL character: refused as invalid, never sent to the database. */
export const storable = (s: string) => !s.includes('\u0000');
const required = (max: number) =>
  z.string('required').trim().min(1, 'required').max(max, 'tooLong').refine(storable, 'invalid');
/** Absent, empty or blank all mean "not given". */
const optionalText = (max: number) =>
  z
    .string('invalid')
    .trim()
    .max(max, 'tooLong')
    .refine(storable, 'invalid')
    .optional()
    .transform((v) => (v ? v : undefined));

export const leadSources = ['report', 'workshop', 'embed'] as const;
export type LeadSource = (typeof leadSources)[number];

/** The least time a person takes to fill the form; quicker posts are treated as a bot's. */
export const MIN_FILL_MS = 3000;

export const leadInputSchema = z.object({
  name: required(120),
  email: z.string('required').trim().min(1, 'required').max(254, 'tooLong').pipe(z.email('email')),
  company: required(160),
  phone: optionalText(40).refine(
    (v) => v === undefined || /^\+?[\d\s()./-]{6,24}$/.test(v),
    'phone',
  ),
  message: required(4000),
  consent: z.literal(true, 'consent'),
  reportCode: z.string('required').trim().min(1, 'required'),
  locale: z.enum(locales, 'invalid'),
  source: z.enum(leadSources, 'invalid').default('report'),
  utm_source: optionalText(200),
  utm_medium: optionalText(200),
  utm_campaign: optionalText(200),
  referrer: optionalText(1000),
  seller: optionalText(100),
  /** The honeypot: hidden from people, so only a bot fills it. */
  website: z.string('invalid').max(1000, 'tooLong').optional(),
  /** How long the form was open before it was sent, measured in the browser. */
  fillMs: z.number('fillTime').int('fillTime').min(MIN_FILL_MS, 'fillTime'),
  submissionId: z.uuid('invalid').optional(),
});

export type LeadInput = z.infer<typeof leadInputSchema>;
/** The fields a person types, in the order the form shows them. */
export const leadFormFields = ['name', 'email', 'company', 'phone', 'message', 'consent'] as const;
export type LeadField = keyof LeadInput;

export type FieldErrors = Partial<Record<LeadField, LeadErrorKey>>;

/** The first error per field, as message keys; an unknown message becomes 'invalid'. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as LeadField | undefined;
    if (!field || out[field]) continue;
    const key = issue.message as LeadErrorKey;
    out[field] = (leadErrorKeys as readonly string[]).includes(key) ? key : 'invalid';
  }
  return out;
}
