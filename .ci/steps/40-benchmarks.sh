#!/usr/bin/env bash
# Benchmarks stay compiling and running: the peer-equivalence check (RulesEngine and NRules must give the library's
# amounts on the generated and edge inputs), then a BenchmarkDotNet dry run of every class except Growth (its 10^7
# batch needs ~1 GB and a minute of setup; it is measured in full runs, see benchmarks/README.md).
set -euo pipefail
dotnet build benchmarks/Haidian.Rules.Benchmarks -c Release
dotnet benchmarks/Haidian.Rules.Benchmarks/bin/Release/net10.0/Haidian.Rules.Benchmarks.dll --verify 20000
# BenchmarkDotNet finds the project from the working directory, so run from the repo root.
dotnet benchmarks/Haidian.Rules.Benchmarks/bin/Release/net10.0/Haidian.Rules.Benchmarks.dll \
  --artifacts artifacts/benchmarks --job dry --inProcess --filter '*SingleSectionMonth*' '*WaterBatch*' '*MillionBatch*' '*Settlement*' \
  '*ElevatorSubsidyClaim*' '*ForestScorecard*' '*CultivatedLandAssessment*' '*WasteSortingMonth*' '*DeadlineCompute*' '*SmartHaidianProject*' --stopOnFirstError
