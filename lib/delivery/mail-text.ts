import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/i18n/routing';
import type { Brand } from '@/lib/brand/schema';
import type { LeadFigures } from '@/lib/leads/figures';
import type { Lead } from '@/lib/leads/store';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import it from '@/messages/it.json';
import { reportUrl } from './payload';
import { money } from '@/lib/format/money';
import { yearsArgs } from '@/lib/i18n/years';

const catalogs = { en, de, it, es };
const translator = (locale: Locale) =>
  createTranslator({ locale, messages: catalogs[locale] as typeof en });

export type MailContent = { subject: string; text: string; html: string };

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function saving(locale: Locale, figures: LeadFigures) {
  return money(locale, figures.currency, figures.netSaving);
}

/** A plain, branded frame: the brand's name in its colour, the rows, one button, a footer. */
function frame(
  brand: Brand,
  lang: Locale,
  body: string,
  link: string,
  label: string,
  footer: string,
) {
  const { primary, onPrimary } = brand.colors;
  return `<!doctype html><html lang="${lang}"><body style="margin:0;padding:24px;font-family:Arial,sans-serif;color:#0f172a;background:#ffffff">
<p style="margin:0 0 16px;font-size:20px;font-weight:bold;color:${primary}">${esc(brand.name)}</p>
${body}
<p style="margin:24px 0"><a href="${esc(link)}" style="display:inline-block;padding:12px 20px;border-radius:8px;background:${primary};color:${onPrimary};font-weight:bold;text-decoration:none">${esc(label)}</a></p>
<p style="margin:0 0 8px;font-size:14px">${esc(link)}</p>
<p style="margin:24px 0 0;font-size:12px;color:#475569">${esc(footer)}</p>
</body></html>`;
}

/** The MSP's notification of a new lead, in the MSP's language. */
export function leadMail(lead: Lead, brand: Brand, locale: Locale): MailContent {
  const t = translator(locale);
  const link = reportUrl(brand.siteUrl, lead.locale, lead.reportCode);
  const horizon = t('leads.inbox.horizon', yearsArgs(lead.figures.horizonYears));
  const attribution = [lead.utm_source, lead.utm_medium, lead.utm_campaign, lead.referrer]
    .filter(Boolean)
    .join(' / ');
  const rows: [string, string][] = [
    [t('delivery.leadMail.name'), lead.name],
    [t('delivery.leadMail.company'), lead.company],
    [t('delivery.leadMail.email'), lead.email],
    ...(lead.phone ? ([[t('delivery.leadMail.phone'), lead.phone]] as [string, string][]) : []),
    [t('delivery.leadMail.netSaving', { horizon }), saving(locale, lead.figures)],
    [t('delivery.leadMail.verdict'), t(`leads.inbox.verdicts.${lead.figures.verdict}`)],
    [t('delivery.leadMail.source'), t(`leads.inbox.sources.${lead.source}`)],
    ...(lead.seller ? ([[t('delivery.leadMail.seller'), lead.seller]] as [string, string][]) : []),
    ...(attribution
      ? ([[t('delivery.leadMail.attribution'), attribution]] as [string, string][])
      : []),
  ];
  const intro = t('delivery.leadMail.intro', {
    name: lead.name,
    company: lead.company,
    brand: brand.name,
  });
  const footer = t('delivery.leadMail.footer', { brand: brand.name });
  const label = t('delivery.leadMail.openReport');
  const messageTitle = t('delivery.leadMail.message');
  const text = [
    intro,
    '',
    ...rows.map(([k, v]) => `${k}: ${v}`),
    '',
    `${messageTitle}:`,
    lead.message,
    '',
    `${label}: ${link}`,
    '',
    '-- ',
    footer,
  ].join('\n');
  const table = rows
    .map(
      ([k, v]) =>
        `<tr><th style="text-align:left;padding:4px 12px 4px 0;vertical-align:top">${esc(k)}</th><td style="padding:4px 0">${esc(v)}</td></tr>`,
    )
    .join('');
  const body = `<p style="margin:0 0 16px">${esc(intro)}</p><table style="border-collapse:collapse">${table}</table>
<h2 style="font-size:16px;margin:16px 0 8px">${esc(messageTitle)}</h2><p style="margin:0;white-space:pre-wrap">${esc(lead.message)}</p>`;
  return {
    subject: t('delivery.leadMail.subject', { name: lead.name, company: lead.company }),
    text,
    html: frame(brand, locale, body, link, label, footer),
  };
}

/** The prospect's copy: the link and the figures, nothing promotional (UWG §7, BGH VI ZR 134/15). */
export function prospectMail(
  { reportCode, locale, figures }: { reportCode: string; locale: Locale; figures: LeadFigures },
  brand: Brand,
): MailContent {
  const t = translator(locale);
  const link = reportUrl(brand.siteUrl, locale, reportCode);
  const horizon = t('leads.inbox.horizon', yearsArgs(figures.horizonYears));
  const lines = [
    t('delivery.prospectMail.netSaving', { horizon, amount: saving(locale, figures) }),
    t('delivery.prospectMail.verdict', { verdict: t(`leads.inbox.verdicts.${figures.verdict}`) }),
  ];
  const intro = t('delivery.prospectMail.intro');
  const label = t('delivery.prospectMail.openReport');
  const footer = t('delivery.prospectMail.footer', { site: new URL(brand.siteUrl).host });
  return {
    subject: t('delivery.prospectMail.subject', { brand: brand.name }),
    text: [intro, '', ...lines, '', `${label}: ${link}`, '', '-- ', footer].join('\n'),
    html: frame(
      brand,
      locale,
      `<p style="margin:0 0 16px">${esc(intro)}</p>${lines.map((l) => `<p style="margin:0 0 8px;font-weight:bold">${esc(l)}</p>`).join('')}`,
      link,
      label,
      footer,
    ),
  };
}
