import { Text, View } from '@tarojs/components';
import type { BookingDetail } from '../../../types/legal-aid-cases';

function Block({ title, text, className }: { title: string; text: string | null; className: string }) {
  if (!text) return null;
  return (
    <View className={className}>
      <Text className='legal-label'>{title}</Text>
      <Text className='legal-booking__text'>{text}</Text>
    </View>
  );
}

/** The consultation's content: what the resident said, and what the volunteer recorded. Only these two see it. */
export function ContentCard({ b }: { b: BookingDetail }) {
  return (
    <View className='card'>
      <Text className='legal-hint'>🔒 以下内容仅您和{b.role === 'resident' ? '承办的志愿者' : '预约的居民'}可以查看，每次查看都会记录。</Text>
      <Block className='legal-booking__description' title='情况说明' text={b.description} />
      {b.contentReview && <Text className='legal-hint'>部分内容待平台复核</Text>}
      <Block className='legal-booking__summary' title='咨询情况' text={b.summary} />
      <Block className='legal-booking__advice' title='法律意见' text={b.advice} />
      <Block className='legal-booking__guidance' title='调解或指引情况' text={b.guidance} />
      {b.referral && (
        <View className='legal-booking__referral'>
          <Text className='legal-label'>建议申请法律援助</Text>
          <Text className='legal-booking__text'>请携带以下材料，到案件办理地或事项发生地的法律援助机构申请（免费）：</Text>
          {b.referral.documents.map((d) => (
            <Text key={d} className='legal-booking__text'>
              · {d}
            </Text>
          ))}
          {b.referral.note && <Text className='legal-hint'>{b.referral.note}</Text>}
        </View>
      )}
      {b.rating && <Text className='legal-row__line'>评价：{'★'.repeat(b.rating.stars)}{b.rating.comment ? ` ${b.rating.comment}` : ''}</Text>}
    </View>
  );
}
