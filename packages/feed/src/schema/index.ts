export * from './association.ts';
export * from './consultation.ts';
export * from './directory.ts';
export * from './event.ts';
export * from './feed.ts';
export * from './practice.ts';
export { LIMITS } from './primitives.ts';
export * from './publisher.ts';
export { email, id, phone, text } from './primitives.ts';
