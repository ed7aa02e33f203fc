import { CloudContentCheck } from '../../cloudfunctions/core/platform/cloudbase-content-check';
import { WordListContentCheck } from '../../cloudfunctions/core/platform/local-content-check';

const check = (content: string) => new WordListContentCheck().text({ openid: 'u1', scene: 'comment', content });

describe('the local content check', () => {
  it('passes ordinary text, holds rude or advertising text for review, refuses fraud and gambling', async () => {
    expect(await check('3号楼门口路灯不亮，晚上出行不便')).toEqual({ verdict: 'pass' });
    expect(await check('物业都是王 八 蛋')).toMatchObject({ verdict: 'review', label: '辱骂' });
    expect(await check('加微信免费领取鸡蛋')).toMatchObject({ verdict: 'review', label: '广告' });
    expect(await check('刷单返利，日赚三百')).toMatchObject({ verdict: 'risky', label: '诈骗' });
    // Spaces and punctuation do not hide a word.
    expect(await check('赌，博，网，站 了解一下')).toMatchObject({ verdict: 'risky' });
  });
});

describe('WeChat msgSecCheck v2 through CloudBase', () => {
  const cloud = (answer: () => unknown) => ({ openapi: { security: { msgSecCheck: async (p: unknown) => ((cloud.last = p), answer()) } } }) as never;
  cloud.last = undefined as unknown;

  it('sends version 2 with the scene code and reads the suggestion', async () => {
    const result = await new CloudContentCheck(cloud(() => ({ errCode: 0, result: { suggest: 'risky', label: 20006 } }))).text({ openid: 'o1', scene: 'forum', content: '…' });
    expect(result).toEqual({ verdict: 'risky', label: '20006' });
    expect(cloud.last).toEqual({ openid: 'o1', scene: 3, version: 2, content: '…' });
  });

  it('holds text for review when the answer is unreadable or the call fails, never passing it unchecked', async () => {
    expect((await new CloudContentCheck(cloud(() => ({ errCode: 0 }))).text({ openid: 'o', scene: 'comment', content: 'x' })).verdict).toBe('review');
    const failing = cloud(() => Promise.reject(Object.assign(new Error('system busy'), { errCode: -1 })));
    expect(await new CloudContentCheck(failing).text({ openid: 'o', scene: 'comment', content: 'x' })).toEqual({ verdict: 'review', label: 'check-failed:-1' });
  });
});
