import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';
import type { Db } from '../db/db.ts';
import { answerLetters, type ClaimedLetter, type LetterState } from './letters.ts';
import { isPermanent, type MailProblem, mailProblem } from './problem.ts';

/**
 * How long a claim holds. Longer than one send can take with nodemailer's timeouts (2 min to
 * connect, 30 s for the greeting, 10 min of silence on the socket), so a live sender is never
 * overtaken; a process that died mid-send has its letter taken up again after this.
 */
export const LEASE_MS = 15 * 60_000;
/** Sends one letter is given before the sweep gives up (a methodist can still send it again). */
export const MAX_ATTEMPTS = 6;
/** The pause after the nth failed attempt: a server back in a minute, or after a few hours. */
const BACKOFF_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 3 * 60 * 60_000];
/** Letters one sweep takes on (the rest wait for the next sweep). */
const SWEEP_BATCH = 50;

/** When the sweep tries a failed letter again, or null when it gives up. */
export function retryAt(attempts: number, problem: MailProblem, at: Date): Date | null {
  if (isPermanent(problem) || attempts >= MAX_ATTEMPTS) return null;
  const pause = BACKOFF_MS[Math.min(attempts, BACKOFF_MS.length) - 1] ?? BACKOFF_MS[0]!;
  return new Date(at.getTime() + pause);
}

/** What the sender needs. */
export interface SenderOptions {
  db: Db;
  /** SMTP, or null when mail is not configured (then nothing is claimed). */
  transport: Transporter | null;
  now: () => Date;
  log: FastifyBaseLogger;
}

/**
 * Delivers the answer letters the outbox holds: one right after the answer's commit, and the
 * sweep for the rest (a failed attempt, a process that stopped). Each send is claimed first, so
 * several processes never send one letter at the same time.
 *
 * Delivery is at least once, which is the best SMTP allows: a process that dies after the
 * server accepted the letter but before `sent` is written leaves a claim that lapses, and the
 * letter goes again. Every attempt carries the letter's own Message-ID, so a receiving server
 * or mail client that drops duplicates sees one letter.
 */
export function answerSender(options: SenderOptions) {
  const { db, transport, now, log } = options;
  const inFlight = new Set<Promise<unknown>>();
  /** Set on shutdown: a sweep under way claims nothing more (see `stop`). */
  let stopping = false;
  let sweeping: Promise<unknown> = Promise.resolve();

  const send = async (letter: ClaimedLetter): Promise<LetterState> => {
    try {
      await transport!.sendMail({
        from: letter.from,
        to: letter.to,
        ...(letter.replyTo ? { replyTo: letter.replyTo } : {}),
        subject: letter.subject,
        text: letter.text,
        messageId: letter.messageId,
      });
    } catch (error) {
      const problem = mailProblem(error);
      const retry = retryAt(letter.attempts, problem, now());
      await answerLetters.markFailed(db, letter, problem, retry, now());
      log.warn(
        {
          event: 'answer.mail_failed',
          letter: letter.id,
          attempt: letter.attempts,
          problem,
          code: (error as { code?: string }).code ?? 'unknown',
          retry: retry?.toISOString() ?? null,
        },
        'answer letter not delivered',
      );
      return 'failed';
    }
    await answerLetters.markSent(db, letter, now());
    log.info({ event: 'answer.mail_sent', letter: letter.id }, 'answer letter sent');
    return 'sent';
  };

  /** Claims and sends one letter; null when it is not due or another process holds it. */
  const deliver = (id: number): Promise<LetterState | null> => {
    if (!transport) return Promise.resolve(null);
    const work = answerLetters
      .claim(db, id, now(), LEASE_MS)
      .then((letter) => (letter ? send(letter) : null));
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => {});
    return work;
  };

  return {
    deliver,
    /** Sends what is due or abandoned; returns how many went and how many failed. */
    sweep(): Promise<{ sent: number; failed: number }> {
      const run = (async () => {
        const result = { sent: 0, failed: 0 };
        if (!transport || stopping) return result;
        for (const id of await answerLetters.due(db, now(), SWEEP_BATCH)) {
          // Stopping: a letter claimed now would go out just as the store closes, its "sent"
          // unwritten, and go again after the lease.
          if (stopping) break;
          const state = await deliver(id);
          if (state === 'sent') result.sent += 1;
          if (state === 'failed') result.failed += 1;
        }
        return result;
      })();
      sweeping = run.catch(() => {});
      return run;
    },
    /** Shutdown: the sweep claims nothing more; `settled` then waits for what is under way. */
    stop(): void {
      stopping = true;
    },
    /** Resolves once the sweep under way and every send started so far have finished. */
    async settled(): Promise<void> {
      await sweeping;
      await Promise.allSettled([...inFlight]);
    },
  };
}

export type AnswerSender = ReturnType<typeof answerSender>;

/** How often the sweep looks: the first retry is due a minute after a failure. */
const SWEEP_EVERY_MS = 60_000;

/** Runs the sweep every minute; returns a function that stops it. */
export function scheduleAnswerSweep(sender: AnswerSender, log: FastifyBaseLogger): () => void {
  const run = () =>
    sender.sweep().then(
      (result) => {
        if (result.sent || result.failed)
          log.info({ event: 'answer.sweep', ...result }, 'answer letters swept');
      },
      (error: unknown) =>
        log.error({ event: 'answer.sweep_failed', err: String(error) }, 'answer sweep failed'),
    );
  const timer = setInterval(run, SWEEP_EVERY_MS);
  timer.unref();
  void run();
  return () => {
    clearInterval(timer);
    sender.stop();
  };
}
