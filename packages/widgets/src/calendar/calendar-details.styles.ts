import { css } from 'lit';
import { dialogStyles } from '../base/styles/dialog.styles.ts';

/**
 * The rules of an event's details (calendar-details.ts), in the lazy part that draws them
 * (calendar-extras.ts): the element adopts them beside its own when that part has arrived, which
 * is before the details dialog opens (it waits for its content), so a calendar that opens none
 * does not download them.
 */
export const detailsStyles = css`
  ${dialogStyles}
  dialog .facts {
    display: grid;
    gap: 0.35em;
  }
  dialog .row {
    display: grid;
    grid-template-columns: minmax(7em, 30%) 1fr;
    gap: var(--m-space);
  }
  dialog dt {
    color: var(--m-muted);
  }
  dialog h3 {
    margin-top: calc(var(--m-space) * 2);
    margin-bottom: var(--m-space);
  }
  .description p {
    margin-top: var(--m-space);
  }
  .add {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--m-space) calc(var(--m-space) * 2);
  }

  /* Narrow widget: each term above its value. */
  @container metodika (width < 36em) {
    dialog .row {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
`;
