"""Re-measure only previously undetected mutants.
usage: respan.py patterns <old-report.json> <repo-root> <module> > mutate.json   (list of mutate patterns)
       respan.py merge <old-report.json> <new-report.json> <repo-root> <module>     (combined score)
Old report's sources are mapped to the current files line by line (difflib); a mutant on an unchanged line keeps
its old status if it was killed/timeout; survivors/no-coverage and every mutant on a changed code line are re-tested.
A mutant the old run counted as a compile error (e.g. a method Stryker's safe mode rolled back) is counted when the new
run measured it (give the new run spans over those methods)."""
import json, sys, difflib, os, collections
mode, old_path = sys.argv[1], sys.argv[2]
root, module = sys.argv[-2], sys.argv[-1]
old = json.load(open(old_path))
UNDET = ('Survived', 'NoCoverage')
COUNT = ('Killed', 'Timeout', 'Survived', 'NoCoverage')
def rel(p): return p.split('src/Haidian.Rules/')[-1]
def mapping(old_src, new_src):
    a, b = old_src.split('\n'), new_src.split('\n')
    m = {}
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == 'equal':
            for k in range(i2 - i1): m[i1 + k + 1] = j1 + k + 1
    return m, b
def offset(lines, line, col):  # 1-based line, 1-based col
    return sum(len(l) + 1 for l in lines[:line - 1]) + col - 1
files = {f: v for f, v in old['files'].items() if rel(f).startswith(module + '/')}
if mode == 'patterns':
    pats = []
    for f, v in sorted(files.items()):
        newp = os.path.join(root, 'src/Haidian.Rules', rel(f)); new_src = open(newp, encoding='utf-8-sig').read()
        m, nl = mapping(v['source'], new_src)
        spans = []
        for mu in v['mutants']:
            s, e = mu['location']['start'], mu['location']['end']
            if mu['status'] in UNDET or s['line'] not in m or e['line'] not in m:
                if s['line'] in m and e['line'] in m:
                    spans.append((offset(nl, m[s['line']], s['column']), offset(nl, m[e['line']], e['column'])))
        # every line of the new file that is not mapped from the old file (changed code) is re-tested whole
        mapped = set(m.values())
        for i, l in enumerate(nl, 1):
            t = l.strip()
            if i not in mapped and t and not t.startswith('//'):
                spans.append((offset(nl, i, 1), offset(nl, i, len(l) + 1)))
        if spans:
            pats.append('**/' + rel(f) + ''.join('{%d..%d}' % sp for sp in sorted(set(spans))))
    json.dump(pats, sys.stdout, indent=1)
else:
    new = json.load(open(sys.argv[3]))
    newfiles = {rel(f): v for f, v in new['files'].items()}
    cnt = collections.Counter(); per = collections.defaultdict(collections.Counter); left = []
    for f, v in sorted(files.items()):
        nv = newfiles[rel(f)]
        m, nl = mapping(v['source'], nv['source'])
        newm = {}
        for mu in nv['mutants']:
            s, e = mu['location']['start'], mu['location']['end']
            newm[(s['line'], s['column'], e['line'], e['column'], mu['mutatorName'], mu.get('replacement'))] = mu
        used = set()
        for mu in v['mutants']:
            s, e = mu['location']['start'], mu['location']['end']
            if mu['status'] not in COUNT and mu['status'] != 'CompileError': continue
            if s['line'] in m and e['line'] in m:
                k = (m[s['line']], s['column'], m[e['line']], e['column'], mu['mutatorName'], mu.get('replacement'))
                n = newm.get(k)
                if mu['status'] == 'CompileError':
                    # dropped by Stryker's safe mode in the old run (a whole method or class): counted when the new run measured it
                    if n is None or n['status'] not in COUNT: continue
                    used.add(k); st = n['status']; cnt[st] += 1; per[rel(f)][st] += 1
                    if st in UNDET: left.append(f"{rel(f)}:{k[0]} [{st}] {n['mutatorName']}: `{nl[k[0]-1].strip()[:150]}` -> `{(n.get('replacement') or '')[:120]}`")
                    continue
                st = n['status'] if n is not None and n['status'] in COUNT else (mu['status'] if mu['status'] not in UNDET else (n['status'] if n else 'Gone'))
                if n is not None: used.add(k)
                if st == 'Gone' or st not in COUNT: continue   # now ignored (Stryker disable) or removed
                cnt[st] += 1; per[rel(f)][st] += 1
                if st in UNDET: left.append(f"{rel(f)}:{k[0]} [{st}] {mu['mutatorName']}: `{nl[k[0]-1].strip()[:150]}` -> `{(mu.get('replacement') or '')[:120]}`")
        mapped = set(m.values())
        for k, n in newm.items():
            if k in used or n['status'] not in COUNT: continue
            if k[0] not in mapped or k[2] not in mapped:  # a mutant on changed code
                cnt[n['status']] += 1; per[rel(f)][n['status']] += 1
                if n['status'] in UNDET: left.append(f"{rel(f)}:{k[0]} [{n['status']}] {n['mutatorName']}: `{nl[k[0]-1].strip()[:150]}` -> `{(n.get('replacement') or '')[:120]}`")
    def score(c): 
        t = sum(c[s] for s in COUNT); return (100.0 * (c['Killed'] + c['Timeout']) / t if t else 100.0), t
    sc, t = score(cnt)
    print(f"{module}: {sc:.2f} % ({cnt['Killed']} killed, {cnt['Timeout']} timeout, {cnt['Survived']} survived, {cnt['NoCoverage']} no coverage; {t} counted)")
    for f, c in sorted(per.items()):
        s, t = score(c); print(f"  {f}: {s:.1f} % of {t}")
    print('\n'.join(left))
