/** 查看地图 on H5: the address searched on a web map, in a new tab, so the guide stays open. */
export function showOnMap(address: string): void {
  window.open(`https://uri.amap.com/search?keyword=${encodeURIComponent(address)}`, '_blank', 'noopener');
}
