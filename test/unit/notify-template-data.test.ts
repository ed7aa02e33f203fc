import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NOTIFICATION_KINDS } from '../../types/notify';
import { fromShanghai } from '../../types/time';
import { parseNotifyConfig } from '../../cloudfunctions/core/platform/notify-config';
import { renderTemplate } from '../../cloudfunctions/core/notify/template-data';
import { classifyWxError } from '../../cloudfunctions/core/platform/subscribe-sender';

const template = (data: Record<string, string>) => ({ templateId: 'tpl-test-0001', data });
const values = (title: string, body = '', fields: Record<string, string> = {}) => ({ title, body, fields });

describe('subscribe-message template data', () => {
  it('keeps each keyword type within WeChat limits', () => {
    const long = '西园社区党群服务中心周末志愿服务活动报名成功请准时参加';
    const r = renderTemplate(
      template({ thing1: '{title}', name2: '{who}', phrase3: '{status}', character_string4: '{code}', letter5: '{letters}', symbol6: '{sym}', phone_number7: '{phone}', car_number8: '{car}' }),
      values(long, '', { who: '欧阳娜娜欧阳娜娜欧阳娜娜', status: '已确认OK通过啦', code: 'A'.repeat(40), letters: 'b'.repeat(40), sym: '!!!!!!!', phone: '+86-0766-66888866-123', car: '粤A8Z888挂XX' }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Array.from(r.data.thing1!.value)).toHaveLength(20);
    expect(r.data.thing1!.value.endsWith('…')).toBe(true);
    expect(r.data.name2!.value).toBe('欧阳娜娜欧阳娜娜欧阳');
    expect(r.data.phrase3!.value).toBe('已确认通过');
    expect(r.data.character_string4!.value).toHaveLength(32);
    expect(r.data.letter5!.value).toHaveLength(32);
    expect(r.data.symbol6!.value).toHaveLength(5);
    expect(r.data.phone_number7!.value).toHaveLength(17);
    expect(r.data.car_number8!.value).toHaveLength(8);
  });

  it('lets a Latin name have 20 letters, and never passes control characters', () => {
    const r = renderTemplate(template({ name1: '{who}', thing2: '{body}' }), values('', '第一行\n第二行\t完', { who: 'Alexandra Montgomery-Smith' }));
    expect(r.ok && r.data.name1!.value).toBe('Alexandra Montgomery');
    expect(r.ok && r.data.thing2!.value).toBe('第一行 第二行 完');
  });

  it('formats an epoch-ms time or date as Shanghai wall time, and leaves display text alone', () => {
    const at = fromShanghai('2026-12-01 09:30');
    const r = renderTemplate(template({ time1: '{time}', date2: '{time}', time3: '{slot}' }), values('', '', { time: String(at), slot: '09:30~10:30' }));
    expect(r.ok && r.data).toEqual({ time1: { value: '2026年12月1日 09:30' }, date2: { value: '2026年12月1日' }, time3: { value: '09:30~10:30' } });
  });

  it('reports a keyword with no value or a number that is not one, instead of letting WeChat refuse it', () => {
    expect(renderTemplate(template({ thing1: '{title}', time2: '{time}' }), values('活动提醒'))).toEqual({ ok: false, error: '模板字段 time2 没有取值（缺少 time）' });
    expect(renderTemplate(template({ number1: '{n}' }), values('', '', { n: '三人' }))).toEqual({ ok: false, error: '模板字段 number1 不是数字：三人' });
    expect(renderTemplate(template({ number1: '{n}' }), values('', '', { n: '12.5' }))).toEqual({ ok: true, data: { number1: { value: '12.5' } } });
  });
});

describe('notify configuration', () => {
  it('accepts the repo default, which maps every kind to a template', () => {
    const config = parseNotifyConfig(readFileSync(resolve(__dirname, '../../config/notify-templates.json'), 'utf8'), 'file');
    expect(Object.keys(config.templates).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(config.miniprogramState).toBe('formal');
  });

  it('defaults to no templates, and stops on a bad value with a clear message', () => {
    expect(parseNotifyConfig(undefined)).toEqual({ miniprogramState: 'formal', templates: {} });
    expect(() => parseNotifyConfig('{oops')).toThrow(/invalid NOTIFY_TEMPLATES: not JSON/);
    expect(() => parseNotifyConfig({ templates: { booking_confirmed: { templateId: 'tpl-test-0001', data: { title1: '{title}' } } } })).toThrow(/templates\.booking_confirmed\.data\.title1: "title1" is not a WeChat keyword/);
    expect(() => parseNotifyConfig({ templates: { no_such_kind: { templateId: 'tpl-test-0001', data: { thing1: 'x' } } } })).toThrow(/invalid NOTIFY_TEMPLATES/);
    expect(() => parseNotifyConfig({ templates: { booking_confirmed: { templateId: 'x', data: { thing1: 'x' } } } })).toThrow(/templateId/);
    expect(() => parseNotifyConfig({ miniprogramState: 'beta' })).toThrow(/miniprogramState/);
  });
});

describe('WeChat send errors', () => {
  it('tells refusals, permanent errors and transient ones apart', () => {
    expect(classifyWxError(43101, 'user refuse to accept the msg')).toMatchObject({ ok: false, kind: 'refused', code: 43101 });
    for (const code of [40003, 40037, 41030, 43107, 47003]) expect(classifyWxError(code, 'x')).toMatchObject({ kind: 'permanent', code });
    for (const code of [-1, 45009, 43108, undefined]) expect(classifyWxError(code, 'x')).toMatchObject({ kind: 'transient' });
  });
});
