/**
 * The values of a message that counts the horizon's years: `years` picks the plural form and
 * `yearsText` is what it shows. A horizon is 1 to 10 years, written alike in every locale, so it
 * goes in as is: a `#` would make the browser build an Intl.NumberFormat while the page loads
 * (lib/format/locale-symbols.ts says what that costs).
 */
export function yearsArgs(years: number) {
  return { years, yearsText: String(years) };
}
