// The feed parser and tolerant validator the widgets' loader runs (the compact engine), alone,
// for the parse + validation figure in the browser. Bundled like dist/metodika.js.
export { parseFeedCompact } from '../../packages/feed/src/index.ts';
