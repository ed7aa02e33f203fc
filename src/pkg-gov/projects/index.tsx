import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { GOV_PAGES } from '../../../types/governance';
import { Page } from '../../components/page';
import { call } from '../../api/client';
import { tapProps } from '../../lib/a11y';
import { useCallOnShow } from '../../hooks/use-call';
import '../components/gov.css';

/** 项目清单: the community's projects, each answering needs; officers start one from the needs. */
export default function Projects() {
  const list = useCallOnShow(() => call('governance', 'projects', {}), 'projects');
  return (
    <Page className='gov-projects'>
      {list.data?.officer && (
        <Button className='btn-primary gov-projects__new' onClick={() => void Taro.navigateTo({ url: '/pkg-gov/project-new/index' })}>
          由需求新建项目
        </Button>
      )}
      <View className='card'>
        <Text className='card-title'>社区项目</Text>
        {list.error && <Text className='error'>{list.error.message}</Text>}
        {list.data?.items.map((p) => (
          <View key={p.id} className='gov-row gov-projects__row' {...tapProps('link')} onClick={() => void Taro.navigateTo({ url: `${GOV_PAGES.project}?id=${p.id}` })}>
            <Text className={`tag ${p.status === 'done' ? 'tag-green' : 'tag-kind-info'}`}>{p.status === 'done' ? '已完成' : '实施中'}</Text>
            <Text className='gov-row__title'>{p.title}</Text>
            <Text className='muted gov-line'>
              责任单位：{p.responsibleUnit} · 回应需求{p.needCount}条 · 里程碑{p.milestonesDone}/{p.milestoneCount}
            </Text>
          </View>
        ))}
        {list.data?.items.length === 0 && <Text className='empty'>暂无项目</Text>}
      </View>
    </Page>
  );
}
