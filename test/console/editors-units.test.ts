/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The content editors' pure parts: an item written by path (empty values and objects left out),
 * the document with an item put back, the feed's problems narrowed to one item's fields, who
 * refers to an item by the feed's rules, a moment typed in the publisher's zone, and the
 * recurrence builder's form to and from a rule, and one meeting of a series cancelled, moved or
 * restored.
 */
import { expect } from '@open-wc/testing';
import { descriptorOf } from '../../packages/console/src/pages/editors/editor-descriptors.ts';
import { joinWhen, splitWhen } from '../../packages/console/src/pages/editors/editor-fields.ts';
import {
  problemsOf,
  referrersOf,
  setAt,
  targetOf,
  withItem,
  withoutItem,
} from '../../packages/console/src/pages/editors/editor-model.ts';
import {
  cancelled,
  moved,
  restored,
  withChange,
} from '../../packages/console/src/pages/editors/meeting-changes.ts';
import {
  blankRule,
  formOf,
  recurrenceOf,
  ruleText,
  ruleWords,
} from '../../packages/console/src/pages/editors/recurrence-form.ts';
import type { OccurrenceChange } from '../../packages/feed/src/index.ts';
import { problemMessage } from '../../packages/feed/src/problems.ts';

const doc = () => ({
  version: 1,
  generatedAt: '2026-12-01T10:00:00+03:00',
  publisher: { id: 'kab', name: 'Методкабинет', timeZone: 'Europe/Moscow' },
  taxonomies: { subjects: [{ id: 'math', label: 'Математика' }] },
  organizations: [
    { id: 'sosh-1', name: 'СОШ № 1', type: 'school' },
    { id: 'sosh-2', name: 'СОШ № 2', type: 'school' },
  ],
  events: [
    {
      id: 'council',
      title: 'Совет',
      kind: 'seminar',
      start: '2026-12-10T14:00:00+03:00',
      venue: { organization: 'sosh-1' },
      subjects: ['math'],
    },
  ],
});

describe('content editors: the document', () => {
  it('writes by path, leaving out what is emptied', () => {
    const item = { id: 'x', venue: { organization: 'sosh-1', room: '12' } };
    expect(setAt(item, 'venue.room', '')).to.deep.equal({
      id: 'x',
      venue: { organization: 'sosh-1' },
    });
    expect(setAt(setAt(item, 'venue.room', ''), 'venue.organization', undefined)).to.deep.equal({
      id: 'x',
    });
    expect(setAt({ authors: [{ name: 'А' }] }, 'authors.0.name', 'Б')).to.deep.equal({
      authors: [{ name: 'Б' }],
    });
    expect(item.venue.room, 'the input is not changed').to.equal('12');
  });

  it('puts an item back in place of its original id, or appends a new one', () => {
    const d = descriptorOf('organizations');
    const renamed = withItem(doc(), d, { id: 'sosh-2', name: 'Школа 2', type: 'school' }, 'sosh-2');
    expect(renamed.index).to.equal(1);
    expect((renamed.doc.organizations as { name: string }[])[1]!.name).to.equal('Школа 2');
    const added = withItem(doc(), d, { id: 'new', name: 'Новая', type: 'other' }, null);
    expect(added.index).to.equal(2);
    expect(withoutItem(added.doc, d, 'new').organizations).to.deep.equal(doc().organizations);
  });

  it('narrows the feed’s own problems to the item’s fields, in its words', () => {
    const d = descriptorOf('events');
    const untitled = withItem(doc(), d, { ...doc().events[0]!, title: '' }, 'council');
    expect(problemsOf(untitled.doc, d, untitled.index, 'ru').errors).to.deep.equal({
      title: problemMessage('required', {}, 'ru'),
    });
    // A reference is checked once the item itself is valid (an invalid one is left out).
    const moved = { ...doc().events[0]!, venue: { organization: 'nowhere' } };
    const dangling = withItem(doc(), d, moved, 'council');
    const problems = problemsOf(dangling.doc, d, dangling.index, 'ru');
    expect(Object.keys(problems.errors)).to.deep.equal(['venue.organization']);
    expect(problems.errors['venue.organization']).to.contain('nowhere');
    const clean = withItem(doc(), d, doc().events[0]!, 'council');
    expect(problemsOf(clean.doc, d, clean.index, 'ru').errors).to.deep.equal({});
  });

  it('finds who refers to an item by the feed’s reference rules', () => {
    expect(targetOf('events', 'venue.organization')).to.equal('organizations');
    expect(targetOf('practices', 'authors.organization')).to.equal('organizations');
    expect(targetOf('events', 'title')).to.equal(undefined);
    expect(referrersOf(doc(), 'organizations', 'sosh-1')).to.deep.equal([
      { collection: 'events', id: 'council', label: 'Совет', path: 'venue.organization' },
    ]);
    expect(referrersOf(doc(), 'organizations', 'sosh-2')).to.deep.equal([]);
    expect(referrersOf(doc(), 'taxonomies.subjects', 'math')).to.have.length(1);
  });

  it('writes a typed date and time with the zone’s offset; a date alone is all-day', () => {
    expect(joinWhen('2026-12-10', '14:00', 'Europe/Moscow')).to.equal('2026-12-10T14:00:00+03:00');
    expect(joinWhen('2026-12-10', '09:30', 'Asia/Vladivostok')).to.equal(
      '2026-12-10T09:30:00+10:00',
    );
    expect(joinWhen('2026-07-01', '10:00', 'Europe/Berlin')).to.equal('2026-07-01T10:00:00+02:00');
    expect(joinWhen('2026-12-10', '', 'Europe/Moscow')).to.equal('2026-12-10');
    expect(splitWhen('2026-12-10T14:00:00+03:00')).to.deep.equal({
      date: '2026-12-10',
      time: '14:00',
    });
    expect(splitWhen('2026-12-10')).to.deep.equal({ date: '2026-12-10', time: '' });
  });
});

describe('content editors: the recurrence builder', () => {
  it('writes «every week on Tuesdays until 25 May» and says it in words', () => {
    const form = { ...blankRule(), freq: 'WEEKLY' as const, end: 'until' as const };
    form.days[1] = '';
    form.until = '2027-05-25';
    expect(ruleText(form)).to.equal('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270525');
    expect(ruleWords(form, 'ru', '2026-09-08', 'Europe/Moscow')).to.contain(
      'каждую неделю по вторникам',
    );
    expect(ruleWords(blankRule(), 'ru', undefined, undefined)).to.equal(null);
  });

  it('reads a stored rule back into the form and keeps per-meeting changes', () => {
    const stored = {
      rule: 'FREQ=MONTHLY;INTERVAL=2;BYMONTH=9,10,11;BYDAY=2TU,-1FR;COUNT=6',
      except: ['2026-10-13'],
      changes: [{ date: '2026-11-10', status: 'cancelled' }],
    };
    const form = formOf(stored);
    expect(form.freq).to.equal('MONTHLY');
    expect(form.interval).to.equal('2');
    expect(form.days).to.deep.equal([null, '2', null, null, '-1', null, null]);
    expect(form.months).to.deep.equal([9, 10, 11]);
    expect(form).to.include({ end: 'count', count: '6' });
    expect(recurrenceOf(form, stored)).to.deep.equal(stored);
    expect(recurrenceOf(blankRule(), stored), 'no longer repeats').to.equal(undefined);
  });
});

describe('content editors: one meeting of a series', () => {
  const materials = [{ title: 'Протокол', url: 'https://example.ru/p.pdf' }];
  const off: OccurrenceChange = { date: '2026-12-08', status: 'cancelled', statusNote: 'Каникулы' };
  const own: OccurrenceChange = { date: '2027-01-12', materials };
  const kept = [off, own];

  it('a cancel or a move keeps the meeting’s own materials and drops what the other one set', () => {
    expect(cancelled(own, '2027-01-12')).to.deep.equal({
      date: '2027-01-12',
      status: 'cancelled',
      materials,
    });
    expect(moved(off, '2026-12-08', '2026-12-08T15:00:00+03:00')).to.deep.equal({
      date: '2026-12-08',
      start: '2026-12-08T15:00:00+03:00',
    });
  });

  it('restoring leaves only the materials (or nothing); the list stays in date order', () => {
    expect(restored(off)).to.equal(null);
    expect(restored({ ...own, status: 'cancelled' })).to.deep.equal(own);
    const added = withChange(kept, '2026-11-10', { date: '2026-11-10', status: 'cancelled' });
    expect(added.map((c) => c.date)).to.deep.equal(['2026-11-10', '2026-12-08', '2027-01-12']);
    expect(withChange(added, '2026-12-08', null).map((c) => c.date)).to.deep.equal([
      '2026-11-10',
      '2027-01-12',
    ]);
    // The draft's own list is not changed in place.
    expect(kept).to.have.length(2);
  });
});
