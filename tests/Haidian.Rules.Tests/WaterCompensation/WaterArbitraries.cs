using FsCheck;
using FsCheck.Fluent;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.WaterCompensation;

/// <summary>
/// Generators that hit the rules' edges exactly: every GB 3838 class limit, every surcharge threshold and its step
/// multiples, each of them ±1e-7, plus zero and ordinary values with up to seven decimals.
/// </summary>
public static class WaterArbitraries
{
    private static readonly WaterCompensationParameters P = WaterCompensationParameters.Gazette2017;
    private static readonly decimal Epsilon = 0.0000001m;

    /// <summary>Edge values for one pollutant: its limits (river and lake for TP), threshold, threshold + k·step, each ±ε.</summary>
    public static decimal[] EdgesOf(Pollutant p)
    {
        var limits = new List<decimal>();
        foreach (var body in new[] { WaterBodyType.River, WaterBodyType.LakeOrReservoir })
        {
            var l = P.LimitsFor(p, body);
            limits.AddRange(new[] { l.ClassI, l.ClassII, l.ClassIII, l.ClassIV, l.ClassV });
        }

        var s = P.SurchargeFor(p);
        for (var k = 0; k <= 3; k++)
        {
            limits.Add(s.Threshold + (k * s.Step));
        }

        return limits.SelectMany(x => new[] { x, x + Epsilon, x - Epsilon }).Where(x => x >= 0m).Append(0m).Distinct().ToArray();
    }

    public static Gen<decimal> Concentration(Pollutant p)
    {
        var s = P.SurchargeFor(p);
        var max = (int)((s.Threshold + (4 * s.Step)) * 10_000_000m);
        var ordinary = Gen.Choose(0, max).Select(i => i / 10_000_000m);
        return Gen.Frequency((3, Gen.Elements(EdgesOf(p))), (2, ordinary));
    }

    public static Gen<Concentrations> ConcentrationsGen() =>
        from cod in Concentration(Pollutant.ChemicalOxygenDemand)
        from mn in Concentration(Pollutant.PermanganateIndex)
        from nh3 in Concentration(Pollutant.AmmoniaNitrogen)
        from tp in Concentration(Pollutant.TotalPhosphorus)
        select new Concentrations(cod, mn, nh3, tp);

    public static Gen<WaterClass> ClassGen() => Gen.Elements(WaterClass.I, WaterClass.II, WaterClass.III, WaterClass.IV, WaterClass.V);

    public static Gen<SectionMonth> SectionMonthGen() =>
        from month in Gen.Choose(0, 119).Select(i => new YearMonth(2018, 1).PlusMonths(i))
        from functional in ClassGen()
        from target in ClassGen()
        from body in Gen.Elements(WaterBodyType.River, WaterBodyType.LakeOrReservoir)
        from dry in Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
        from hasInflow in Gen.Elements(true, false)
        from outflow in ConcentrationsGen()
        from inflow in ConcentrationsGen()
        select new SectionMonth(month, functional, target, body, dry, hasInflow, outflow, hasInflow ? inflow : null);

    public static Arbitrary<SectionMonth> SectionMonths() => Arb.From(SectionMonthGen());

    /// <summary>A pollutant index 0..3 (oxygen demand COD/CODMn, NH3-N, TP) and an increase, often a whole step or an ε.</summary>
    public static Arbitrary<Raise> Raises() => Arb.From(
        from which in Gen.Choose(0, 3)
        from delta in Gen.Frequency(
            (2, Gen.Elements(0m, Epsilon, 0.01m, 0.5m, 1m, 5m, 10m)),
            (1, Gen.Choose(0, 1_000_000).Select(i => i / 10_000m)))
        select new Raise(which, delta));

    /// <summary>A random district: 2–6 towns, 1–8 sections with 1–3 responsible towns, some flowing to another district.</summary>
    public static Arbitrary<District> Districts() => Arb.From(
        from townCount in Gen.Choose(2, 6)
        from sectionCount in Gen.Choose(1, 8)
        from specs in Gen.ArrayOf(
            from first in Gen.Choose(0, 5)
            from count in Gen.Choose(1, 3)
            from downstream in Gen.Choose(-1, 5)
            from x in SectionMonthGen()
            select (first, count, downstream, x), sectionCount)
        select District.Build(townCount, specs));

    public readonly record struct Raise(int Which, decimal Delta)
    {
        public SectionMonth Apply(SectionMonth x)
        {
            var o = x.Outflow;
            o = Which switch
            {
                0 => o with { ChemicalOxygenDemand = o.ChemicalOxygenDemand + Delta, PermanganateIndex = o.PermanganateIndex + Delta },
                1 => o with { AmmoniaNitrogen = o.AmmoniaNitrogen + Delta },
                2 => o with { TotalPhosphorus = o.TotalPhosphorus + Delta },
                _ => new Concentrations(o.ChemicalOxygenDemand + Delta, o.PermanganateIndex + Delta, o.AmmoniaNitrogen + Delta, o.TotalPhosphorus + Delta),
            };
            return x with { Outflow = o };
        }
    }

    public sealed record District(SectionRegistry Registry, MonthlyMonitoring[] Monitoring, YearMonth Month)
    {
        public static District Build(int townCount, (int First, int Count, int Downstream, SectionMonth X)[] specs)
        {
            var towns = Enumerable.Range(0, townCount).Select(i => "T" + i).ToArray();
            var month = new YearMonth(2019, 5);
            var sections = new List<Section>();
            var monitoring = new List<MonitoringRecordBuilder>();
            for (var i = 0; i < specs.Length; i++)
            {
                var (first, count, down, x) = specs[i];
                var responsible = Enumerable.Range(0, Math.Min(count, townCount)).Select(k => towns[(first + k) % townCount]).ToArray();
                var downstream = down < 0 ? null : towns[down % townCount];
                if (responsible.Length == 1 && downstream == responsible[0])
                {
                    // Spec 07 W-a: one responsible town never pays itself; the next town is downstream instead.
                    downstream = towns[(down + 1) % townCount];
                }

                sections.Add(new Section("S" + i, "section " + i, x.FunctionalClass, x.AssessmentTarget, x.BodyType, responsible, downstream, new YearMonth(2018, 1)));
                monitoring.Add(new MonitoringRecordBuilder("S" + i, x));
            }

            return new District(
                new SectionRegistry(towns, sections),
                monitoring.Select(m => new MonthlyMonitoring(m.Id, month, m.X.Dry, m.X.HasInflow, m.X.Outflow, m.X.Inflow)).ToArray(),
                month);
        }

        private sealed record MonitoringRecordBuilder(string Id, SectionMonth X);
    }
}
