import type { TopicDoc } from '../../cloudfunctions/core/governance/topics/topics.repository';
import { $, need } from '../../scripts/harness/journey-driver';
import { useJourney } from '../support/use-journey';

const journey = useJourney();
const home = (title: string) => $('.home .entry-list__row', { text: title });

describe('co-governance', () => {
  it('a resident posts a need, a party member records a visit that raises another, the secretary makes a project from both with a resource', async () => {
    const phone = journey.driver;
    await need(phone, 'signIn').asDemo('demo-resident-2');
    await phone.open('pages/home/index');
    await phone.tap(home('三张清单'));
    await phone.tap($('.gov-needs .gov-needs__category', { text: '儿童关爱' }));
    await phone.type('.gov-needs .gov-needs__desc', '6栋孩子放学后没人照看，希望有托管');
    await phone.type('.gov-needs .gov-needs__people', '12');
    await phone.tap('.gov-needs .gov-needs__post');
    await phone.waitFor($('.gov-needs .gov-needs__notice', { text: '已发布到需求清单' }));
    await phone.waitFor($('.gov-needs .gov-needs__row', { text: '6栋孩子放学后没人照看' }));
    await phone.snap('gov-needs');

    await need(phone, 'signIn').asDemo('demo-party-member');
    await phone.open('pages/home/index');
    await phone.tap(home('进百家门'));
    await phone.tap($('.gov-visits .gov-visits__row', { text: '李大爷家' }));
    await phone.type('.gov-visit .gov-visit__met', '李大爷本人');
    await phone.type('.gov-visit .gov-visit__situation', '独自在家，腿脚不便');
    await phone.tap($('.gov-visit .gov-visit__category', { text: '养老助老' }));
    await phone.type('.gov-visit .gov-visit__need', '2栋老人希望有人每周帮忙买菜');
    await phone.tap('.gov-visit .gov-visit__submit');
    await phone.waitFor($('.gov-visit .gov-visit__notice', { text: '1条需求已进入需求清单' }));
    await phone.waitFor($('.gov-visit .gov-visit__entry', { text: '独自在家，腿脚不便' }));
    await phone.snap('gov-visit');

    await need(phone, 'signIn').asDemo('demo-secretary');
    await phone.open('pages/home/index');
    await phone.tap(home('三张清单'));
    await phone.tap($('.gov-needs .gov-needs__tab', { text: '项目清单' }));
    await phone.tap('.gov-projects .gov-projects__new');
    await phone.tap($('.gov-project-new .gov-project-new__need', { text: '6栋孩子放学后没人照看' }));
    await phone.tap($('.gov-project-new .gov-project-new__need', { text: '每周帮忙买菜' }));
    await phone.tap($('.gov-project-new .gov-project-new__resource', { text: '锦华小学多功能厅' }));
    await phone.type('.gov-project-new .gov-project-new__title', '一老一小暖心服务');
    await phone.type('.gov-project-new .gov-project-new__summary', '借用小学多功能厅开设四点半课堂，志愿者为独居老人代买');
    await phone.type('.gov-project-new .gov-project-new__responsibleUnit', '西园社区居委会');
    await phone.tap('.gov-project-new .gov-project-new__submit');
    await phone.waitFor($('.gov-project .gov-project__title', { text: '一老一小暖心服务' }));
    await expect(phone.count('.gov-project .gov-project__need')).resolves.toBe(2);
    await expect(phone.text('.gov-project .gov-project__resource')).resolves.toContain('锦华小学多功能厅');
    await phone.snap('gov-project');
  });

  it('a topic opens and tells the households of its buildings, two vote from the notice, and the result is published and told at the deadline', async () => {
    const phone = journey.driver;
    await need(phone, 'signIn').asDemo('demo-secretary');
    await phone.open('pages/home/index');
    await phone.tap(home('大事共议'));
    await phone.tap('.gov-topics .gov-topics__new');
    await phone.type('.gov-topic-new .gov-topic-new__title', '西园2栋3栋增设电动车充电桩');
    await phone.type('.gov-topic-new .gov-topic-new__body', '拟在2栋、3栋之间空地增设电动车充电桩20个，请各户发表意见。');
    await phone.tap($('.gov-topic-new .gov-topic-new__building', { text: '西园2栋' }));
    await phone.tap($('.gov-topic-new .gov-topic-new__building', { text: '西园3栋' }));
    await phone.type('.gov-topic-new .gov-topic-new__eligible', '24');
    await phone.tap('.gov-topic-new .gov-topic-new__submit');
    await phone.waitFor($('.gov-topic .gov-topic__kind', { text: '征求意见' }));
    await phone.snap('gov-topic-open');

    // The residents of 2栋 and 3栋 are told: a fan-out expanded by one timer run, its messages sent by the next.
    await journey.host.dispatch();
    await journey.host.dispatch();
    for (const [voter, option] of [['demo-resident', '同意'], ['demo-party-member', '不同意']] as const) {
      await need(phone, 'signIn').asDemo(voter);
      await phone.open('pages/inbox/index');
      await phone.tap($('.inbox .inbox__item', { text: '议题征求意见：西园2栋3栋增设电动车充电桩' }));
      await phone.waitFor($('.gov-topic .gov-topic__title', { text: '西园2栋3栋增设电动车充电桩' }));
      await phone.tap($('.gov-topic .gov-topic__option', { text: option }));
      await phone.waitFor($('.gov-topic .gov-topic__mine', { text: option }));
    }

    const [topic] = await journey.host.store.find<TopicDoc>('gov_topics', { title: '西园2栋3栋增设电动车充电桩' });
    journey.host.clock.set(topic!.deadline + 60_000);
    await journey.host.dispatch();
    await journey.host.dispatch();
    await need(phone, 'signIn').asDemo('demo-resident');
    await phone.open('pages/inbox/index');
    await phone.tap($('.inbox .inbox__item', { text: '议题结果已公布：西园2栋3栋增设电动车充电桩' }));
    await phone.waitFor($('.gov-topic .gov-topic__outcome'));
    await expect(phone.text('.gov-topic .gov-topic__results')).resolves.toContain('参与户数：2/24');
    await expect(phone.texts('.gov-topic .gov-topic__building')).resolves.toEqual(['西园2栋：参与1，同意0，不同意1，弃权0', '西园3栋：参与1，同意1，不同意0，弃权0']);
    await phone.snap('gov-topic-results');
  });
});
