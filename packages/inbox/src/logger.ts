/** Keys that may carry personal data anywhere in a log object; pino replaces them. */
const REDACTED_KEYS = [
  'email',
  'phone',
  'name',
  'ip',
  'remoteAddress',
  'body',
  'payload',
  'detail',
];

/**
 * Fastify's pino settings: request logs carry only method, URL and status, never the client's
 * address, headers or body (152-ФЗ: logs are not a place for personal data). Redaction catches
 * personal fields should any code log a request object by mistake.
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream) {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers',
        'req.body',
        'request.body',
        ...REDACTED_KEYS,
        ...REDACTED_KEYS.map((key) => `*.${key}`),
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        url: request.url,
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}
