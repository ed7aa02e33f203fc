/** Chinese names of what the audit trail records, for the admin pages. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  window: '办理窗口',
  hours: '办理时间',
  address: '办理地址',
  contactRole: '联系人',
  contactPhone: '联系电话',
  notes: '温馨提示',
  hidden: '对居民隐藏',
  item: '事项',
  title: '名称',
  summary: '简介',
  field: '领域',
  center: '服务阵地',
  audience: '服务对象',
  conditions: '办理条件',
  materials: '所需材料',
  steps: '办理流程',
  totalLimit: '办理时限',
  fee: '收费标准',
  place: '办理地点',
  keywords: '检索词',
  policyBasis: '政策依据',
  online: '网上办理',
  form: '申请表单',
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'catalog.adjust': '调整事项',
  'catalog.addLocal': '新增本社区事项',
  'catalog.updateLocal': '修改本社区事项',
  'catalog.removeLocal': '删除本社区事项',
};
