/**
 * Which Unicode and locale data this process answers with: tables derived from it at build time (ICU's date names,
 * the tokenizer's character classes) are used only by a process whose data is the same.
 */
export function icuIdentity(): string {
  const v = process.versions;
  const small = (process.config.variables as Record<string, unknown>).icu_small;
  return [v.icu, v.cldr, v.unicode, String(small), process.env.NODE_ICU_DATA ?? ''].join('/');
}
