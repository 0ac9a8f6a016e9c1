// The entry of sites.html ("Для сайтов школ", served at /sites/): the page's language comes from
// `?lang=en` and a switch keeps `<html lang>`, the title and the address in step.
import './define.ts';

const page = document.querySelector('metodika-sites');
if (page) {
  const sync = () => {
    document.documentElement.lang = page.language;
    document.title =
      page.language === 'en' ? 'For school websites — Metodika' : 'Для сайтов школ — Методика';
    const url = new URL(location.href);
    if (page.language === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    history.replaceState(history.state, '', url);
  };
  page.language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ru';
  page.addEventListener('sites-language', sync);
  sync();
}
