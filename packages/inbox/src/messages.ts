import { type Lang, plural } from '@metodika/feed';

/** Error kinds the receiver answers with, besides field validation. */
export type ErrorKind =
  | 'invalid_json'
  | 'invalid_utf8'
  | 'number_too_large'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'login_throttled'
  | 'csrf'
  | 'forbidden'
  | 'link_expired'
  | 'answer_key_reused'
  | 'answer_key_changed'
  | 'mail_not_configured'
  | 'no_email'
  | 'invalid_body'
  | 'unsupported_media_type'
  | 'too_large'
  | 'rate_limited'
  | 'origin_not_allowed'
  | 'unauthorized'
  | 'not_found'
  | 'bad_request'
  | 'internal'
  | 'registration_cancelled'
  | 'registration_past'
  | 'registration_deadline'
  | 'registration_full'
  | 'registration_duplicate';

const MESSAGES: Record<Lang, Record<ErrorKind, string>> = {
  ru: {
    invalid_json: 'Заявка пришла повреждённой (некорректный JSON). Попробуйте отправить ещё раз.',
    invalid_utf8:
      'Текст пришёл в неверной кодировке (ожидается UTF-8), поэтому не сохранён. Отправьте заявку ещё раз со страницы формы.',
    number_too_large: 'Поле «{path}»: число слишком большое. Укажите обычное число.',
    unauthenticated: 'Войдите в консоль, чтобы продолжить.',
    invalid_credentials: 'Неверный e-mail или пароль. Проверьте раскладку и Caps Lock.',
    login_throttled: 'Слишком много неудачных попыток входа. Попробуйте снова через {wait}.',
    csrf: 'Страница устарела. Обновите её и повторите действие — введённый текст сохранится.',
    forbidden: 'У вашей учётной записи нет прав на это действие.',
    link_expired: 'Ссылка устарела или уже использована. Попросите администратора выдать новую.',
    answer_key_reused:
      'Этот черновик ответа уже отправлен по другой заявке. Обновите страницу и напишите ответ заново.',
    answer_key_changed:
      'Ответ из этого черновика уже сохранён — с другим текстом (он в истории заявки). Новый текст остался в поле: отправьте его ещё раз, и он уйдёт отдельным ответом.',
    mail_not_configured:
      'Отправка почты не настроена (INBOX_SMTP_URL). Позвоните или напишите вручную и отметьте заявку отвеченной.',
    no_email: 'У заявки нет e-mail: отметьте ответ как звонок.',
    invalid_body: 'Заявка должна быть JSON-объектом.',
    unsupported_media_type: 'Заявка должна отправляться как application/json.',
    too_large: 'Заявка слишком большая. Сократите текст вопроса и отправьте снова.',
    rate_limited: 'Слишком много заявок подряд. Подождите немного и попробуйте снова.',
    origin_not_allowed: 'Приём заявок с этого сайта не разрешён.',
    unauthorized: 'Нужен действующий токен доступа (заголовок Authorization: Bearer …).',
    not_found: 'Не найдено.',
    bad_request: 'Некорректный запрос.',
    internal: 'Внутренняя ошибка сервера. Заявка не сохранена — попробуйте позже.',
    registration_cancelled: 'Мероприятие отменено — запись закрыта.',
    registration_past:
      'Запись закрыта: мероприятие уже началось (у цикла встреч — прошли все встречи).',
    registration_deadline: 'Срок записи истёк.',
    registration_full: 'Мест больше нет, а листа ожидания у этого мероприятия нет.',
    registration_duplicate:
      'С этим e-mail вы уже записаны. Письмо с подтверждением и ссылкой для отмены — в вашей почте.',
  },
  en: {
    invalid_json: 'The request arrived damaged (invalid JSON). Please send it again.',
    invalid_utf8:
      'The text arrived in a wrong encoding (UTF-8 expected), so it was not saved. Please send it again from the form.',
    number_too_large: 'Field "{path}": the number is too large. Enter an ordinary number.',
    unauthenticated: 'Sign in to the console to continue.',
    invalid_credentials: 'Wrong e-mail or password. Check the keyboard layout and Caps Lock.',
    login_throttled: 'Too many failed sign-in attempts. Try again in {wait}.',
    csrf: 'The page is out of date. Reload it and repeat the action; what you typed is kept.',
    forbidden: 'Your account may not do this.',
    link_expired: 'The link has expired or was already used. Ask the administrator for a new one.',
    answer_key_reused:
      'This answer draft was already sent for another request. Reload the page and write the answer again.',
    answer_key_changed:
      'An answer from this draft was already saved, with other text (it is in the request’s history). The new text is still in the box: send it again and it goes as a separate answer.',
    mail_not_configured:
      'Sending mail is not configured (INBOX_SMTP_URL). Call or write by hand and mark the request answered.',
    no_email: 'The request has no e-mail: record the answer as a call.',
    invalid_body: 'The request must be a JSON object.',
    unsupported_media_type: 'The request must be sent as application/json.',
    too_large: 'The request is too large. Shorten your message and send it again.',
    rate_limited: 'Too many requests in a row. Please wait a little and try again.',
    origin_not_allowed: 'Requests from this site are not accepted.',
    unauthorized: 'A valid access token is required (Authorization: Bearer …).',
    not_found: 'Not found.',
    bad_request: 'Bad request.',
    internal: 'Internal server error. The request was not saved; please try later.',
    registration_cancelled: 'The event is cancelled: registration is closed.',
    registration_past:
      'Registration is closed: the event has already started (for a series, every meeting is over).',
    registration_deadline: 'The registration deadline has passed.',
    registration_full: 'No places are left and this event has no waiting list.',
    registration_duplicate:
      'You are already registered with this e-mail. The confirmation with a cancellation link is in your mail.',
  },
};

/** `{ error, message }` body for an error answer; `{name}` placeholders take `params`. */
export function errorBody(
  kind: ErrorKind,
  lang: Lang,
  params: Record<string, string> = {},
): { error: ErrorKind; message: string } {
  const message = MESSAGES[lang][kind].replace(
    /\{(\w+)\}/g,
    (_, name: string) => params[name] ?? '',
  );
  return { error: kind, message };
}

/** "14 минут" / "1 minute": a wait in whole minutes (at least one), with the right plural. */
export function waitText(seconds: number, lang: Lang): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return plural(
    minutes,
    lang,
    lang === 'ru'
      ? { one: 'минуту', few: 'минуты', many: 'минут', other: 'минуты' }
      : { one: 'minute', other: 'minutes' },
  );
}
