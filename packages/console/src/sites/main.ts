// The entry of sites.html ("Для сайтов школ", served at /sites/). The address keeps the page's
// language (`?lang=en`) and the choice (`widget=associations&subject=math…`), so a methodist can
// send a school a link to a ready snippet; `<html lang>` and the title follow the language.
import './define.ts';

const page = document.querySelector('metodika-sites');
if (page) {
  const query = new URLSearchParams(location.search);
  page.language = query.get('lang') === 'en' ? 'en' : 'ru';
  page.fromQuery(query);
  const sync = () => {
    document.documentElement.lang = page.language;
    document.title =
      page.language === 'en' ? 'For school websites — Metodika' : 'Для сайтов школ — Методика';
    const next = page.toQuery();
    if (page.language === 'en') next.set('lang', 'en');
    const url = new URL(location.href);
    url.search = next.toString();
    history.replaceState(history.state, '', url);
  };
  page.addEventListener('sites-language', sync);
  page.addEventListener('sites-change', sync);
  sync();
}
