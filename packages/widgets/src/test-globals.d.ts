// Mocha's globals as @web/test-runner provides them in browser tests (@types/mocha is not a
// dependency of this package; these are the few we use).
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => unknown): void;
declare function before(body: () => unknown): void;
declare function after(body: () => unknown): void;
declare function beforeEach(body: () => unknown): void;
declare function afterEach(body: () => unknown): void;
