import { waitUntil } from '@open-wc/testing';
import { CollectionPage } from '../base/collection/collection.page.ts';
import type { MetodikaAssociations } from './associations.ts';

/** Drives `<metodika-associations>` in tests: the collection's page and its series' rhythm. */
export class AssociationsPage extends CollectionPage<MetodikaAssociations> {
  /**
   * Waits for the feed, the cards and, for a feed with recurring events, the lazy part that
   * tells their rhythm (or its failure): no card holds a placeholder for it any more.
   */
  override async ready(timeout = 5000): Promise<void> {
    await this.drawn(timeout);
    await waitUntil(() => this.rhythmPending === 0, 'the rhythm filled in', { timeout });
    await this.settle();
  }

  /** Waits for the feed and the cards, not for the rhythm of their series. */
  async drawn(timeout = 5000): Promise<void> {
    await super.ready(timeout);
    await waitUntil(() => this.shown !== 'loading', 'the directory drawn', { timeout });
    await this.settle();
  }

  /** How many cards hold a placeholder for the rhythm of their series. */
  get rhythmPending(): number {
    return this.root.querySelectorAll('.rhythm-pending').length;
  }

  /** A fact of a card (or of the single association's card) by its term, as text. */
  fact(id: string, term: string): string {
    const scope = this.card(id) ?? this.root.querySelector('.card.single');
    const row = [...(scope?.querySelectorAll('.row') ?? [])].find(
      (r) => r.querySelector('dt')?.textContent?.trim() === term,
    );
    return row?.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The card's next meetings (text of each) and where each links. */
  nextMeetings(id: string): { text: string; href: string }[] {
    const scope = this.card(id) ?? this.root.querySelector('.card.single');
    return [...(scope?.querySelectorAll('.next li') ?? [])].map((li) => ({
      text: li.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? '',
    }));
  }

  /** Follows the link of a card's next meeting (0: the first). */
  followNextMeeting(id: string, index: number): void {
    const links = this.card(id)?.querySelectorAll<HTMLAnchorElement>('.next a');
    const link = links?.[index];
    if (!link) throw new Error(`no next meeting ${index} on ${id}`);
    link.click();
  }

  /** The open details dialog's upcoming events: their links, in order. */
  get upcomingLinks(): string[] {
    return [...this.dialog.querySelectorAll<HTMLAnchorElement>('.upcoming a')].map(
      (a) => a.getAttribute('href') ?? '',
    );
  }
}
