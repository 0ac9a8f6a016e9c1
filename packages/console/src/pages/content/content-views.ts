/**
 * What the content pages draw the same way: problems grouped by severity, each saying where
 * (the feed's path, or sheet/file, row and column), and a diff per collection by label.
 */
import type { FeedDiff } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import type { ContentStrings } from './content.strings.ts';
import { COLLECTIONS, type ContentProblem, type Severity } from './content-api.ts';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Where a problem is, unless its message already says so (the spreadsheet imports do). */
export function whereOf(p: ContentProblem, t: ContentStrings): string {
  if (p.table) {
    if (p.message.includes(`«${p.table}»`)) return '';
    return [
      `${t.problems.sheet} «${p.table}»`,
      p.row === undefined ? '' : `${t.problems.row} ${p.row}`,
      p.column ? `${t.problems.column} «${p.column}»` : '',
    ]
      .filter(Boolean)
      .join(', ');
  }
  return p.path ?? '';
}

/** The problems in groups (errors first), each group a heading and a list. */
export function problemsView(
  problems: ContentProblem[],
  t: ContentStrings,
  id: string,
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`${SEVERITIES.map((severity) => {
    const group = problems.filter((p) => p.severity === severity);
    if (group.length === 0) return nothing;
    return html`<div class="problems ${severity}" data-severity=${severity}>
      <h3 id="${id}-${severity}">${t.problems.severities[severity]} (${group.length})</h3>
      <ul>
        ${group.map((p) => {
          const where = whereOf(p, t);
          return html`<li>
            ${where ? html`<code class="where">${where}</code> ` : nothing}<span>${p.message}</span>
          </li>`;
        })}
      </ul>
    </div>`;
  })}`;
}

/** Per collection: what is added, changed (which fields) and removed, by label. */
export function diffView(diff: FeedDiff, t: ContentStrings, id: string): TemplateResult {
  if (diff.same) return html`<p class="state">${t.diff.same}</p>`;
  const d = t.diff;
  return html`<div class="diff">
    ${COLLECTIONS.map((collection) => {
      const c = diff.collections[collection];
      if (!c || c.added.length + c.changed.length + c.removed.length === 0) return nothing;
      const headingId = `${id}-${collection}`;
      return html`<div data-collection=${collection}>
        <h3 id=${headingId}>
          ${d.collections[collection]}:
          <span class="muted">${d.summary(c.added.length, c.changed.length, c.removed.length)}</span>
        </h3>
        ${
          c.added.length
            ? html`<p class="diff-kind added">${d.added}</p>
              <ul data-kind="added">${c.added.map((item) => html`<li>${item.label}</li>`)}</ul>`
            : nothing
        }
        ${
          c.changed.length
            ? html`<p class="diff-kind changed">${d.changed}</p>
              <ul data-kind="changed">
                ${c.changed.map(
                  (item) =>
                    html`<li>
                      ${item.label}
                      <span class="muted">(${d.fields}: ${item.fields.join(', ')})</span>
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        ${
          c.removed.length
            ? html`<p class="diff-kind removed">${d.removed}</p>
              <ul data-kind="removed">${c.removed.map((item) => html`<li>${item.label}</li>`)}</ul>`
            : nothing
        }
      </div>`;
    })}
    ${diff.sections.length ? html`<p><strong>${d.sections}:</strong> ${diff.sections.join(', ')}</p>` : nothing}
  </div>`;
}
