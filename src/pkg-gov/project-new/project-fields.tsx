import { Input, Text, Textarea, View } from '@tarojs/components';

export interface ProjectDraft {
  title: string;
  summary: string;
  responsibleUnit: string;
  milestone: string;
  due: string;
}

/** The project's name, plan, responsible unit and a first milestone with its date. */
export function ProjectFields({ draft, set, errors }: { draft: ProjectDraft; set: (d: ProjectDraft) => void; errors: Record<string, string> }) {
  const field = (key: keyof ProjectDraft, label: string, hint: string) => (
    <View className='gov-field'>
      <Text className='gov-label'>{label}</Text>
      {key === 'summary' ? (
        <Textarea className={`gov-project-new__${key}`} value={draft[key]} placeholder={hint} onInput={(e) => set({ ...draft, [key]: e.detail.value })} />
      ) : (
        <Input className={`gov-project-new__${key}`} value={draft[key]} placeholder={hint} onInput={(e) => set({ ...draft, [key]: e.detail.value })} />
      )}
      {errors[key] && <Text className='error'>{errors[key]}</Text>}
    </View>
  );
  return (
    <View className='card'>
      {field('title', '项目名称', '如 3栋楼道照明改造')}
      {field('summary', '实施方案', '做什么、怎么做')}
      {field('responsibleUnit', '责任单位', '如 西园社区居委会')}
      {field('milestone', '第一个里程碑（可选）', '如 现场勘查')}
      {field('due', '计划完成日期', 'YYYY-MM-DD')}
    </View>
  );
}
