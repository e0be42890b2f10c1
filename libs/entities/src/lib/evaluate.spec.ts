import { evaluateEntities, type ScoredEntity } from './evaluate';

const e = (type: ScoredEntity['type'], text: string, canonical = text): ScoredEntity => ({ type, text, canonical });

describe('evaluateEntities', () => {
  it('matches on folded text or canonical, per type, on de-duplicated sets', () => {
    const report = evaluateEntities([
      {
        id: 'a',
        gold: [e('PERSON', 'López Obrador', 'Andrés Manuel López Obrador'), e('PERSON', 'Harris', 'Kamala Harris'), e('DATE', 'Tuesday', '2021-06-08')],
        predicted: [
          e('PERSON', 'LOPEZ OBRADOR', 'x'), // text agrees after folding
          e('PERSON', 'Vice President Harris', 'Kamala Harris'), // canonical agrees
          e('PERSON', 'Harris', 'Kamala Harris'), // duplicate of the gold text: takes the text match
          e('LOCATION', 'Tuesday', '2021-06-08'), // wrong type
        ],
      },
    ]);
    expect(report.perType.PERSON).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(report.perType.DATE).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(report.perType.LOCATION).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(report.micro).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(report.micro.precision).toBeCloseTo(0.5);
    expect(report.micro.recall).toBeCloseTo(2 / 3);
    expect(report.documents[0].misses).toEqual([e('DATE', 'Tuesday', '2021-06-08')]);
    expect(report.documents[0].falsePositives.map((x) => x.text)).toEqual(['Vice President Harris', 'Tuesday']);
  });

  it('counts each gold entity once however often it is mentioned', () => {
    const report = evaluateEntities([{ id: 'a', gold: [e('LOCATION', 'Mexico'), e('LOCATION', 'mexico')], predicted: [e('LOCATION', 'Mexico')] }]);
    expect(report.perType.LOCATION).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
  });

  it('checks that alias groups share one predicted canonical', () => {
    const gold = [e('PERSON', 'Kamala Harris'), e('PERSON', 'Harris', 'Kamala Harris'), e('ORGANIZATION', 'CMA', 'Competition and Markets Authority'), e('ORGANIZATION', 'Competition and Markets Authority')];
    const report = evaluateEntities([
      {
        id: 'a',
        gold,
        predicted: [e('PERSON', 'Kamala Harris'), e('PERSON', 'Harris', 'Kamala Harris'), e('ORGANIZATION', 'CMA'), e('ORGANIZATION', 'Competition and Markets Authority')],
      },
    ]);
    expect(report.aliasGroups).toEqual({ total: 2, merged: 1 });
    const failed = report.documents[0].aliasGroups.find((g) => !g.merged);
    expect(failed?.predictedCanonicals).toEqual(['CMA', 'Competition and Markets Authority']);
  });

  it('scores empty sets as perfect', () => {
    expect(evaluateEntities([{ id: 'a', gold: [], predicted: [] }]).micro).toMatchObject({ precision: 1, recall: 1 });
  });
});
