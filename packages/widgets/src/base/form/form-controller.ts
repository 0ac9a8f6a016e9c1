import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type LazyPart, prefetchWhenIdle } from '../lazy-part.ts';
import { clearDraft, loadDraft, newKey, saveDraft } from './form-draft.ts';
import type { FieldContext } from './form-fields.ts';

/** What the controller reads from its form. */
export interface FormOptions {
  /** Every field's problem now (the form's own check, in its words). */
  check(): Record<string, string>;
  /**
   * A part `check` words its problems with (the feed's messages): fetched when the browser is
   * idle after the form is shown, awaited before a submit is checked.
   */
  needs?: LazyPart<unknown>;
  /** The fields in the order they appear: the summary's order, focus goes to the first invalid. */
  order(): readonly string[];
  /** A field's visible label. */
  label(name: string): string;
  /** Fields checked together: fixing one clears the other's shown error (e-mail or phone). */
  linked?: readonly (readonly string[])[];
}

/**
 * The state every Metodika form keeps the same way: the typed values (kept in session storage as
 * a draft under a scope, so a failed send or a reload loses nothing), the separate consent with
 * the moment it was given, the errors at the fields and in a summary (shown on submit, then
 * re-checked as each field is fixed or left), the idempotency key that makes every retry the same
 * request, and the fill time the service's spam check reads. Bind `onInput` to the form's
 * `input`/`change` and `onBlur` to its `focusout`.
 */
export class FormController implements ReactiveController {
  values: Record<string, string> = {};
  consent = false;
  errors: Record<string, string> = {};
  /** True once a submit found errors: the summary is shown. */
  summary = false;
  /** The idempotency key of the request being sent, kept with the draft. */
  key: string | undefined;
  /** What the draft is for (`consultation:<endpoint>`); another scope is another draft. */
  scope: string | undefined;
  private acceptedAt = '';
  private shownAt = 0;
  private readonly dirty = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly options: FormOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.needs) prefetchWhenIdle(this.options.needs);
  }

  /** What the shared field helpers read. */
  get context(): FieldContext {
    return { errors: this.errors, label: (name) => this.options.label(name) };
  }

  /** A fresh form for `scope` with its kept draft (`initial` under it), consent unticked. */
  start(scope: string, initial: Record<string, string> = {}): void {
    this.scope = scope;
    const draft = loadDraft(scope);
    this.values = { ...initial, ...draft?.values, website: '' };
    this.key = draft?.key;
    this.consent = false;
    this.acceptedAt = '';
    this.errors = {};
    this.summary = false;
    this.dirty.clear();
    this.restartClock();
  }

  /** The fill time counts from now (the form was just shown). */
  restartClock(): void {
    this.shownAt = Date.now();
  }

  /** Sets values without the visitor (presets); they join the draft when it is next kept. */
  set(values: Record<string, string>): void {
    this.values = { ...this.values, ...values };
    this.host.requestUpdate();
  }

  readonly onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const name = target.name;
    if (!name) return;
    if (name === 'consent') {
      this.consent = target.checked;
      this.acceptedAt = target.checked ? new Date().toISOString() : '';
    } else {
      if ((this.values[name] ?? '') === target.value) return;
      this.values = { ...this.values, [name]: target.value };
      this.dirty.add(name);
      this.keep();
    }
    // A shown error goes away as soon as the value is fixed.
    if (this.errors[name]) this.recheck(name);
    this.host.requestUpdate();
  };

  readonly onBlur = (event: FocusEvent): void => {
    const name = (event.target as HTMLInputElement).name;
    // Leaving a field untouched is no mistake yet; the submit check catches it.
    if (name && name !== 'website' && (this.dirty.has(name) || this.errors[name]))
      this.recheck(name);
  };

  /**
   * Re-checks one field (and those linked with it); again once the words `check` needs arrive,
   * should the visitor be quicker than the idle prefetch.
   */
  private recheck(name: string): void {
    const needs = this.options.needs;
    if (needs && !needs.get())
      needs.load().then(
        () => this.errors[name] && this.recheck(name),
        () => undefined,
      );
    const found = this.options.check();
    const next = { ...this.errors };
    const group = this.options.linked?.find((names) => names.includes(name)) ?? [name];
    for (const f of group) {
      if (found[f] && (f === name || next[f])) next[f] = found[f];
      else delete next[f];
    }
    this.errors = next;
    this.host.requestUpdate();
  }

  /** Keeps the draft (never the honeypot); a full or disabled storage only loses the safety net. */
  private keep(): void {
    if (!this.scope) return;
    const { website: _, ...kept } = this.values;
    saveDraft(this.scope, { values: kept, ...(this.key ? { key: this.key } : {}) });
  }

  /**
   * Checks the form: with errors shows them (summary, first field focused) and returns
   * undefined; otherwise clears them and returns the request's idempotency key, kept with the
   * draft so every retry, even after a reload, is the same request.
   */
  async begin(): Promise<string | undefined> {
    // Without its words the check still runs (each problem as "check this field").
    await this.options.needs?.load().catch(() => undefined);
    const errors = this.options.check();
    if (Object.keys(errors).length) {
      await this.show(errors);
      return undefined;
    }
    this.errors = {};
    this.summary = false;
    this.key ??= newKey();
    this.keep();
    return this.key;
  }

  /** The request went through: the draft and the key are done with. */
  finish(): void {
    if (this.scope) clearDraft(this.scope);
    this.key = undefined;
    this.dirty.clear();
  }

  /** The consent part of a request. */
  consentRecord(version: string): { given: boolean; version: string; acceptedAt: string } {
    return {
      given: this.consent,
      version,
      acceptedAt: this.acceptedAt || new Date().toISOString(),
    };
  }

  /** Milliseconds since the form was shown (the service's spam check reads it). */
  get fillMs(): number {
    return Math.max(0, Math.round(Date.now() - this.shownAt));
  }

  /** Shows errors at their fields and in the summary, and focuses the first invalid field. */
  async show(errors: Record<string, string>): Promise<void> {
    this.errors = errors;
    this.summary = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const first = this.options.order().find((name) => errors[name]);
    if (first) this.focus(first);
  }

  /** Focuses a field's control (a summary link's target). */
  focus(name: string, event?: Event): void {
    event?.preventDefault();
    this.host.renderRoot.querySelector<HTMLElement>(`#f-${name}`)?.focus();
  }
}
