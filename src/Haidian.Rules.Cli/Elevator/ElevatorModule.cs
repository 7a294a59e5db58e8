using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.ElevatorSubsidy;

namespace Haidian.Rules.Cli.Elevator;

/// <summary>
/// The elevator-retrofit pilot (海行规发〔2017〕6号) on the command line: <c>evaluate elevator</c> takes one call as JSON,
/// chosen by <c>"operation"</c> (scope, consent, subsidy, operatingRight, timeline, portfolio), each with an <c>asOf</c> date.
/// </summary>
internal sealed partial class ElevatorModule : IModuleCommands
{
    private static readonly string[] Operations = { "scope", "consent", "eligibility", "subsidy", "operatingRight", "timeline", "portfolio" };

    public string Name => "elevator";

    public string Description => "既有多层住宅增设（适老化）电梯 — elevator retrofit pilot: scope, owner consent, subsidy per elevator, 海行规发〔2017〕6号";

    public JsonObject DefaultParameters() => (JsonObject)JsonNode.Parse(HaidianJson.Serialize(ElevatorSubsidyParameters.Gazette2017))!;

    public IReadOnlyList<ParameterCitation> ParameterCitations()
    {
        string Art(string article) => ElevatorSubsidyParameters.Document.WithArticle(article).ToString();
        return new[]
        {
            new ParameterCitation("version", "name of this parameter version", Art("落款 2017年7月3日")),
            new ParameterCitation("inForceFrom", "in force from the issue date 2017-07-03 (no commencement clause)", Art("落款 2017年7月3日")),
            new ParameterCitation("source", "the clause this parameter version comes from", Art("落款 2017年7月3日")),
            new ParameterCitation("minimumFloors", "4层以上 — minimum floors, included", Art("一")),
            new ParameterCitation("minimumUnitEntrances", "总数不少于3个单元门 — minimum unit entrances, included", Art("一")),
            new ParameterCitation("latestCompletionDate", "1998年底前建成投入使用 — latest completion date, included", Art("一")),
            new ParameterCitation("buildingsPerStreet", "每个街镇选取1栋 — pilot buildings per street/town", Art("一")),
            new ParameterCitation("oldCommunityWaives", "criteria the 2017 old-community clause waives (a reading)", Art("一")),
            new ParameterCitation("consentScope", "以单元门为单位 — whose owners consent is measured over: UnitEntrance or Building", Art("三（二）")),
            new ParameterCitation("consentAreaShare", "专有部分占建筑物总面积三分之二以上 — area share that must agree, included", Art("二、三（二）")),
            new ParameterCitation("consentOwnerShare", "占总人数三分之二以上 — owner share that must agree, included", Art("二、三（二）")),
            new ParameterCitation("municipalOrDistrictProperty", "市、区所有: 50% up to 300,000/台 (市、区财政); utilities up to 400,000/台 (市财政); power increase (区财政)", Art("四（二）")),
            new ParameterCitation("centralUnitProperty", "中央单位所有: 30% up to 180,000/台 (区财政); utilities up to 400,000/台 (区财政); power increase borne by the property unit", Art("四（三）")),
            new ParameterCitation("newTechnologyAllowancePerElevator", "新技术「适当补贴」 — no amount in the text: 0", Art("四（四）")),
            new ParameterCitation("newTechnologyPayer", "who pays the new-technology allowance — not stated", Art("四（四）")),
            new ParameterCitation("operatingRightMinimumYears", "10—20年的经营权 — shortest term, included", Art("三（一）")),
            new ParameterCitation("operatingRightMaximumYears", "10—20年的经营权 — longest term, included", Art("三（一）")),
            new ParameterCitation("maximumTenderedImplementingBodies", "原则上全区不超过5家 — tendered implementing bodies (more is a departure)", Art("三（一）")),
            new ParameterCitation("planDeadline", "2017年5月底前 — plan, bodies and sites fixed", Art("五")),
            new ParameterCitation("worksWindowStart", "2017年6月—10月底 — the first day of the works window, included", Art("五")),
            new ParameterCitation("worksDeadline", "2017年6月—10月底 — design, approval, installation", Art("五")),
            new ParameterCitation("inUseDeadline", "2017年12月底前 — accepted and in use", Art("五")),
            new ParameterCitation("disbursementDeadline", "2018年4月底前 — subsidy disbursed", Art("五")),
        };
    }

    public IModuleEvaluator CreateEvaluator(JsonObject? overrides)
    {
        var parameters = ModuleParameters.Merge(ElevatorSubsidyParameters.Gazette2017, overrides);
        try
        {
            return new Evaluator(new ElevatorSubsidyCalculator(parameters));
        }
        catch (ValidationException ex)
        {
            throw OperationInput.ParameterPaths(ex);
        }
    }

    public IReadOnlyList<Command> CreateCommands(CliContext context) => Array.Empty<Command>();

    private sealed class Evaluator : IModuleEvaluator
    {
        private readonly ElevatorSubsidyCalculator calculator;

        public Evaluator(ElevatorSubsidyCalculator calculator) => this.calculator = calculator;

        public string ParametersVersion => calculator.History.Versions[0].Version;

        public string Evaluate(JsonNode input)
        {
            var i = OperationInput.Open(input, "elevator", Operations);
            var asOf = i.Date("asOf");
            switch (i.Operation)
            {
                case "scope":
                    {
                        var building = i.Rest<Building>();
                        return HaidianJson.Serialize(i.Call(() => calculator.CheckScope(building!, asOf)));
                    }

                case "consent":
                    if (i.Has("owners"))
                    {
                        var roll = i.Rest<OwnerRoll>();
                        return HaidianJson.Serialize(i.Call(() => calculator.CheckConsent(roll!, asOf)));
                    }
                    else
                    {
                        var tally = i.Rest<ConsentTally>();
                        return HaidianJson.Serialize(i.Call(() => calculator.CheckConsent(tally!, asOf)));
                    }

                case "eligibility":
                    {
                        var application = i.Rest<BuildingApplication>();
                        return HaidianJson.Serialize(i.Call(() => calculator.CheckEligibility(application!, asOf)));
                    }

                case "subsidy":
                    {
                        var claim = i.Rest<SubsidyClaim>();
                        return HaidianJson.Serialize(i.Call(() => calculator.CalculateSubsidy(claim!, asOf)));
                    }

                case "operatingRight":
                    {
                        var years = i.Int("years");
                        var months = i.OptionalInt("months") ?? 0;
                        i.NoOtherFields("operation, asOf, years, months");
                        return HaidianJson.Serialize(i.Call(() => calculator.CheckOperatingRight(years, months, asOf)));
                    }

                case "timeline":
                    {
                        var timeline = i.Rest<ProjectTimeline>();
                        return HaidianJson.Serialize(i.Call(() => calculator.CheckTimeline(timeline!, asOf)));
                    }

                default:
                    {
                        var portfolio = i.Rest<PilotPortfolio>();
                        return HaidianJson.Serialize(i.Call(() => calculator.CheckPortfolio(portfolio!, asOf)));
                    }
            }
        }
    }
}
