import { adapterSources, adaptersModuleFor, scanPortUse, type PortUse } from '../../scripts/function-ports';

const KNOWN = ['subscribe', 'contentCheck', 'files'];
const scan = (text: string): PortUse => {
  const use: PortUse = { ports: new Set(), whole: [] };
  scanPortUse('/virtual/feature.ts', KNOWN, use, text);
  return use;
};

describe('which platform ports a function reads', () => {
  it('sees ports read through ctx.platform, a platform variable and nested destructuring', () => {
    expect([...scan('const s = ctx.platform.subscribe; s.send(m);').ports]).toEqual(['subscribe']);
    expect([...scan('function f({ platform }: Deps) { return platform.files.url(x); }').ports]).toEqual(['files']);
    expect([...scan('const { platform: { contentCheck } } = ctx;').ports]).toEqual(['contentCheck']);
    expect(scan('const p: Platform = x; type T = Deps["platform"];').ports.size).toBe(0);
  });

  it('counts the whole platform as used when it is handed on', () => {
    expect(scan('review(ctx.platform, text);').whole).toEqual(['/virtual/feature.ts:1']);
    expect(scan('const deps = { platform };').whole).toHaveLength(1);
  });

  it('refuses a port that Platform does not have', () => {
    expect(() => scan('ctx.platform.sms.send(x);')).toThrow(/platform\.sms, which is not a port/);
  });

  it('reads the adapter registry and writes a bundle registry with only the ports asked for', () => {
    const sources = adapterSources();
    expect([...sources.keys()].sort()).toEqual(['contentCheck', 'files', 'mediaCheck', 'miniCode', 'subscribe']);
    const only = adaptersModuleFor(['subscribe'], sources);
    expect(only).toMatch(/import \{ subscribeAdapter \} from ".*cloudbase-subscribe-sender\.ts"/);
    expect(only).not.toMatch(/contentCheck/);
    expect(adaptersModuleFor([], sources)).toMatch(/CLOUD_ADAPTERS = \{ {2}\}/);
    expect(() => adaptersModuleFor(['sms'], sources)).toThrow(/no CloudBase adapter for the port "sms"/);
  });
});
