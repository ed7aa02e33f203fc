import type { AutomatorElement, AutomatorMiniProgram, AutomatorPage } from '../../scripts/harness/automator-api';

/**
 * A small stand-in for miniprogram-automator's MiniProgram, for the driver's unit test (no DevTools here): pages are
 * trees of elements with classes and text; `$$` takes descendant selectors of classes and tags and, as automator does,
 * never enters a custom component (`comp`) from outside — only the component element's own `$$` looks inside.
 */
export interface Node {
  tag: string;
  classes: string[];
  text?: string;
  children?: Node[];
  value?: string;
  onTap?: () => void;
}
export const node = (tag: string, className: string, children: Node[] | string = [], extra: Partial<Node> = {}): Node => ({
  tag,
  classes: className.split(' ').filter(Boolean),
  ...(typeof children === 'string' ? { text: children } : { children }),
  ...extra,
});

const textOf = (n: Node): string => `${n.text ?? ''}${(n.children ?? []).map(textOf).join(' ')}`;
const partMatches = (n: Node, part: string) => (part.startsWith('.') ? n.classes.includes(part.slice(1)) : n.tag === part);

/** Elements under `root` (not itself) matching the selector, not entering `comp` elements. */
function query(root: Node, selector: string): Node[] {
  const parts = selector.trim().split(/\s+/);
  const out: Node[] = [];
  const walk = (n: Node, ancestors: Node[]) => {
    for (const child of n.children ?? []) {
      if (partMatches(child, parts[parts.length - 1]!)) {
        // The earlier parts must match ancestors in order (a descendant selector).
        let i = parts.length - 2;
        for (let a = ancestors.length - 1; a >= 0 && i >= 0; a--) if (partMatches(ancestors[a]!, parts[i]!)) i--;
        if (i < 0) out.push(child);
      }
      if (child.tag !== 'comp') walk(child, [...ancestors, child]);
    }
  };
  walk(root, []);
  return out;
}

function element(n: Node): AutomatorElement {
  return {
    tagName: n.tag,
    $: async (s) => {
      const found = query(n, s)[0];
      return found ? element(found) : null;
    },
    $$: async (s) => query(n, s).map(element),
    text: async () => textOf(n),
    tap: async () => n.onTap?.(),
    ...(n.tag === 'input' || n.tag === 'textarea' ? { input: async (value: string) => void (n.value = value) } : {}),
  };
}

export class FakeMiniProgram implements AutomatorMiniProgram {
  storage = new Map<string, unknown>();
  mocks = new Map<string, unknown>();
  badges: Record<number, string> = {};
  calls: string[] = [];
  closed = false;
  private current: { path: string; query: Record<string, string>; root: Node } | null = null;

  /** Builds a page's tree when it is opened; reads storage (e.g. who is signed in) like the page's onLoad would. */
  constructor(private readonly pages: Record<string, (query: Record<string, string>, mp: FakeMiniProgram) => Node>) {}

  private go(url: string) {
    const [path = '', search = ''] = url.replace(/^\//, '').split('?');
    const query = Object.fromEntries(new URLSearchParams(search));
    const build = this.pages[path];
    if (!build) throw new Error(`no page ${path}`);
    this.current = { path, query, root: build(query, this) };
  }

  async reLaunch(url: string) {
    this.calls.push(`reLaunch ${url}`);
    this.go(url);
  }
  async switchTab(url: string) {
    this.calls.push(`switchTab ${url}`);
    this.go(url);
  }
  async navigateBack() {
    this.calls.push('navigateBack');
  }
  async currentPage(): Promise<AutomatorPage | undefined> {
    const page = this.current;
    return page ? { path: page.path, query: page.query, $$: async (s) => query(page.root, s).map(element) } : undefined;
  }
  async callWxMethod(method: string, ...args: unknown[]) {
    this.calls.push(`${method} ${args.map(String).join(' ')}`.trim());
    if (method === 'setStorageSync') this.storage.set(String(args[0]), args[1]);
    if (method === 'removeStorageSync') this.storage.delete(String(args[0]));
    return undefined;
  }
  async mockWxMethod(method: string, result: unknown) {
    this.mocks.set(method, result);
  }
  async restoreWxMethod(method: string) {
    this.mocks.delete(method);
  }
  async evaluate(fn: string | ((...args: never[]) => unknown), ...args: unknown[]) {
    // The driver's probes: installing the badge wrapper, then reading a tab's badge by index.
    if (String(fn).includes('__hubBadges[index]') || String(fn).includes('b[index]')) return this.badges[args[0] as number] ?? null;
    return undefined;
  }
  async screenshot(options: { path: string }) {
    this.calls.push(`screenshot ${options.path}`);
  }
  async close() {
    this.closed = true;
  }
}
