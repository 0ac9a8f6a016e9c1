/**
 * A generated feed with `count` practices (every facet filled, a third with covers, a tenth
 * featured) for tests and the render benchmark.
 */
export function makePracticesFeed(count: number): object {
  const kinds = ['methodical-development', 'lesson-plan', 'experience', 'article', 'video'];
  const practices = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2026, 10, 20) - (i % 400) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    practices.push({
      id: `p${i}`,
      title: `Практика номер ${i} — ${i % 2 ? 'учёт' : 'чтение'}`,
      summary: `Краткое описание практики ${i}: что сделали и что получилось.`,
      authors: [
        { name: `Автор ${i % 50}`, position: 'учитель', organizationName: `Школа № ${i % 30}` },
      ],
      published: day,
      kind: kinds[i % kinds.length],
      subjects: [i % 2 ? 'math' : 'russian'],
      educationLevels: ['ooo'],
      tags: [i % 3 ? 'fgos' : 'mentoring'],
      ...(i % 3 === 0
        ? {
            cover: {
              url: `https://gen.example/img/${i}.jpg`,
              alt: `Обложка ${i}`,
              width: 600,
              height: 400,
            },
          }
        : {}),
      ...(i % 10 === 0 ? { featured: true } : {}),
      attachments: [
        {
          title: 'Разработка',
          url: `https://gen.example/files/${i}.pdf`,
          mediaType: 'application/pdf',
          size: 1000 * i,
        },
      ],
    });
  }
  return {
    version: 1,
    generatedAt: '2026-11-20T10:00:00+03:00',
    publisher: { id: 'gen', name: 'Генерированный методический центр', timeZone: 'Europe/Moscow' },
    taxonomies: {
      subjects: [
        { id: 'math', label: 'Математика', labelEn: 'Mathematics' },
        { id: 'russian', label: 'Русский язык', labelEn: 'Russian' },
      ],
      educationLevels: [
        { id: 'ooo', label: 'Основное общее образование', labelEn: 'Lower secondary' },
      ],
      tags: [
        { id: 'fgos', label: 'ФГОС' },
        { id: 'mentoring', label: 'Наставничество', labelEn: 'Mentoring' },
      ],
    },
    practices,
  };
}
