"""Writes a Stryker config whose `mutate` patterns select only the library lines changed since a base commit, so the
changed code of a module can be measured without a full run.
usage (from the repository root):
  python3 mutation/changed-spans.py /tmp/changed.json <base-commit> <Module> [<Module> ...]
  cd src/Haidian.Rules && dotnet stryker --config-file /tmp/changed.json --output /tmp/stryker-changed
  python3 mutation/summarize.py /tmp/stryker-changed/reports/mutation-report.json <Module> ... > mutation/reports/x.json

Each hunk of `git diff -U0 <base> -- src/Haidian.Rules/<Module>` (base commit against the working tree, so the spans
fit the sources Stryker reads) becomes one text span from the first character of its first added line to the end of
its last added line; pure deletions add nothing. Offsets are counted the way respan.py counts them (characters of
the file without a BOM, each line plus its '\n'), which is Stryker.NET's `file.cs{start..end}` syntax: a mutant is
selected when one span wholly contains the mutated syntax node. So a mutant that lies inside changed lines is
measured; one whose node reaches beyond the hunk (a block removal of a method with one changed line) is not.
Mutants outside the spans are reported as Ignored and are not counted by summarize.py.
`--show` prints every span's first and last line instead of writing a config (to check what is selected).
`--check <mutation-report.json>` (after a run, same base and modules) counts the report's mutants by whether their lines lie
inside a hunk: every counted (not Ignored) mutant should be inside, and every mutant outside should be Ignored.
"""
import json, os, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
LIB = 'src/Haidian.Rules/'


def hunks(base, module):
    """{relative path under src/Haidian.Rules: [(first line, last line), ...]} of added/changed lines (1-based)."""
    diff = subprocess.check_output(['git', '-C', root, 'diff', '-U0', '--no-color', '-M', base, '--', LIB + module],
                                   text=True, encoding='utf-8')
    out, path = {}, None
    for line in diff.split('\n'):
        if line.startswith('+++ '):
            path = None if line[4:] == '/dev/null' else line[6:]  # strip '+++ b/'
        elif line.startswith('@@') and path:
            m = re.match(r'@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@', line)
            start, count = int(m.group(1)), int(m.group(2) if m.group(2) is not None else 1)
            if count > 0 and path.endswith('.cs'):
                out.setdefault(path[len(LIB):], []).append((start, start + count - 1))
    return out


def spans(rel, ranges):
    lines = open(os.path.join(root, LIB, rel), encoding='utf-8-sig').read().split('\n')
    starts = [0]
    for l in lines:
        starts.append(starts[-1] + len(l) + 1)
    result = []
    for first, last in ranges:
        # a hunk of only blank lines and comments has no mutant; leave it out to keep the pattern short
        if all(not lines[i - 1].strip() or lines[i - 1].strip().startswith('//') for i in range(first, last + 1)):
            continue
        result.append((starts[first - 1], starts[last - 1] + len(lines[last - 1]), first, last))
    return result


def check(report, base, modules):
    import collections
    data = json.load(open(report, encoding='utf-8'))
    tally = collections.Counter()
    for module in modules:
        h = hunks(base, module)
        for f, v in data['files'].items():
            rel = f.replace('\\', '/').split(LIB)[-1]
            if rel.split('/')[0] != module:
                continue
            ranges = h.get(rel, [])
            for m in v['mutants']:
                s, e = m['location']['start']['line'], m['location']['end']['line']
                inside = any(a <= s and e <= b for a, b in ranges)
                counted = m['status'] != 'Ignored'
                tally[(module, 'inside' if inside else 'outside', 'counted' if counted else 'ignored')] += 1
                if counted and not inside:
                    print(f'counted mutant outside the hunks: {rel}:{s}-{e} {m["mutatorName"]} [{m["status"]}]')
    for k, n in sorted(tally.items()):
        print(*k, n)


def main(argv):
    if argv and argv[0] == '--check':
        return check(argv[1], argv[2], argv[3:])
    show = '--show' in argv
    args = [a for a in argv if a != '--show']
    out, base, modules = (None, args[0], args[1:]) if show else (args[0], args[1], args[2:])
    patterns = []
    for module in modules:
        for rel, ranges in sorted(hunks(base, module).items()):
            sp = spans(rel, ranges)
            if show:
                src = open(os.path.join(root, LIB, rel), encoding='utf-8-sig').read()
                for s, e, first, last in sp:
                    text = src[s:e].split('\n')
                    print(f'{rel}{{{s}..{e}}} lines {first}-{last}: {text[0].strip()[:70]!r} .. {text[-1].strip()[:70]!r}')
            if sp:
                patterns.append('**/' + rel + ''.join('{%d..%d}' % (s, e) for s, e, _, _ in sp))
    if show:
        return
    config = json.load(open(os.path.join(here, 'stryker-config.json')))
    c = config['stryker-config']
    c['mutate'] = patterns
    c['test-case-filter'] = 'FullyQualifiedName!~Reliability&FullyQualifiedName!~PublicApiTests&FullyQualifiedName!~ExtremeSize'
    c['test-projects'] = [os.path.join(root, 'tests', 'Haidian.Rules.Tests', 'Haidian.Rules.Tests.csproj')]
    json.dump(config, open(out, 'w'), indent=1)
    print(f'{len(patterns)} file patterns ({sum(p.count("{") for p in patterns)} spans) written to {out}')


if __name__ == '__main__':
    main(sys.argv[1:])
