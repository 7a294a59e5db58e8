using Haidian.Rules.CultivatedLand;
using Haidian.Rules.Deadlines;
using Haidian.Rules.ElevatorSubsidy;
using Haidian.Rules.ForestAssessment;
using Haidian.Rules.FundFees;
using Haidian.Rules.SmartHaidian;
using Haidian.Rules.Tests.CultivatedLand;
using Haidian.Rules.Tests.ElevatorSubsidy;
using Haidian.Rules.Tests.ForestAssessment;
using Haidian.Rules.Tests.FundFees;
using Haidian.Rules.Tests.SmartHaidian;
using Haidian.Rules.Tests.WasteSorting;
using Haidian.Rules.WasteSorting;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Tests.Core;

/// <summary>
/// Valid arguments for every entry point of <see cref="UndefinedEnumTests"/> that reaches an enum, by signature
/// (<see cref="UndefinedEnumTests.Signature"/>), built from the modules' test builders (the worked examples' records and the
/// contract tests' valid documents). Every optional member that holds an enum is set in at least one sample, so each enum
/// member is reached. A new entry point that reaches an enum fails the test until a sample is added here.
/// </summary>
internal static class UndefinedEnumSamples
{
    private static readonly LocalDate Day2017 = new(2017, 9, 1);
    private static readonly LocalDate Day2018 = new(2018, 6, 1);
    private static readonly LocalDate Day2019 = new(2019, 6, 1);

    public static readonly IReadOnlyDictionary<string, UndefinedEnumSample[]> ByEntryPoint = new Dictionary<string, UndefinedEnumSample[]>(StringComparer.Ordinal)
    {
        // CultivatedLand (海政办发〔2017〕38号)
        ["CultivatedLandCalculator.ctor(CultivatedLandParameters)"] = One(() => A(CultivatedLandParameters.Gazette2017)),
        ["CultivatedLandCalculator.Assess(CultivatedLandRecord)"] = One(() => A(
            HaidianJson.Deserialize<CultivatedLandRecord>(CultivatedLandCalculatorTests.ValidRecordJson))),
        ["CultivatedLandCalculator.CheckSuspension(SuspensionQuery)"] = One(() => A(HaidianJson.Deserialize<SuspensionQuery>(CultivatedLandCalculatorTests.ValidQueryJson))),

        // Deadlines
        ["DeadlineCalculator.ctor(IWorkingDayCalendar, DeadlineParameters)"] = One(() => A(WorkingDayCalendar.Official, DeadlineParameters.Gazette2017)),
        ["DeadlineCalculator.Calculate(DeadlineRule, LocalDate)"] = One(() => A(DeadlineParameters.Gazette2017.ExpropriationLawsuit, Day2018)),
        ["DeadlineCalculator.CalculateForQuarter(DeadlineRule, Int32, Int32)"] = One(() => A(DeadlineParameters.Gazette2017.FundQuarterlyCustodyReport, 2018, 2)),
        ["DeadlineCalculator.CalculateForYear(DeadlineRule, Int32)"] = One(() => A(DeadlineParameters.Gazette2017.FundAnnualCustodyReport, 2018)),
        ["DeadlineCalculator.MinimumDuration(LocalDate, Int32, PeriodUnit, String, Citation)"] = One(() => A(Day2018, 3, PeriodUnit.Months, null, null)),
        ["DeadlineCalculator.Period(LocalDate, Int32, PeriodUnit, String, Citation)"] = One(() => A(Day2018, 3, PeriodUnit.Months, null, null)),
        ["WorkingDayArithmetic.WorkingDaysBetween(IWorkingDayCalendar, LocalDate, LocalDate, BetweenConvention)"] = One(() => A(WorkingDayCalendar.Official, Day2018, Day2019, BetweenConvention.AfterStartThroughEnd)),

        // ElevatorSubsidy (海行规发〔2017〕6号)
        ["ElevatorSubsidyCalculator.ctor(ElevatorSubsidyParameters)"] = One(() => A(ElevatorSubsidyParameters.Gazette2017)),
        ["ElevatorSubsidyParameters.RuleFor(PropertyOwnership)"] = new[] { new UndefinedEnumSample(() => A(PropertyOwnership.Municipal), Target: () => ElevatorSubsidyParameters.Gazette2017) },
        ["ElevatorSubsidyCalculator.CalculateSubsidy(SubsidyClaim, LocalDate)"] = One(() => A(ElevatorSubsidyCalculatorTests.Claim(PropertyOwnership.District, 600_000m, 100_000m, 50_000m), ElevatorSubsidyCalculatorTests.AsOf)),
        ["ElevatorSubsidyCalculator.SubsidyAmount(SubsidyClaim, LocalDate)"] = One(() => A(ElevatorSubsidyCalculatorTests.Claim(PropertyOwnership.District, 600_000m, 100_000m, 50_000m), ElevatorSubsidyCalculatorTests.AsOf)),
        ["ElevatorSubsidyCalculator.CheckPortfolio(PilotPortfolio, LocalDate)"] = One(() => A(
            new PilotPortfolio(new[] { ElevatorSubsidyCalculatorTests.InScopeBuilding() }, new[] { new ImplementingBody("甲", ImplementingBodySelection.Tendered, 12) }),
            ElevatorSubsidyCalculatorTests.AsOf)),

        // ForestAssessment (海政办发〔2017〕29号)
        ["ForestAssessmentCalculator.ctor(ForestAssessmentParameters)"] = One(() => A(ForestAssessmentParameters.Gazette2017)),
        ["ForestAssessmentParameters.DefinitionOf(ScorecardRow)"] = new[] { new UndefinedEnumSample(() => A(ScorecardRow.Funding), Target: () => ForestAssessmentParameters.Gazette2017) },
        ["ForestAssessmentCalculator.AssessScore(Int32, UnitKind, Decimal)"] = One(() => A(2018, UnitKind.Town, 85m)),
        ["ForestAssessmentCalculator.AssessScore(Int32, UnitKind, Decimal, IReadOnlyList<YearGrade>)"] = One(() => A(2018, UnitKind.Town, 85m, Grades(2016, 2017))),
        ["ForestAssessmentCalculator.Calculate(ForestEvidence)"] = One(() => A(ForestAssessmentCalculatorTests.Sujiatuo2018)),
        ["ForestAssessmentCalculator.Calculate(ForestEvidence, IReadOnlyList<YearGrade>)"] = One(() => A(ForestAssessmentCalculatorTests.Sujiatuo2018, Grades(2016, 2017))),
        ["ForestAssessmentCalculator.CheckAccountability(UnitKind, IReadOnlyList<YearGrade>)"] = One(() => A(UnitKind.Town, Grades(2016, 2017, 2018))),
        ["ForestAssessmentCalculator.CheckAccountability(UnitKind, IReadOnlyList<YearGrade>, Int32)"] = One(() => A(UnitKind.Town, Grades(2016, 2017, 2018), 2018)),
        ["ForestAssessmentCalculator.Progress(DistrictStatus)"] = One(() => A(ForestAssessmentCalculatorTests.District2018)),

        // FundFees (海行规发〔2017〕8号, 海政办发〔2017〕34号)
        ["DevelopmentFundCalculator.ctor(DevelopmentFundParameters)"] = One(() => A(DevelopmentFundParameters.Gazette2017)),
        ["GuideFundCalculator.ctor(GuideFundParameters)"] = One(() => A(GuideFundParameters.Gazette2017)),
        ["GuideFundCalculator.CheckShare(Decimal, IReadOnlyList<Contributor>, LocalDate)"] = One(() => A(
            25_000_000m, new[] { new Contributor("区引导基金", 25_000_000m, ContributorRole.Government), new Contributor("甲投资公司", 75_000_000m) }, Day2018)),
        ["GuideFundCalculator.CheckParticipatingFund(ParticipatingFundTerms)"] = One(() => A(Fund<ParticipatingFundTerms>())),
        ["GuideFundCalculator.CheckCapitalCalls(CapitalCallHistory)"] = One(() => A(Fund<CapitalCallHistory>())),
        ["GuideFundCalculator.CheckInvestment(ProposedInvestment, LocalDate)"] = One(() => A(Fund<ProposedInvestment>(), Day2018)),
        ["GuideFundCalculator.Liquidate(Liquidation, LocalDate)"] = One(() => A(Fund<Liquidation>(), Day2018)),
        ["GuideFundCalculator.CheckBuyBack(BuyBack)"] = One(() => A(Fund<BuyBack>())),

        // SmartHaidian (海政发〔2017〕21号)
        ["SmartHaidianCalculator.ctor(SmartHaidianParameters)"] = One(() => A(SmartHaidianParameters.Gazette2017)),
        ["SmartHaidianCalculator.ctor(SmartHaidianParameters, IWorkingDayCalendar)"] = One(() => A(SmartHaidianParameters.Gazette2017, WorkingDayCalendar.Official)),
        ["SmartHaidianCalculator.CheckProject(ProjectRecord)"] = One(() => A(SmartHaidianRecords.P() with
        {
            Stop = new ConstructionStop(SmartHaidianRecords.D(2019, 6, 1)),
            Adjustments = new[] { new Adjustment(AdjustmentKind.Budget, SmartHaidianRecords.D(2019, 5, 6), SmartHaidianRecords.D(2019, 5, 6), true) },
        })),
        ["SmartHaidianCalculator.CheckDraftList(DraftList)"] = One(() => A(SmartHaidianRecords.List2019(alternate: true))),

        // WasteSorting (海政办发〔2017〕46号)
        ["WasteSortingCalculator.ctor(WasteSortingParameters)"] = One(() => A(WasteSortingParameters.Gazette2017)),
        ["WasteSortingStandards.ctor(WasteSortingParameters)"] = One(() => A(WasteSortingParameters.Gazette2017)),
        ["WasteSortingCalculator.Calculate(EstateMonth)"] = One(() => A(WasteSortingCalculatorTests.K1)),
        ["WasteSortingCalculator.ConstructionSubsidy(ConstructionSubsidyClaim)"] = One(() => A(
            new ConstructionSubsidyClaim("万寿路甲15号院", "华清物业", CollectionMode.CentralizedStation, true, new LocalDate(2017, 11, 20), 86_500m, 83_212.40m))),
        ["WasteSortingCalculator.Statement(String, YearMonth, IEnumerable<EstateMonth>)"] = One(() => A("万寿路街道", new YearMonth(2018, 3), new[] { WasteSortingCalculatorTests.K1 })),
        ["WasteSortingCalculator.YearStatement(String, Int32, IEnumerable<EstateMonth>)"] = One(() => A("万寿路街道", 2018, new[] { WasteSortingCalculatorTests.K1 })),

        // WaterCompensation (海行规发〔2017〕7号)
        ["WaterCompensationCalculator.ctor(WaterCompensationParameters)"] = One(() => A(WaterCompensationParameters.Gazette2017 with { ConcentrationRounding = new ConcentrationRounding(0, 1, 2, 2) })),
        ["WaterCompensationCalculator.Amount(in SectionMonth)"] = One(() => A(Water.SectionMonth)),
        ["WaterCompensationCalculator.Amounts(IReadOnlyList<SectionMonth>)"] = One(() => A(new[] { Water.SectionMonth })),
        ["WaterCompensationCalculator.Amounts(ReadOnlySpan<SectionMonth>, Span<Decimal>)"] = new[]
        {
            new UndefinedEnumSample(
                () => A(new[] { Water.SectionMonth }, new decimal[1]),
                Target: () => new WaterCompensationCalculator(),
                Call: (calculator, args) => ((WaterCompensationCalculator)calculator!).Amounts((SectionMonth[])args[0]!, (decimal[])args[1]!),
                ArgumentTypes: new[] { typeof(SectionMonth[]), typeof(decimal[]) }),
        },
        ["WaterCompensationCalculator.Calculate(in SectionMonth)"] = One(() => A(Water.SectionMonth)),
        ["WaterCompensationCalculator.Calculate(in SectionMonth, String)"] = One(() => A(Water.SectionMonth, "S1")),
        ["WaterCompensationCalculator.Calculate(Section, MonthlyMonitoring)"] = One(() => A(Water.Section, Water.Monitoring)),
        ["SectionRegistry.ctor(IEnumerable<String>, IEnumerable<Section>)"] = One(() => A(new[] { "A", "B" }, new[] { Water.Section })),
        ["SectionMonthBatch.Add(in SectionMonth)"] = new[] { new UndefinedEnumSample(() => A(Water.SectionMonth), Target: () => new SectionMonthBatch()) },
        ["SectionMonthBatch.From(ReadOnlySpan<SectionMonth>)"] = new[]
        {
            new UndefinedEnumSample(
                () => A(new[] { Water.SectionMonth }),
                Call: (_, args) => SectionMonthBatch.From((SectionMonth[])args[0]!),
                ArgumentTypes: new[] { typeof(SectionMonth[]) }),
        },
        ["ClassLimits.LimitOf(WaterClass)"] = new[] { new UndefinedEnumSample(() => A(WaterClass.III), Target: () => WaterCompensationParameters.Gazette2017.AmmoniaNitrogenLimits) },
        ["ConcentrationRounding.Round(Pollutant, Decimal)"] = new[] { new UndefinedEnumSample(() => A(Pollutant.AmmoniaNitrogen, 1.234m), Target: () => new ConcentrationRounding(0, 1, 2, 2)) },
        ["ConcentrationRounding.DecimalsOf(Pollutant)"] = new[] { new UndefinedEnumSample(() => A(Pollutant.AmmoniaNitrogen), Target: () => new ConcentrationRounding(0, 1, 2, 2)) },
        ["Concentrations.Of(Pollutant)"] = new[] { new UndefinedEnumSample(() => A(Pollutant.AmmoniaNitrogen), Target: () => Water.SectionMonth.Outflow) },
        ["WaterCompensationParameters.LimitsFor(Pollutant, WaterBodyType)"] = new[] { new UndefinedEnumSample(() => A(Pollutant.TotalPhosphorus, WaterBodyType.River), Target: () => WaterCompensationParameters.Gazette2017) },
        ["WaterCompensationParameters.SurchargeFor(Pollutant)"] = new[] { new UndefinedEnumSample(() => A(Pollutant.AmmoniaNitrogen), Target: () => WaterCompensationParameters.Gazette2017) },
        ["WaterCompensationParameters.OxygenDemandIndicatorFor(WaterClass)"] = One(() => A(WaterClass.III)),
    };

    private static UndefinedEnumSample[] One(Func<object?[]> arguments) => new[] { new UndefinedEnumSample(arguments) };

    private static object?[] A(params object?[] arguments) => arguments;

    private static YearGrade[] Grades(params int[] years) => years.Select(y => new YearGrade(y, Grade.Good)).ToArray();

    /// <summary>The fund contract tests' valid document of <typeparamref name="T"/> (every optional member set).</summary>
    private static T Fund<T>()
    {
        foreach (var row in FundFeesTests.ValidInputs())
        {
            if ((string)row[0] == typeof(T).Name)
            {
                return HaidianJson.Deserialize<T>(((Func<string>)row[1])());
            }
        }

        throw new InvalidOperationException("FundFeesTests.ValidInputs has no " + typeof(T).Name);
    }

    /// <summary>Valid water inputs (the contract tests' documents).</summary>
    private static class Water
    {
        public static SectionMonth SectionMonth => HaidianJson.Deserialize<SectionMonth>("""
            {"month":"2018-03","functionalClass":"III","assessmentTarget":"III","bodyType":"River","dry":false,"hasInflow":true,
             "outflow":{"permanganateIndex":8,"ammoniaNitrogen":1.2,"totalPhosphorus":0.6},
             "inflow":{"permanganateIndex":9,"ammoniaNitrogen":1.0,"totalPhosphorus":0.7}}
            """);

        public static Section Section => HaidianJson.Deserialize<Section>("""
            {"id":"S1","name":"S1 A→B","functionalClass":"IV","assessmentTarget":"III","bodyType":"River","responsibleTowns":["A"],
             "downstream":"B","validFrom":"2018-01","validTo":"2019-12"}
            """);

        public static MonthlyMonitoring Monitoring => HaidianJson.Deserialize<MonthlyMonitoring>("""
            {"sectionId":"S1","month":"2018-03","dry":false,"hasInflow":true,
             "outflow":{"chemicalOxygenDemand":52,"ammoniaNitrogen":3.2,"totalPhosphorus":0.35},
             "inflow":{"chemicalOxygenDemand":50,"ammoniaNitrogen":3,"totalPhosphorus":0.3}}
            """);
    }
}
