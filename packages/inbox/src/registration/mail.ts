import { eventSeriesToICalendar, type FeedEvent, formatWhen, nextMeeting } from '@metodika/feed';
import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';
import type { Registration } from '../repos/registrations.ts';
import type { KeptEvent } from './policy.ts';

/** Which letter to write. */
export type RegistrationLetter =
  | 'confirmed'
  | 'waiting'
  | 'promoted'
  | 'cancelled'
  | 'message'
  | 'event-cancelled'
  | 'reminder';

const SUBJECTS: Record<'ru' | 'en', Record<RegistrationLetter, string>> = {
  ru: {
    confirmed: 'Вы записаны',
    waiting: 'Вы в листе ожидания',
    promoted: 'Освободилось место — вы записаны',
    cancelled: 'Запись отменена',
    message: 'Сообщение участникам',
    'event-cancelled': 'Мероприятие отменено',
    reminder: 'Напоминание: мероприятие скоро',
  },
  en: {
    confirmed: 'You are registered',
    waiting: 'You are on the waiting list',
    promoted: 'A place came free: you are registered',
    cancelled: 'Registration cancelled',
    message: 'A message to participants',
    'event-cancelled': 'The event is cancelled',
    reminder: 'Reminder: the event is soon',
  },
};

const WORDS = {
  ru: {
    when: 'Когда',
    nextMeeting: 'Ближайшая встреча цикла',
    where: 'Где',
    online: 'Онлайн',
    cancel: 'Отменить запись',
    waiting: 'Мы напишем, если освободится место.',
    ics: 'Файл для календаря приложен к письму.',
    reminderCancel:
      'Если не сможете прийти, отмените запись по ссылке из письма-подтверждения — место достанется другому.',
  },
  en: {
    when: 'When',
    nextMeeting: 'Next meeting of the series',
    where: 'Where',
    online: 'Online',
    cancel: 'Cancel your registration',
    waiting: 'We will write if a place comes free.',
    ics: 'A calendar file is attached.',
    reminderCancel:
      'If you cannot come, cancel with the link in your confirmation letter so someone else gets the place.',
  },
};

/** Where the event takes place, in words. */
function placeOf(event: FeedEvent, kept: KeptEvent): string | null {
  const organization = kept.feed.organizations?.find((o) => o.id === event.venue?.organization);
  return (
    [organization?.name, event.venue?.address, event.venue?.room].filter(Boolean).join(', ') || null
  );
}

/**
 * A plain-text letter about one registration (plain text: nothing from the feed or the form can
 * render as HTML), with the event's `.ics` when the person holds a place.
 */
export function registrationLetter(
  kind: RegistrationLetter,
  kept: KeptEvent,
  registration: Registration,
  options: { cancelUrl?: string; body?: string; subject?: string; at?: Date },
) {
  const lang = registration.request.locale === 'en' ? 'en' : 'ru';
  const words = WORDS[lang];
  const { event, feed } = kept;
  const zone = feed.publisher.timeZone;
  const locale = lang === 'en' ? 'en-GB' : 'ru-RU';
  // A series (one list for all its meetings) is named by the meeting still to come: its own
  // start is the first meeting, long over for someone who joins mid-year. A reminder is about
  // one meeting already.
  const next =
    kind !== 'reminder' && event.recurrence && options.at
      ? nextMeeting(event, zone, options.at.getTime())
      : undefined;
  const place = placeOf(next ?? event, kept);
  const lines = [
    options.body ?? '',
    event.title,
    next
      ? `${words.nextMeeting}: ${formatWhen(next, zone, locale)}`
      : `${words.when}: ${formatWhen(event, zone, locale)}`,
    place ? `${words.where}: ${place}` : '',
    event.format === 'online' ? words.online : '',
    kind === 'waiting' ? words.waiting : '',
    kind === 'reminder' ? words.reminderCancel : '',
    options.cancelUrl ? `${words.cancel}: ${options.cancelUrl}` : '',
  ].filter(Boolean);
  const withIcs = kind === 'confirmed' || kind === 'promoted';
  if (withIcs) lines.push(words.ics);
  return {
    to: registration.request.email,
    subject: `${options.subject ?? SUBJECTS[lang][kind]}: ${event.title}`,
    text: `${lines.join('\n\n')}\n`,
    ...(withIcs
      ? {
          icalEvent: {
            method: 'PUBLISH',
            filename: 'event.ics',
            content: eventSeriesToICalendar(event, feed, { lang }),
          },
        }
      : {}),
  };
}

/** Sends a letter; a failure is logged with its code (no address) and never undoes the registration. */
export async function sendLetter(
  transport: Transporter | null,
  from: string | null,
  log: FastifyBaseLogger,
  letter: ReturnType<typeof registrationLetter>,
): Promise<boolean> {
  if (!transport || !from) {
    log.info({ event: 'registration.mail_skipped' }, 'mail not configured');
    return false;
  }
  try {
    await transport.sendMail({ from, ...letter });
    return true;
  } catch (error) {
    log.error(
      { event: 'registration.mail_failed', code: (error as { code?: string }).code ?? 'unknown' },
      'letter not sent',
    );
    return false;
  }
}
