export * from './association.ts';
export * from './consultation.ts';
export * from './directory.ts';
export * from './event.ts';
export * from './feed.ts';
export * from './practice.ts';
export { email, id, LIMITS, phone, text } from './primitives.ts';
export * from './publisher.ts';
export * from './registration.ts';
