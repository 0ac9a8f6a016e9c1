import type { Lang } from '@metodika/feed';

/** Error kinds the receiver answers with, besides field validation. */
export type ErrorKind =
  | 'invalid_json'
  | 'invalid_body'
  | 'unsupported_media_type'
  | 'too_large'
  | 'rate_limited'
  | 'origin_not_allowed'
  | 'unauthorized'
  | 'not_found'
  | 'bad_request'
  | 'internal';

const MESSAGES: Record<Lang, Record<ErrorKind, string>> = {
  ru: {
    invalid_json: 'Заявка пришла повреждённой (некорректный JSON). Попробуйте отправить ещё раз.',
    invalid_body: 'Заявка должна быть JSON-объектом.',
    unsupported_media_type: 'Заявка должна отправляться как application/json.',
    too_large: 'Заявка слишком большая. Сократите текст вопроса и отправьте снова.',
    rate_limited: 'Слишком много заявок подряд. Подождите немного и попробуйте снова.',
    origin_not_allowed: 'Приём заявок с этого сайта не разрешён.',
    unauthorized: 'Нужен действующий токен доступа (заголовок Authorization: Bearer …).',
    not_found: 'Не найдено.',
    bad_request: 'Некорректный запрос.',
    internal: 'Внутренняя ошибка сервера. Заявка не сохранена — попробуйте позже.',
  },
  en: {
    invalid_json: 'The request arrived damaged (invalid JSON). Please send it again.',
    invalid_body: 'The request must be a JSON object.',
    unsupported_media_type: 'The request must be sent as application/json.',
    too_large: 'The request is too large. Shorten your message and send it again.',
    rate_limited: 'Too many requests in a row. Please wait a little and try again.',
    origin_not_allowed: 'Requests from this site are not accepted.',
    unauthorized: 'A valid access token is required (Authorization: Bearer …).',
    not_found: 'Not found.',
    bad_request: 'Bad request.',
    internal: 'Internal server error. The request was not saved; please try later.',
  },
};

/** `{ error, message }` body for an error answer. */
export function errorBody(kind: ErrorKind, lang: Lang): { error: ErrorKind; message: string } {
  return { error: kind, message: MESSAGES[lang][kind] };
}
