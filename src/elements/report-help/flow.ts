import '../../i18n/report-words.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translate } from '../../i18n/strings.js';
import { EMPTY_NOTES, type Notes } from '../../internal/summary.js';
import {
  answerOf,
  choicesFor,
  planFor,
  type AgeChoice,
  type Answers,
  type Plan,
} from '../../manifest/plan.js';
import type { Manifest, Text } from '../../manifest/schema.js';

export const STEPS = [
  'start',
  'recognise',
  'evidence',
  'platform',
  'official',
  'support',
  'summary',
] as const;
export type StepId = (typeof STEPS)[number];
export { AGE_CHOICES, choicesFor, type AgeChoice } from '../../manifest/plan.js';

const AGE_FROM_AUDIENCE: Record<string, AgeChoice> = {
  child: 'under-18.self',
  teen: 'under-18.self',
  parent: 'under-18.helping',
  educator: 'under-18.helping',
  adult: 'adult.self',
};

/** The age choice an `audience` presets, if any. */
export function ageFor(audience: string | undefined): AgeChoice | undefined {
  return AGE_FROM_AUDIENCE[audience ?? ''];
}

/** Everything the person has chosen or typed, and where they are. */
export interface FlowState {
  readonly stepIndex: number;
  /** The situation id chosen, or ''. */
  readonly situation: string;
  readonly age: AgeChoice | '';
  /** The country chosen, or undefined for the visitor's own. */
  readonly country: string | undefined;
  /** A platform id, `site` for the site's own report form, or ''. */
  readonly platform: string;
  readonly textFirst: boolean;
  /** "Show my plan" was pressed with a question unanswered. */
  readonly missing: boolean;
  readonly notes: Notes;
  readonly includeNotes: boolean;
}

/** Where focus goes after the next update: the step's heading, or the first unanswered question. */
export type FocusTarget = 'step' | 'situation' | 'age';

/** What the flow reads from, and does through, the element that hosts it. */
export interface FlowOptions {
  manifest: () => Manifest;
  t: () => Translate;
  text: (value: Text | undefined) => string;
  /** The visitor's region, for when no country is chosen. */
  visitorRegion: () => string;
  /** The `groups` attribute, split. */
  groups: () => readonly string[] | undefined;
  focus: (target: FocusTarget) => void;
  /** Says something in the polite live region. */
  announce: (message: string) => void;
  /** The flow moved to a step (for `sp-step`). */
  stepped: (step: StepId, situation: string | undefined) => void;
}

/**
 * The report flow without its rendering: the steps, the answers and the plan they give, back, next and start
 * over, where focus goes and what is announced. It never adds a history entry: after a quick exit, Back must never
 * lead to this page again.
 */
export class ReportFlow implements ReactiveController {
  #state: FlowState = {
    stepIndex: 0,
    situation: '',
    age: '',
    country: undefined,
    platform: '',
    textFirst: false,
    missing: false,
    notes: EMPTY_NOTES,
    includeNotes: false,
  };
  /** What a wiped flow starts from: the element's `situation` and `audience`, and the site's own report form. */
  #presets = { situation: '', age: '' as AgeChoice | '', siteReport: false };
  #focus: FocusTarget | undefined;
  #planFor: { key: readonly unknown[]; plan: Plan | undefined } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FlowOptions,
  ) {
    host.addController(this);
  }

  get state(): FlowState {
    return this.#state;
  }

  /** Changes what was chosen or typed, and updates the host. */
  set(patch: Partial<FlowState>): void {
    this.#state = { ...this.#state, ...patch };
    this.host.requestUpdate();
  }

  get step(): StepId {
    return STEPS[this.#state.stepIndex] ?? 'start';
  }

  /** The country the plan is for: the one chosen, else the visitor's. */
  get country(): string {
    return this.#state.country ?? this.options.visitorRegion();
  }

  /** The answers the plan needs, once the situation (one the manifest has) and the age are chosen. */
  get answers(): Answers | undefined {
    const { situation, age: choice } = this.#state;
    if (!situation || !choice) return undefined;
    const chosen = this.options.manifest().guide.situations.find((s) => s.id === situation);
    // An answer the situation does not ask for (chosen before the situation changed) is no answer.
    if (!chosen || !choicesFor(chosen).includes(choice)) return undefined;
    return { situation, ...answerOf(choice), region: this.country };
  }

  /** The plan for the answers, worked out again only when they, the manifest or the region change. */
  get plan(): Plan | undefined {
    const manifest = this.options.manifest();
    const groups = this.options.groups();
    const key = [manifest, this.#state, this.country, groups?.join(' ')];
    if (this.#planFor?.key.every((part, i) => part === key[i])) return this.#planFor.plan;
    const answers = this.answers;
    const plan = answers
      ? planFor(manifest, {
          ...answers,
          platform: this.#state.platform === 'site' ? undefined : this.#state.platform,
          textFirst: this.#state.textFirst,
          groups,
        })
      : undefined;
    this.#planFor = { key, plan };
    return plan;
  }

  stepTitle(step: StepId = this.step): string {
    const t = this.options.t();
    if (step === 'start') return t('report.start.heading');
    if (step === 'summary') return t('summary.heading');
    const found = this.options.manifest().guide.steps.find((s) => s.id === step);
    return this.options.text(found?.title) || step;
  }

  /** Moves to a step: focus goes to its heading and the change is announced. No step past the first without answers. */
  go(index: number): void {
    const target = Math.max(0, Math.min(STEPS.length - 1, index));
    if (target > 0 && !this.answers) return;
    const step = STEPS[target] ?? 'start';
    this.set({ stepIndex: target });
    this.#focus = 'step';
    this.options.announce(
      this.options.t()('report.step.announce', {
        current: target + 1,
        total: STEPS.length,
        title: this.stepTitle(step),
      }),
    );
    this.options.stepped(step, this.#state.situation || undefined);
  }

  next(): void {
    this.go(this.#state.stepIndex + 1);
  }

  back(): void {
    this.go(this.#state.stepIndex - 1);
  }

  /** "Show my plan": on to the plan, or, with a question unanswered, says so and moves focus to that question. */
  submitStart(): void {
    if (!this.answers) {
      this.set({ missing: true });
      this.#focus = this.#state.situation ? 'age' : 'situation';
      return;
    }
    this.set({ missing: false });
    this.go(1);
  }

  restart(): void {
    this.wipe();
    this.go(0);
  }

  /**
   * Back at the first screen with a situation (one the manifest has, else none) and the age an audience presets,
   * for a "what to do next" link elsewhere on the page.
   */
  openAt(situation?: string, audience?: string): void {
    if (this.#state.stepIndex > 0) this.go(0);
    const known = this.options.manifest().guide.situations.some((s) => s.id === situation);
    this.set({
      situation: known ? (situation ?? '') : '',
      age: ageFor(audience) ?? this.#state.age,
    });
  }

  /** The element's `situation` attribute: chosen now, and again after a wipe. */
  presetSituation(situation: string | undefined): void {
    this.#presets.situation = situation ?? '';
    if (situation) this.set({ situation });
  }

  /** The element's `audience` attribute presets the age, now and after a wipe. */
  presetAudience(audience: string | undefined): void {
    const age = ageFor(audience);
    this.#presets.age = age ?? '';
    if (age) this.set({ age });
  }

  /** With the site's own report form, "Where did it happen?" starts at this site. */
  presetSiteReport(available: boolean): void {
    this.#presets.siteReport = available;
    if (available && this.#state.platform === '') this.set({ platform: 'site' });
    if (!available && this.#state.platform === 'site') this.set({ platform: '' });
  }

  /** Forgets everything typed or chosen. Where the person was is part of what they told us: back to the start. */
  wipe(): void {
    this.set({
      stepIndex: 0,
      notes: EMPTY_NOTES,
      includeNotes: false,
      situation: this.#presets.situation,
      age: this.#presets.age,
      platform: this.#presets.siteReport ? 'site' : '',
      textFirst: false,
      missing: false,
    });
  }

  hostUpdated(): void {
    const target = this.#focus;
    if (!target) return;
    this.#focus = undefined;
    this.options.focus(target);
  }
}
