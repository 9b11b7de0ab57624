import fc from 'fast-check';
import { announcementCard } from '../../../../bot/src/features/announcements/cards';
import { announcementInputSchema, draftSchema, isHttpsUrl, markdownProblems } from '../../../../bot/src/features/announcements/model';
import { kickoffTemplate } from '../../../../bot/src/features/announcements/template';

describe('announcement texts: the markdown subset Teams cards show', () => {
  it('accepts bold, italic, lists and https links', () => {
    expect(markdownProblems('**Wichtig:** _bitte_ lesen\n- eins\n1. zwei\n[Fahrplan](https://example.org/a?b=1)')).toEqual([]);
  });

  it.each([
    ['<b>x</b>', 'HTML tags are not allowed'],
    ['![Bild](https://example.org/a.png)', 'images inside the text are not allowed'],
    ['# Titel', 'headings (#) are not shown'],
    ['```code```', 'code blocks are not allowed'],
    ['| a | b |', 'tables are not allowed'],
    ['[x](http://example.org)', 'links must be https URLs'],
    ['[](https://example.org)', 'a link needs a text'],
  ])('%s → %s', (text, problem) => {
    expect(markdownProblems(text).join(' ')).toContain(problem);
  });

  it('judges URLs: https with a host only', () => {
    expect(isHttpsUrl('https://www.leopoldshoehe.de/rathaus')).toBe(true);
    for (const bad of ['http://a.de', 'https://localhost', 'javascript:alert(1)', 'https://user:pw@a.de', 'a.de']) expect(isHttpsUrl(bad)).toBe(false);
  });

  it('never throws on arbitrary input (fuzzed) and names where the problem is', () => {
    fc.assert(fc.property(fc.anything(), (body) => {
      for (const schema of [draftSchema, announcementInputSchema]) {
        const r = schema.safeParse(body);
        if (!r.success) for (const i of r.error.issues) expect(typeof i.message).toBe('string');
      }
    }), { numRuns: 500 });
  });
});

describe('the announcement card', () => {
  const kickoff = kickoffTemplate('Gemeinde Leopoldshöhe', 'https://digipuls.example.org/tab/index.html#roadmap');

  it('is complete and valid as a template (both languages, link, acknowledgement)', () => {
    expect(announcementInputSchema.safeParse(kickoff).success).toBe(true);
  });

  it('shows one language in a personal chat, both in a channel, and the Universal Action to acknowledge', () => {
    const de = JSON.stringify(announcementCard('k', kickoff, 'de'));
    expect(de).toContain('Auftakt');
    expect(de).not.toContain('Kick-off');
    expect(de).toContain('"verb":"announcement.ack"');
    const all = JSON.stringify(announcementCard('k', kickoff, 'all'));
    expect(all).toContain('Auftakt');
    expect(all).toContain('Kick-off');
    expect(all).toContain('Gelesen / Got it');
  });

  it('drops the button once a person acknowledged, and counts in a channel', () => {
    expect(JSON.stringify(announcementCard('k', kickoff, 'en', { ack: { kind: 'personal' } }))).not.toContain('Action.Execute');
    expect(JSON.stringify(announcementCard('k', kickoff, 'all', { ack: { kind: 'channel', count: 3 } }))).toContain('Bestätigt von 3 Personen');
  });
});

describe('announcement texts: https links only, judged on the parsed markdown', () => {
  it.each([
    ['reference link', '[Fahrplan][1]\n\n[1]: http://evil.example/a'],
    ['reference image', '![Bild][i]\n\n[i]: http://evil.example/y.png'],
    ['autolink', 'Siehe <http://evil.example/a>'],
    ['bare URL (linkified by Teams)', 'Siehe http://evil.example/a'],
    ['javascript scheme', '[a](javascript:alert(1))'],
    ['javascript with parentheses in a reference', '[a][x]\n\n[x]: javascript:alert(document.cookie)'],
    ['image with http source', '![i](http://evil.example/y.png)'],
    ['mixed-case scheme', '[a](HtTp://evil.example/a)'],
    ['entity-encoded scheme', '[a](&#104;ttp://evil.example/a)'],
    ['entity-encoded javascript', '[a](&#x6A;avascript:alert(1))'],
    ['backslash-escaped colon', '[a](http\\://evil.example/a)'],
    ['angle-bracket destination', '[a](<http://evil.example/a b>)'],
    ['data URL', '[a](data:text/html;base64,PHNjcmlwdD4=)'],
  ])('trust 20: refuses a non-https %s', (_name, text) => {
    expect(markdownProblems(text).join(' ')).toMatch(/links must be https URLs|images inside the text are not allowed/);
    if (!text.includes('![')) expect(markdownProblems(text).join(' ')).toContain('links must be https URLs');
  });

  it('trust 20: accepts https links in every form the parser knows (inline, reference, autolink, mixed case)', () => {
    for (const text of [
      '[Fahrplan](https://example.org/a?b=1 "Titel")',
      '[Fahrplan][1]\n\n[1]: https://example.org/a',
      'Siehe <https://example.org/a>',
      'Siehe https://example.org/a',
      '[a](HTTPS://example.org/a)',
      '[a](&#104;ttps://example.org/a)',
    ]) expect([text, markdownProblems(text)]).toEqual([text, []]);
  });
});
