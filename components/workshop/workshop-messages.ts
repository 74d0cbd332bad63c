import type { Messages } from 'next-intl';

/**
 * The messages the workshop island needs, and nothing more: they travel to the browser with this
 * page only, in its own provider, instead of riding along on every page of the site.
 */
export function workshopMessages(all: Messages) {
  const { questionnaire: q, report: r } = all;
  return {
    workshop: all.workshop,
    leads: { form: all.leads.form, errors: all.leads.errors },
    validation: all.validation,
    assumptions: all.assumptions,
    units: all.units,
    groups: all.groups,
    categories: all.categories,
    riskLevels: all.riskLevels,
    questionnaire: { fields: q.fields, steps: q.steps, yes: q.yes, no: q.no, optional: q.optional },
    report: {
      headline: r.headline,
      risk: { title: r.risk.title },
      fines: r.fines,
      assumptions: { quoted: r.assumptions.quoted },
      charts: {
        rangeTitle: r.charts.rangeTitle,
        rangeSummary: r.charts.rangeSummary,
        rangeBelow: r.charts.rangeBelow,
        rangeAbove: r.charts.rangeAbove,
        driversTitle: r.charts.driversTitle,
        categoriesTitle: r.charts.categoriesTitle,
      },
    },
  };
}
