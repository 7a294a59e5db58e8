using System.Collections.Generic;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.ForestAssessment;
using static Haidian.Rules.Cli.Modules.OperationContract;

namespace Haidian.Rules.Cli.Forest;

/// <summary>The calls <c>evaluate forest</c> accepts.</summary>
internal sealed partial class ForestModule
{
    public IReadOnlyList<OperationContract> Calls { get; } = new[]
    {
        Of("scorecard", "the 100-point scorecard of a town or forest farm, row by row (附件2 一)", typeof(ForestEvidence), "Scorecard", OptionalPart("earlierGrades", typeof(YearGrade[]), "grades of earlier years, for accountability")),
        Of("grade", "the grade of a score (附件2 二)", null, "{year, score, grade}", Arg("year", ArgumentKind.Integer, "the assessment year"), Arg("score", ArgumentKind.Number, "the total score")),
        Of("score", "grade and consequences of a bare score (spec 07 G-c, 附件2 二)", null, "ScoreAssessment", Arg("year", ArgumentKind.Integer, "the assessment year"), Arg("kind", ArgumentKind.Text, "Town or ForestFarm"), Arg("score", ArgumentKind.Number, "the total score"), OptionalPart("earlierGrades", typeof(YearGrade[]), "grades of earlier years")),
        Of("accountability", "three consecutive years graded 差, as of a year (附件2 二, spec 07 G-b)", null, "AccountabilityResult", Arg("kind", ArgumentKind.Text, "Town or ForestFarm"), Part("grades", typeof(YearGrade[]), "the grades by year"), Opt("asOfYear", ArgumentKind.Integer, "the year asked about; default the latest graded")),
        Of("progress", "the district against its 2020 targets (通知 二)", typeof(DistrictStatus), "TargetProgress"),
    };

    public JsonObject ParametersSchema() => JsonSchemas.Of(typeof(ForestAssessmentParameters));
}
