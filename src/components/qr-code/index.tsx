import { Canvas, Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useMemo } from 'react';
import { encode } from 'uqr';
import './index.css';

interface Props {
  text: string;
  /** Canvas id (WeChat draws by id); unique on the page. */
  id: string;
  /** Extra data attributes, e.g. for tests reading the current code. */
  data?: Record<string, string>;
}

/** One SVG path for all dark modules: a few hundred bytes instead of a rect per module. */
function svgDataUrl(modules: boolean[][]): string {
  const n = modules.length;
  let path = '';
  modules.forEach((row, y) => row.forEach((dark, x) => dark && (path += `M${x} ${y}h1v1h-1z`)));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges"><rect width="${n}" height="${n}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** WeChat: the matrix drawn on a 2D canvas (an <image> cannot show an SVG data URL there). */
function useCanvasDraw(id: string, modules: boolean[][]): void {
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') return;
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node: Taro.Canvas; width: number; height: number } | null>) => {
        const found = res[0];
        if (!found) return;
        const ratio = Taro.getSystemInfoSync().pixelRatio;
        const { node: canvas, width } = found;
        canvas.width = width * ratio;
        canvas.height = width * ratio;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.scale(ratio, ratio);
        const cell = width / modules.length;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, width, width);
        ctx.fillStyle = '#000';
        modules.forEach((row, y) => row.forEach((dark, x) => dark && ctx.fillRect(x * cell, y * cell, cell + 0.3, cell + 0.3)));
      });
  }, [id, modules]);
}

/** A QR code of `text`, square, filling its container's width (set the size with the `qr-code` class). */
export function QrCode({ text, id, data = {} }: Props) {
  const modules = useMemo(() => encode(text, { ecc: 'M', border: 2 }).data, [text]);
  const src = useMemo(() => (process.env.TARO_ENV === 'h5' ? svgDataUrl(modules) : ''), [modules]);
  useCanvasDraw(id, modules);
  const attrs = Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]));
  return (
    <View className='qr-code' {...attrs}>
      {process.env.TARO_ENV === 'h5' ? <Image className='qr-code__img' src={src} /> : <Canvas type='2d' id={id} className='qr-code__canvas' />}
    </View>
  );
}
