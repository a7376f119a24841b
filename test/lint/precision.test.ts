// Lint on real, professionally signed-off translations (issue 12): the official English of
// Government Work Reports and Xinhua items, quoted from ../shared/real-dev, must lint clean
// where the rendering is right in other words; near-misses must still be reported.
import { describe, expect, it } from 'vitest';
import { Linter, type LintResult } from '../../src/lint/lint.js';
import { defaultRuleSettings } from '../../src/lint/rules.js';
import { fixture, fixtureIndex } from '../helpers.js';
import { unit } from './units.js';

const PRECISION = fixture('glossary', 'precision');

async function lint(pairs: [string, string][]): Promise<LintResult> {
  const linter = new Linter(await fixtureIndex(PRECISION), { rules: defaultRuleSettings() });
  const f = linter.file('test.xlf');
  pairs.forEach(([zh, en], k) => f.unit(unit(String(k + 1), zh, en, undefined, 2 * k + 1)));
  f.finish();
  return linter.result();
}

const findings = (r: LintResult) => r.problems.map((p) => [p.rule, p.severity, p.term, p.found]);

describe('English variants that professional translations use', () => {
  it('accepts stacked modifiers in the other order', async () => {
    const r = await lint([
      ['战略性新兴产业发展壮大', 'and boosted emerging strategic industries.'],
      ['分批推进全国重点实验室重组', 'and reorganized key national laboratories in several batches.'],
    ]);
    expect(findings(r)).toEqual([]);
    expect(r.summary.terms).toBe(2);
  });

  it('accepts one inserted word, and a head shared by a coordination', async () => {
    const r = await lint([
      ['第132届广交会跨国头部企业供采对接周启动', 'a supply and purchase matchmaking event for leading multinational enterprise'],
      ['培育新动能', 'fostering new growth engines and drivers'],
    ]);
    expect(findings(r)).toEqual([]);
  });

  it('accepts another part of speech of the same words', async () => {
    const r = await lint([['促进科技成果转化', 'We will commercialize research results faster.']]);
    expect(findings(r)).toEqual([]);
  });

  it('still refuses near-misses: another word from the same root, or words far apart', async () => {
    const r = await lint([
      ['经理', 'managerial staff'],
      ['战略性新兴产业', 'industries that are emerging will be a strategic priority for many years to come'],
      ['全国重点实验室', 'a key role in the national laboratory system'],
    ]);
    expect(r.problems.map((p) => [p.rule, p.term])).toEqual([
      ['missing-term', '经理'],
      ['missing-term', '战略性新兴产业'],
      ['missing-term', '全国重点实验室'],
    ]);
  });

  it('warns, quoting the English found, where most of a rendering is there in another form', async () => {
    const r = await lint([['研发经费投入强度达到2.68%', 'R&D spending reached 2.68 percent of GDP']]);
    expect(r.problems).toEqual([
      expect.objectContaining({ rule: 'missing-term', severity: 'warning', term: '研发经费投入强度', found: 'R&D spending reached 2.68 percent of GDP' }),
    ]);
    expect(r.problems[0]!.message).toContain('add it to the entry\'s en_also');
  });

  it('lets a name vary its function words, not its other words', async () => {
    const r = await lint([
      ['推进京津冀协同发展', 'We will promote coordinated development in the Beijing-Tianjin-Hebei region'],
      ['推进京津冀协同发展', 'We will promote coordinated regional development in Beijing-Tianjin-Hebei'],
    ]);
    expect(r.problems.map((p) => [p.segment, p.rule, p.severity])).toEqual([['2', 'missing-term', 'warning']]);
  });

  it('accepts a rendering written with a gap where the Chinese modifier wraps round its head', async () => {
    const r = await lint([
      ['坚持走中国特色社会主义法治道路', 'We must follow a path of socialist rule of law with Chinese characteristics'],
      ['中国特色社会主义法治道路', 'a socialist path for the rule of law, shaped by our national conditions and by Chinese characteristics'],
    ]);
    expect(r.problems.map((p) => [p.segment, p.rule])).toEqual([['2', 'missing-term']]);
  });

  it('does not loosen names: a name in another order is a warning, a name left out an error', async () => {
    const r = await lint([
      ['中国科学院国家天文台', 'the National Astronomical Observatories of the Academy of Chinese Sciences'],
      ['近日，中国科学院国家天文台利用“中国天眼”', 'The "China Sky Eye" has spotted'],
    ]);
    expect(findings(r)).toEqual([
      ['missing-term', 'warning', '中国科学院', 'Academy of Chinese Sciences'],
      ['missing-term', 'error', '中国科学院', null],
    ]);
  });
});

describe('Chinese terms read as words of their sentence', () => {
  it('does not find 重庆 in 隆重庆祝 ("grand celebrations")', async () => {
    const r = await lint([['我们隆重庆祝中华人民共和国成立75周年', 'We celebrated the 75th anniversary of the founding of the People\'s Republic of China.']]);
    expect(findings(r)).toEqual([]);
    expect(r.summary.terms).toBe(0);
  });

  it('still finds a term after a character that makes a word with its first one (21家中试: 家中 "at home")', async () => {
    const r = await lint([['首批21家高新技术企业', 'the first 21 companies']]);
    expect(r.problems.map((p) => [p.rule, p.term])).toEqual([['missing-term', '高新技术企业']]);
  });

  it('prefers the overlapping term that runs on to the head: 全社会研发经费投入强度 is R&D intensity', async () => {
    const r = await lint([['全社会研发经费投入强度从2.1%提高到2.5%以上', 'R&D intensity rose from 2.1 percent to over 2.5 percent.']]);
    expect(findings(r)).toEqual([]);
  });
});

describe('strictness per entry', () => {
  it('gives a relaxed entry at most a warning, and an entry that is off nothing', async () => {
    const r = await lint([
      ['全会提出,加快构建高水平社会主义市场经济体制', 'It was stated that we should move faster to develop a high-standard socialist market economy'],
      ['推动项目落地', 'help the projects get going'],
    ]);
    expect(findings(r)).toEqual([['missing-term', 'warning', '全会', null]]);
    expect(r.summary.terms).toBe(1); // 落地 is not checked
  });
});

describe('relaxed entries', () => {
  it('are not reported where the file renders them elsewhere: 总书记 after the first mention', async () => {
    const r = await lint([
      ['中共中央总书记、国家主席习近平', 'Xi Jinping, general secretary of the CPC Central Committee and Chinese president'],
      ['对阮富仲总书记和越南人民的友好感情', 'the friendly feelings toward Trong and the Vietnamese people'],
    ]);
    expect(findings(r)).toEqual([]);
  });

  it('are reported once, as a warning, where the file never renders them', async () => {
    const r = await lint([
      ['全会提出,加快构建高水平社会主义市场经济体制', 'It was stated that we should move faster to develop a high-standard socialist market economy'],
      ['向全会作说明', 'I will now brief you on the drafting'],
    ]);
    expect(r.problems.map((p) => [p.rule, p.severity, p.term, p.segment])).toEqual([['missing-term', 'warning', '全会', '1']]);
  });
});

describe('inconsistent-term', () => {
  it('takes an abbreviation defined in the text for its long form', async () => {
    const r = await lint([
      ['发展人工智能', 'develop artificial intelligence (AI)'],
      ['人工智能赋能', 'AI empowerment'],
      ['人工智能应用', 'AI applications'],
    ]);
    expect(findings(r)).toEqual([]);
  });

  it('needs an established rendering: two renderings used once each are not inconsistent', async () => {
    const once = await lint([
      ['促进科技成果转化', 'promote the commercialization of research results'],
      ['提升科技成果转化效能', 'ensure more efficient application of scientific and technological advances'],
    ]);
    expect(findings(once)).toEqual([]);
    const established = await lint([
      ['促进科技成果转化', 'promote the commercialization of research results'],
      ['加快科技成果转化', 'speed up the commercialization of research results'],
      ['提升科技成果转化效能', 'ensure more efficient application of scientific and technological advances'],
    ]);
    expect(findings(established)).toEqual([['inconsistent-term', 'warning', '科技成果转化', 'application of scientific and technological advances']]);
  });
});

describe('messages', () => {
  it('quotes a rendering with quotes in it without doubling them', async () => {
    const r = await lint([['专精特新“小巨人”企业', 'specialized SMEs']]);
    expect(r.problems[0]!.message).toBe(
      '"专精特新“小巨人”企业" should be rendered "“little giant” enterprise" or "“little giant” firm" (or 2 others in the glossary)',
    );
  });
});

describe('partial renderings', () => {
  it('are warnings where most words are there, errors where only one of two is', async () => {
    const r = await lint([
      ['引进高新技术企业', 'attract high-tech firms and research institutes'],
      ['培育头部企业', 'foster leading firms'],
    ]);
    expect(findings(r)).toEqual([
      ['missing-term', 'warning', '高新技术企业', 'high-tech'],
      ['missing-term', 'error', '头部企业', null],
    ]);
  });
});

describe('untranslated, on hostile input', () => {
  it('reads a 1 MB run without spaces in linear time (a data: URI, an unclosed template)', async () => {
    const { isProse } = await import('../../src/lint/rules/untranslated.js');
    const base64 = 'data:image/png;base64,' + 'iVBORw0KGgoAAAANSUhEUgAA'.repeat(45_000);
    expect(isProse(base64)).toBe(false);
    expect(isProse(`{{ ${'x'.repeat(1_000_000)}`)).toBe(false);
    expect(isProse('<'.repeat(500_000))).toBe(false);
    expect(isProse('Open {{ name }} in <b>the</b> browser at https://example.org')).toBe(true);
    expect(isProse('{{ author }} <br/> git@example.org')).toBe(false);
  });
});

describe('word forms Porter stems cannot join', () => {
  it('accepts irregular past forms, China\'s for Chinese, and scientific for science', async () => {
    const r = await lint([
      ['共建“一带一路”夯基垒台', 'It has laid the groundwork of Belt and Road cooperation'],
      ['人与自然和谐共生的现代化,是中国式现代化的重要特征', 'Harmony between humanity and nature is an important feature of China\'s modernization.'],
      ['加快建设科技强国', 'build a country strong in scientific and technological strength'],
    ]);
    expect(findings(r)).toEqual([]);
  });
});

describe('terms inside a 《》 title', () => {
  it('are checked as relaxed: news English names a document by what it is', async () => {
    const r = await lint([
      ['《中共中央国务院关于支持浙江高质量发展建设共同富裕示范区的意见》正式发布', "China's central authorities issued a guideline on building Zhejiang into a demonstration zone for common prosperity."],
      ['推动高质量发展', 'promote growth'],
    ]);
    // the title's term is a warning (and only because the file renders it nowhere); outside a title, an error
    expect(r.problems.filter((p) => p.term === '高质量发展').map((p) => [p.segment, p.severity, p.term])).toEqual([
      ['1', 'warning', '高质量发展'],
      ['2', 'error', '高质量发展'],
    ]);
    const rendered = await lint([
      ['《中共中央国务院关于支持浙江高质量发展建设共同富裕示范区的意见》正式发布', "China's central authorities issued a guideline on building Zhejiang into a demonstration zone for common prosperity."],
      ['推动高质量发展', 'promote high-quality development'],
    ]);
    expect(findings(rendered).filter(([, , term]) => term === '高质量发展')).toEqual([]);
  });
});

describe('inconsistent-term and short forms', () => {
  it('takes a rendering shortened after the first mention for the same rendering', async () => {
    const r = await lint([
      ['共建“一带一路”', 'the Belt and Road Initiative'],
      ['共建“一带一路”倡议', 'the Belt and Road Initiative (BRI)'],
      ['高质量共建“一带一路”', 'high-quality Belt and Road cooperation'],
    ]);
    expect(r.problems.filter((p) => p.rule === 'inconsistent-term')).toEqual([]);
  });
});

describe('Chinese quotation marks', () => {
  it('are alike inside a term: 「」 and “” and straight quotes', async () => {
    const r = await lint([
      ['第五批专精特新「小巨人」企业', 'the fifth batch of "little giant" firms'],
      ['专精特新"小巨人"企业', 'specialized "little giant" firms'],
      ['专精特新「小巨人」企业', 'specialized SMEs'],
    ]);
    expect(r.problems.map((p) => [p.segment, p.rule, p.term])).toEqual([['3', 'missing-term', '专精特新“小巨人”企业']]);
    expect(r.summary.terms).toBe(3);
  });
});

describe('names said the other way round', () => {
  it('accepts "B A" for a name "A of B", and still not other orders', async () => {
    const r = await lint([
      ['全国人民代表大会常务委员会', 'the National People\'s Congress Standing Committee'],
      ['中国科学院', 'the Sciences Academy of China'],
    ]);
    expect(r.problems.map((p) => [p.segment, p.term])).toEqual([['2', '中国科学院']]);
  });
});

describe('inconsistent-term and abbreviations inside a rendering', () => {
  it('takes CPC for the words it abbreviates, and still warns on a different rendering', async () => {
    const r = await lint([
      ['中共中央印发', 'the CPC Central Committee issued'],
      ['中共中央决定', 'the CPC Central Committee decided'],
      ['中共中央、国务院', 'the Communist Party of China Central Committee and the State Council'],
    ]);
    expect(r.problems.filter((p) => p.rule === 'inconsistent-term')).toEqual([]);
    const other = await lint([
      ['推动高质量发展', 'pursue high-quality development'],
      ['推动高质量发展', 'pursue high-quality development'],
      ['推动高质量发展', 'pursue quality-first development'],
    ]);
    expect(other.problems.map((p) => p.rule)).toContain('missing-term');
  });
});
