// Building an Intl.NumberFormat resolves its locale and options each time, and the workshop and
// methodology format hundreds of figures per render: one formatter per locale and options.
// The keys are few (four locales, four currencies, a handful of shapes); the cap is a backstop.
const formatters = new Map<string, Intl.NumberFormat>();
/** A cached `new Intl.NumberFormat(locale, options)`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size >= 500) formatters.clear();
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}
