/**
 * How a request found its grid, free of zod so pages can import it cheaply. The registered building decides
 * first, then the phone's location on the community's grid map; otherwise the community itself takes it.
 */
export const ROUTED_BY = ['building', 'location', 'community'] as const;
export type RoutedBy = (typeof ROUTED_BY)[number];

export const ROUTED_BY_LABELS: Record<RoutedBy, string> = {
  building: '按登记楼栋分派',
  location: '按所在位置分派',
  community: '由社区统一分派',
};
