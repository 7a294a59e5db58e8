"""Compact summary of a Stryker.NET JSON report for mutation/reports/: counts by status, score, per-file scores and
every undetected mutant (file, line, mutator, replacement, the line's text).
usage (from the repository root):
  python3 mutation/summarize.py <mutation-report.json> <Module>[,<Module>...] "<how measured>" > mutation/reports/x.json
Score = (killed + timeout) / (killed + timeout + survived + no coverage); compile errors and ignored mutants (also
those outside a span run's spans) are not counted.
"""
import collections, json, sys

COUNT = ('Killed', 'Timeout', 'Survived', 'NoCoverage')
UNDET = ('Survived', 'NoCoverage')


def rel(p):
    return p.replace('\\', '/').split('src/Haidian.Rules/')[-1]


def score(c):
    t = sum(c[s] for s in COUNT)
    return (round(100.0 * (c['Killed'] + c['Timeout']) / t, 2) if t else None), t


def main(report, modules, what):
    data = json.load(open(report, encoding='utf-8'))
    modules = modules.split(',')
    total, per, undetected = collections.Counter(), {}, []
    for f, v in sorted(data['files'].items()):
        r = rel(f)
        if r.split('/')[0] not in modules:
            continue
        c = collections.Counter(m['status'] for m in v['mutants'])
        total.update(c)
        sc, t = score(c)
        if t:
            per[r] = {**{k: c[k] for k in COUNT}, 'score': sc}
        lines = v['source'].split('\n')
        for m in sorted(v['mutants'], key=lambda m: (m['location']['start']['line'], m['location']['start']['column'])):
            if m['status'] in UNDET:
                ln = m['location']['start']['line']
                undetected.append({'file': r, 'line': ln, 'status': m['status'], 'mutator': m['mutatorName'],
                                   'replacement': (m.get('replacement') or '')[:200], 'code': lines[ln - 1].strip()[:200]})
    sc, t = score(total)
    out = {'what': what, 'modules': modules, 'strykerVersion': data.get('framework', {}).get('version', '5.1.0'),
           'counts': dict(sorted(total.items())), 'counted': t, 'mutationScore': sc, 'files': per,
           'undetected': undetected}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == '__main__':
    main(*sys.argv[1:4])
