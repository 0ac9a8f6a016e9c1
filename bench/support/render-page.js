// Browser side of the render benches (render-calendar.html, render-practices.html).

/** Resolves after the next frame has been painted. */
export const frame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Median of a list of timings. */
export const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** Polls `check` every 5 ms until it is true. */
export async function until(check) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Waits until a widget has left the loading state, rendered and painted. */
export async function settled(el) {
  await until(() => el.feed.state.status !== 'loading');
  await el.updateComplete;
  await frame();
}

let run = 0;

/**
 * Empties #stage and appends `el` with `src` made unique (the loader shares one request per URL
 * per page); resolves with ms from insertion to the first render painted.
 */
export async function mountFresh(el, src) {
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  el.setAttribute('src', `${src}?run=${++run}`);
  const start = performance.now();
  stage.append(el);
  await settled(el);
  return performance.now() - start;
}

/** Ms `act()` takes until `el` has re-rendered and painted. */
export async function timed(el, act) {
  const start = performance.now();
  act();
  await el.updateComplete;
  await frame();
  return performance.now() - start;
}
