import { createElement, type ReactNode } from 'react';
import { ApiError, asApiError } from '../../src/api/api-error';
import { useAction, type ActionOptions, type ActionState } from '../../src/hooks/use-action';

// The repository has no types for jsdom or react-dom: the little used here, typed by hand.
type TestWindow = typeof globalThis & { document: Document; navigator: Navigator; close: () => void };
const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: TestWindow } };
interface Root {
  render: (node: ReactNode) => void;
  unmount: () => void;
}

// react-dom needs a document; jest runs in node here.
const dom = new JSDOM('<!doctype html><div id="root"></div>');
Object.assign(globalThis, { window: dom.window, document: dom.window.document, IS_REACT_ACT_ENVIRONMENT: true });
Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true });
afterAll(() => dom.window.close());
// Loaded after the globals, as a browser would have them.
const { act } = require('react') as typeof import('react');
const { createRoot } = require('react-dom/client') as { createRoot: (container: Element) => Root };

/** Renders a component that uses the hook and hands back its latest state. */
function mount(options: ActionOptions = {}): { latest: () => ActionState; unmount: () => void } {
  let state: ActionState | null = null;
  const Probe = () => {
    state = useAction(options);
    return null;
  };
  const root = createRoot(document.getElementById('root')!);
  act(() => root.render(createElement(Probe)));
  return { latest: () => state!, unmount: () => act(() => root.unmount()) };
}

describe('asApiError', () => {
  it('keep an ApiError as it is and turn anything else into the fallback', () => {
    const apiError = new ApiError('CONFLICT', '名额已满');
    expect(asApiError(apiError, '操作失败')).toBe(apiError);
    expect(asApiError(new TypeError('Failed to fetch'), '加载失败').message).toBe('加载失败');
    expect(asApiError({ errMsg: 'scanCode:fail cancel' }, '操作失败，请稍后重试').message).toBe('操作失败，请稍后重试');
    expect(asApiError('boom', '保存失败').code).toBe('INTERNAL');
  });
});

describe('useAction', () => {
  it('is busy while the work runs, then shows what it said and calls onDone', async () => {
    const onDone = jest.fn();
    const { latest, unmount } = mount({ onDone });
    let finish: (said: string) => void = () => undefined;
    let result: Promise<boolean> = Promise.resolve(false);
    act(() => {
      result = latest().run(() => new Promise<string>((resolve) => (finish = resolve)));
    });
    expect(latest().busy).toBe(true);
    await act(async () => {
      finish('报名成功');
      await result;
    });
    await expect(result).resolves.toBe(true);
    expect(latest()).toMatchObject({ busy: false, notice: '报名成功', error: null, fieldErrors: {} });
    expect(onDone).toHaveBeenCalledTimes(1);
    unmount();
  });

  it('shows the server message and its field errors, mapped to the form, and never rejects', async () => {
    const onDone = jest.fn();
    const { latest, unmount } = mount({ onDone, fieldsOf: (f) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k.replace(/^answers\./, ''), v])) });
    let ok = true;
    await act(async () => {
      ok = await latest().run(async () => {
        throw new ApiError('INVALID_INPUT', '请按提示修改', { 'answers.phone': '请填写11位手机号码' });
      });
    });
    expect(ok).toBe(false);
    expect(latest()).toMatchObject({ busy: false, notice: null, error: '请按提示修改', fieldErrors: { phone: '请填写11位手机号码' } });
    expect(onDone).not.toHaveBeenCalled();

    // A later success clears the error and the field errors.
    await act(async () => void (await latest().run(async () => undefined)));
    expect(latest()).toMatchObject({ error: null, fieldErrors: {}, notice: null });
    unmount();
  });

  it('says the fallback for a failure that is not an ApiError, and lets onError reword one', async () => {
    const { latest, unmount } = mount({ fallback: '保存失败，请稍后重试', onError: (e) => (e.code === 'CONFLICT' ? `${e.message}（已为您刷新）` : undefined) });
    await act(async () => void (await latest().run(() => Promise.reject(new Error('navigateBack:fail')))));
    expect(latest().error).toBe('保存失败，请稍后重试');
    await act(async () => void (await latest().run(() => Promise.reject(new ApiError('CONFLICT', '内容已被他人修改')))));
    expect(latest().error).toBe('内容已被他人修改（已为您刷新）');
    unmount();
  });

  it('stays busy until the last of two overlapping runs ends', async () => {
    const { latest, unmount } = mount();
    const finish: Array<() => void> = [];
    const runs: Array<Promise<boolean>> = [];
    act(() => {
      for (let i = 0; i < 2; i++) runs.push(latest().run(() => new Promise<void>((resolve) => finish.push(resolve))));
    });
    await act(async () => {
      finish[0]!();
      await runs[0];
    });
    expect(latest().busy).toBe(true);
    await act(async () => {
      finish[1]!();
      await runs[1];
    });
    expect(latest().busy).toBe(false);
    unmount();
  });
});
