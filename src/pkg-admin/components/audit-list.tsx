import { Text, View } from '@tarojs/components';
import type { AuditEntry } from '../../../types/functions/catalog-admin';
import { fmtDateTime } from '../../lib/cn-time';
import { AUDIT_ACTION_LABELS, AUDIT_FIELD_LABELS } from '../lib/labels';
import './audit-list.css';

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
/** A change said in words: a value set for the first time or removed reads as such, not as "（无）→". */
const changeText = (before: string | null, after: string | null) =>
  before === null || before === '' ? `设为 ${short(after ?? '')}` : after === null || after === '' ? `清除（原为 ${short(before)}）` : `${short(before)} → ${short(after)}`;

/** Who changed what and when (the account's role and unit then, never a name anyone can change): each change with its value before and after. */
export function AuditList({ entries, showTarget = false }: { entries: AuditEntry[]; showTarget?: boolean }) {
  if (entries.length === 0) return <Text className='muted'>暂无修改记录</Text>;
  return (
    <View className='audit-list'>
      {entries.map((e) => (
        <View key={e.id} className='audit-list__entry'>
          <Text className='audit-list__head'>
            {fmtDateTime(e.at)} · {e.actorRole} · 账号{e.actorAccount} · {AUDIT_ACTION_LABELS[e.action] ?? e.action}
            {showTarget ? ` ${e.target}` : ''}
          </Text>
          {e.changes.map((c) => (
            <Text key={c.field} className='muted audit-list__change'>
              {AUDIT_FIELD_LABELS[c.field] ?? c.field}：{changeText(c.before, c.after)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
