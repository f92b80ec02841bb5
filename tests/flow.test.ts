/**
 * The report flow as a controller, with no element and no rendering: a fake host stands in for <report-help>, and
 * "an update" is the host calling the controller's hooks, as Lit does.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ReportFlow, type FocusTarget, type StepId } from '../src/elements/report-help/flow.js';
import { translator } from '../src/i18n/strings.js';
import { defaultManifest } from '../src/manifest/default-manifest.js';
import type { Manifest } from '../src/manifest/schema.js';
import { pickText } from '../src/manifest/text.js';

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updatesRequested = 0;
  focused: FocusTarget[] = [];
  announced: string[] = [];
  stepped: [StepId, string | undefined][] = [];
  region = 'US';
  groups: string[] | undefined;
  manifest: Manifest = defaultManifest;
  readonly updateComplete = Promise.resolve(true);

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers = this.controllers.filter((c) => c !== controller);
  }
  requestUpdate(): void {
    this.updatesRequested += 1;
  }
  /** What Lit does around a render: the controllers' hooks, in order. */
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
    for (const controller of this.controllers) controller.hostUpdated?.();
  }
}

function setUp(): { host: FakeHost; flow: ReportFlow } {
  const host = new FakeHost();
  const t = translator('en');
  const flow = new ReportFlow(host, {
    manifest: () => host.manifest,
    t: () => t,
    text: (value) => (value === undefined ? '' : pickText(value, 'en', 'en')),
    visitorRegion: () => host.region,
    groups: () => host.groups,
    focus: (target) => host.focused.push(target),
    announce: (message) => host.announced.push(message),
    stepped: (step, situation) => host.stepped.push([step, situation]),
  });
  return { host, flow };
}

describe('the report flow (no rendering)', () => {
  it('registers with its host', () => {
    const { host, flow } = setUp();
    expect(host.controllers).to.deep.equal([flow]);
  });

  it('starts at the first screen, with nothing chosen and no plan', () => {
    const { flow } = setUp();
    expect(flow.step).to.equal('start');
    expect(flow.stepTitle()).to.equal('What is happening?');
    expect(flow.answers).to.equal(undefined);
    expect(flow.plan).to.equal(undefined);
  });

  it('asks for the situation first, then the age, and moves focus to the unanswered question', () => {
    const { host, flow } = setUp();
    flow.submitStart();
    expect(flow.state.missing).to.equal(true);
    expect(flow.step).to.equal('start');
    expect(host.focused, 'no focus before the update').to.deep.equal([]);
    host.update();
    expect(host.focused).to.deep.equal(['situation']);

    flow.set({ situation: 'sextortion' });
    flow.submitStart();
    host.update();
    expect(host.focused).to.deep.equal(['situation', 'age']);
    expect(host.stepped).to.deep.equal([]);
    expect(host.announced).to.deep.equal([]);
  });

  it('shows the plan once answered: step 2, announced, focus on its heading, a step event', () => {
    const { host, flow } = setUp();
    flow.set({ situation: 'sextortion', age: 'under-18.self', missing: true });
    const before = host.updatesRequested;
    flow.submitStart();
    expect(host.updatesRequested).to.be.greaterThan(before);
    expect(flow.state.missing).to.equal(false);
    expect(flow.step).to.equal('recognise');
    expect(host.announced).to.deep.equal(['Step 2 of 7: Understand what is happening']);
    expect(host.stepped).to.deep.equal([['recognise', 'sextortion']]);
    host.update();
    expect(host.focused).to.deep.equal(['step']);
    host.update();
    expect(host.focused, 'focus moves once per step, not on every update').to.deep.equal(['step']);
  });

  it('goes next and back within the seven steps, and no further', () => {
    const { host, flow } = setUp();
    flow.set({ situation: 'sextortion', age: 'adult.self' });
    for (let i = 0; i < 10; i += 1) flow.next();
    expect(flow.step).to.equal('summary');
    expect(host.announced.at(-1)).to.equal('Step 7 of 7: Take it with you');
    flow.back();
    expect(flow.step).to.equal('support');
    flow.go(-3);
    expect(flow.step).to.equal('start');
  });

  it('will not leave the first screen without answers, nor with a situation the manifest lacks', () => {
    const { host, flow } = setUp();
    flow.next();
    expect(flow.step).to.equal('start');
    flow.set({ situation: 'no-such-situation', age: 'adult.self' });
    flow.go(3);
    expect(flow.step).to.equal('start');
    expect(flow.answers).to.equal(undefined);
    expect(host.stepped).to.deep.equal([]);
  });

  it('works out the plan for the chosen country, else the visitor’s, once per change of answers', () => {
    const { host, flow } = setUp();
    flow.set({ situation: 'sextortion', age: 'under-18.self' });
    expect(flow.answers).to.deep.equal({
      situation: 'sextortion',
      age: 'under-18',
      helping: false,
      found: false,
      region: 'US',
    });
    const plan = flow.plan;
    expect(plan?.support.map((r) => r.id)).to.include('ncmec-support');
    expect(flow.plan, 'the same plan while nothing changed').to.equal(plan);
    flow.set({ country: 'GB' });
    const british = flow.plan;
    expect(british).to.not.equal(plan);
    expect(british?.support.map((r) => r.id)).to.include('childline');
    host.region = 'AU';
    expect(flow.plan, 'a chosen country wins over the visitor’s region').to.equal(british);
    flow.set({ country: undefined });
    expect(flow.answers?.region).to.equal('AU');
    const australian = flow.plan;
    host.region = 'GB';
    expect(flow.plan, 'the visitor’s region changed: a new plan').to.not.equal(australian);
    expect(flow.plan?.support.map((r) => r.id)).to.include('childline');
  });

  it('starts over: forgets notes and choices, keeps the presets, and says where it is', () => {
    const { host, flow } = setUp();
    flow.presetAudience('parent');
    flow.presetSiteReport(true);
    expect(flow.state.age).to.equal('under-18.helping');
    expect(flow.state.platform).to.equal('site');
    flow.set({
      situation: 'adult-contact',
      age: 'adult.helping',
      platform: 'instagram',
      textFirst: true,
      notes: { where: 'a game chat', who: 'someone', when: 'Tuesday' },
      includeNotes: true,
    });
    flow.go(2);
    flow.restart();
    expect(flow.state).to.deep.include({
      stepIndex: 0,
      situation: '',
      age: 'under-18.helping',
      platform: 'site',
      textFirst: false,
      includeNotes: false,
      missing: false,
    });
    expect(flow.state.notes).to.deep.equal({ where: '', who: '', when: '' });
    expect(host.announced.at(-1)).to.equal('Step 1 of 7: What is happening?');
    host.update();
    expect(host.focused.at(-1)).to.equal('step');
  });

  it('takes the element’s situation and audience as presets, now and after a wipe', () => {
    const { flow } = setUp();
    flow.presetSituation('sextortion');
    flow.presetAudience('teen');
    expect(flow.state).to.deep.include({ situation: 'sextortion', age: 'under-18.self' });
    flow.set({ situation: 'adult-contact', age: 'adult.self' });
    flow.wipe();
    expect(flow.state).to.deep.include({ situation: 'sextortion', age: 'under-18.self' });
    flow.presetAudience('nobody-we-know');
    expect(flow.state.age, 'an unknown audience changes nothing now').to.equal('under-18.self');
    flow.wipe();
    expect(flow.state.age, 'and presets nothing after a wipe').to.equal('');
  });

  it('drops the site choice when the site’s report form goes', () => {
    const { flow } = setUp();
    flow.presetSiteReport(true);
    expect(flow.state.platform).to.equal('site');
    flow.presetSiteReport(false);
    expect(flow.state.platform).to.equal('');
    flow.set({ platform: 'discord' });
    flow.presetSiteReport(true);
    expect(flow.state.platform, 'a platform the person chose stays').to.equal('discord');
  });

  it('opens at a known situation from elsewhere on the page, never at a guess', () => {
    const { host, flow } = setUp();
    flow.set({ situation: 'adult-contact', age: 'adult.self' });
    flow.go(3);
    flow.openAt('sextortion', 'teen');
    expect(flow.step).to.equal('start');
    expect(host.stepped.at(-1)).to.deep.equal(['start', 'adult-contact']);
    expect(flow.state).to.deep.include({ situation: 'sextortion', age: 'under-18.self' });
    flow.openAt('made-up');
    expect(flow.state).to.deep.include({ situation: '', age: 'under-18.self' });
  });

  it('names the steps from the manifest’s guide, in its language', () => {
    const { flow } = setUp();
    expect(flow.stepTitle('evidence')).to.equal(
      pickText(defaultManifest.guide.steps.find((s) => s.id === 'evidence')!.title, 'en', 'en'),
    );
    expect(flow.stepTitle('summary')).to.equal('Take it with you');
  });
});
