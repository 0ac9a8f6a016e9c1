import { expect } from '@open-wc/testing';
import '../../consultation/define.ts';
import { consultationFeed } from '../../consultation/consultation.fixtures.ts';
import { mountForm } from '../../consultation/consultation.page.ts';
import { sendOptions } from '../../consultation/consultation-send.ts';
import { fresh, resetLoader } from '../../test-support/feeds.ts';
import { problemWords } from './form-words.ts';

// A page of its own: the messages' chunk must not have been loaded by another test first.

beforeEach(resetLoader);

describe('the problems’ messages cannot be fetched', () => {
  it('the form still checks every field, saying "check this field" where it had the details', async () => {
    const load = problemWords.load;
    problemWords.load = () => Promise.reject(new Error('offline'));
    const posted: unknown[] = [];
    sendOptions.fetch = async (_input, init) => {
      posted.push(JSON.parse(String(init!.body)));
      return new Response(JSON.stringify({ number: 'К-1', status: 'new' }), { status: 201 });
    };
    try {
      const page = await mountForm({ src: fresh('consultation.json'), feed: consultationFeed() });
      await page.fill('email', 'ivanova@');
      expect(problemWords.get()).to.equal(undefined);
      expect(page.error('email')).to.equal('Проверьте значение этого поля.');
      await page.submit();
      expect(posted).to.deep.equal([]);
      // The form's own words for empty required fields do not depend on the chunk.
      expect(page.error('name')).to.equal('Укажите фамилию, имя и отчество.');
      expect(page.error('email')).to.equal('Проверьте значение этого поля.');
      expect(page.summary).to.exist;
      await expect(page.el).to.be.accessible();
      await page.sendValid();
      expect(posted).to.have.length(1);
    } finally {
      problemWords.load = load;
      delete sendOptions.fetch;
    }
  });
});
