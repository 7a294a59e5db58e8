"""Writes a Stryker config that re-tests only the mutants a previous full run left undetected (plus every mutant on
code changed since), so a module's score can be re-measured in minutes instead of a full run.
usage (from the repository root):
  python3 mutation/span-config.py /tmp/spans.json <full-run-report.json>:<Module> [<report.json>:<Module> ...]
  cd src/Haidian.Rules && dotnet stryker --config-file /tmp/spans.json --output /tmp/stryker-spans
  python3 mutation/respan.py merge <full-run-report.json> /tmp/stryker-spans/reports/mutation-report.json . <Module>
"""
import json, os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
out = sys.argv[1]
patterns = []
for arg in sys.argv[2:]:
    report, module = arg.rsplit(':', 1)
    patterns += json.loads(subprocess.check_output([sys.executable, os.path.join(here, 'respan.py'), 'patterns', report, root, module]))
config = json.load(open(os.path.join(here, 'stryker-config.json')))
c = config['stryker-config']
c['mutate'] = patterns
c['test-case-filter'] = 'FullyQualifiedName!~Reliability&FullyQualifiedName!~PublicApiTests&FullyQualifiedName!~ExtremeSize'
c['test-projects'] = [os.path.join(root, 'tests', 'Haidian.Rules.Tests', 'Haidian.Rules.Tests.csproj')]
json.dump(config, open(out, 'w'), indent=1)
print(f'{len(patterns)} file patterns written to {out}')
