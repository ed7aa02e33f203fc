import { parseStepLines, stepLines } from '../../src/pkg-admin/lib/step-lines';

describe('the step editor’s rows and the draft’s lines', () => {
  it('read lines with or without a limit, with either bar', () => {
    expect(parseStepLines('登记申请｜老年人或家属\n\n办理就餐卡|社区养老服务专干|3个工作日')).toEqual([
      { title: '登记申请', actor: '老年人或家属', limit: '' },
      { title: '办理就餐卡', actor: '社区养老服务专干', limit: '3个工作日' },
    ]);
  });

  it('write rows back, leaving out a step still empty and keeping a half-filled one for the check to name', () => {
    const rows = [
      { title: ' 登记申请 ', actor: '老年人或家属', limit: '' },
      { title: '', actor: '', limit: '' },
      { title: '办理就餐卡', actor: '', limit: '3个工作日' },
    ];
    expect(stepLines(rows)).toBe('登记申请｜老年人或家属\n办理就餐卡｜｜3个工作日');
    expect(parseStepLines(stepLines(rows))).toEqual([rows[0] && { ...rows[0], title: '登记申请' }, rows[2]]);
  });
});
