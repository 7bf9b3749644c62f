/** Township names of a regions dataset, for resolving a name (`桐岭镇`, or `桐岭`) to its code. */
export interface RegionNames {
  id: string;
  regions: { code: string; name: string }[];
}

const SUFFIX = /(街道办事处|街道|民族乡|瑶族乡|壮族乡|苗族乡|彝族乡|回族乡|镇|乡)$/;

/**
 * A code stays a code; a full name gives its code; a name without its suffix (`桐岭`) gives the code
 * of the one township it abbreviates. Otherwise no code, with the candidates: several for an
 * ambiguous name, the close or all names for an unknown one.
 */
export function resolveTownship(value: string, names: RegionNames): { code?: string; candidates: string[]; ambiguous?: boolean } {
  const { regions } = names;
  if (regions.some((r) => r.code === value)) return { code: value, candidates: [] };
  const exact = regions.filter((r) => r.name === value);
  if (exact.length === 1) return { code: exact[0].code, candidates: [] };
  if (exact.length > 1) return { candidates: exact.map((r) => `${r.name} (${r.code})`), ambiguous: true };
  const bare = value.replace(SUFFIX, '');
  // `东乡` is 东乡镇 or 东乡乡 without its suffix, not 东 with the suffix 乡: both readings are tried.
  const short = regions.filter((r) => {
    const stem = r.name.replace(SUFFIX, '');
    return stem === value || stem === bare;
  });
  if (short.length === 1) return { code: short[0].code, candidates: [] };
  if (short.length > 1) return { candidates: short.map((r) => r.name), ambiguous: true };
  const close = regions.filter((r) => bare.length > 0 && (r.name.includes(bare.slice(0, 1)) || r.name.includes(bare.slice(-1))));
  return { candidates: (close.length ? close : regions).slice(0, 12).map((r) => r.name) };
}
