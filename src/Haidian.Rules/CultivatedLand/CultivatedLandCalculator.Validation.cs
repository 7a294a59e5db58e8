using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Haidian.Rules.CultivatedLand;

/// <summary>Input checks (spec 08 "Bad input"): every problem with its field path and code, before anything is computed.</summary>
public sealed partial class CultivatedLandCalculator
{
    private static void CheckRecord(Validator v, CultivatedLandParameters p, CultivatedLandRecord r)
    {
        var unitTypeKnown = false;
        if (v.Required("unit", r.Unit))
        {
            v.RequiredText("unit.name", r.Unit.Name);
            unitTypeKnown = v.Defined("unit.type", r.Unit.Type);
        }

        v.Defined("areaUnit", r.AreaUnit);
        Target(v, "cultivatedLand", r.CultivatedLand);
        Target(v, "basicFarmland", r.BasicFarmland);
        var scaleOk = CheckScale(v, r);
        CheckOccupations(v, r, scaleOk);
        CheckIllegalCases(v, r.IllegalCases);
        if (r.Survey is { } s)
        {
            OptionalArea(v, "survey.cultivatedArea", s.CultivatedArea);
            OptionalArea(v, "survey.ecologicalRetirementArea", s.EcologicalRetirementArea);
        }

        var yearOk = r.Year >= p.FirstPeriodStartYear && r.Year <= MaximumYear;
        if (r.SelfCheckReportedOn is { } reported)
        {
            if (unitTypeKnown && !p.SelfCheckUnitTypes.Contains(r.Unit!.Type))
            {
                v.Inconsistent("selfCheckReportedOn", $"a {r.Unit.Type} has no self-check duty: 三（一） names {string.Join(", ", p.SelfCheckUnitTypes)}");
            }

            if (yearOk && reported.Year <= r.Year)
            {
                v.Inconsistent("selfCheckReportedOn", $"must be after the year {r.Year}: the self-check looks back at 「上一年度」 (got {reported:uuuu-MM-dd})");
            }
        }

        if (r.Outstanding == true && yearOk)
        {
            if (!IsAssessmentYearStatic(p, r.Year))
            {
                v.Inconsistent("outstanding", $"{r.Year} is not an assessment year: 成绩突出 follows a period assessment (三, R3)");
            }

            if (unitTypeKnown && !p.CommendationUnitTypes.Contains(r.Unit!.Type))
            {
                v.Inconsistent("outstanding", $"a {r.Unit.Type} cannot be commended: 五（二） names {string.Join(", ", p.CommendationUnitTypes)}");
            }
        }
    }

    private static bool IsAssessmentYearStatic(CultivatedLandParameters p, int year) => RoleOf(PeriodOf(p, year), year) != AssessmentRole.Annual;

    private static void Target(Validator v, string path, AreaTarget? t)
    {
        if (v.Required(path, t))
        {
            AreaField(v, Validator.Field(path, "target"), t!.Target);
            AreaField(v, Validator.Field(path, "actual"), t.Actual);
        }
    }

    private static bool AreaField(Validator v, string path, decimal value) => v.InRange(path, value, 0m, MaximumArea);

    private static void OptionalArea(Validator v, string path, decimal? value)
    {
        if (value is { } a)
        {
            AreaField(v, path, a);
        }
    }

    private static bool PositiveArea(Validator v, string path, decimal value)
    {
        if (value <= 0m)
        {
            v.OutOfRange(path, "must be greater than 0 (got " + Validator.Format(value) + ")");
            return false;
        }

        return AreaField(v, path, value);
    }

    private static bool CheckScale(Validator v, CultivatedLandRecord r)
    {
        if (r.QualityScale is not { } s)
        {
            if (r.Occupations is { Count: > 0 })
            {
                v.Add("qualityScale", ErrorCode.Required, "is required when occupations are listed: the text names no grading scale (R6)");
            }

            return false;
        }

        if (s.BestGrade == s.WorstGrade)
        {
            v.Invalid("qualityScale.worstGrade", $"must differ from bestGrade (both {s.BestGrade})");
            return false;
        }

        return true;
    }

    private static void GradeField(Validator v, string path, int? grade, decimal area, QualityScale? scale, bool scaleOk)
    {
        if (grade is not { } g)
        {
            if (area > 0m)
            {
                v.Add(path, ErrorCode.Required, "is required when its area is greater than 0");
            }

            return;
        }

        if (scaleOk)
        {
            var low = System.Math.Min(scale!.BestGrade, scale.WorstGrade);
            var high = System.Math.Max(scale.BestGrade, scale.WorstGrade);
            if (g < low || g > high)
            {
                v.OutOfRange(path, $"must be on the scale {scale.BestGrade} (best) to {scale.WorstGrade} (worst) (got {g})");
            }
        }
    }

    private static void CheckOccupations(Validator v, CultivatedLandRecord r, bool scaleOk)
    {
        if (r.Occupations is null)
        {
            v.Add("occupations", ErrorCode.Required, "is required (an empty list means no occupation in the year)");
            return;
        }

        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        var lastDay = r.Year is >= 1 and <= MaximumYear ? new LocalDate(r.Year, 12, 31) : (LocalDate?)null;
        for (var i = 0; i < r.Occupations.Count; i++)
        {
            var path = Validator.Index("occupations", i);
            var o = r.Occupations[i];
            if (!v.Required(path, o))
            {
                continue;
            }

            if (v.RequiredText(Validator.Field(path, "id"), o.Id) && !ids.Add(o.Id))
            {
                v.Inconsistent(Validator.Field(path, "id"), $"'{o.Id}' is listed more than once");
            }

            if (lastDay is { } end && o.ApprovedOn > end)
            {
                v.Inconsistent(Validator.Field(path, "approvedOn"), $"must be on or before {end:uuuu-MM-dd}, the end of the year assessed (got {o.ApprovedOn:uuuu-MM-dd})");
            }

            var occupiedOk = PositiveArea(v, Validator.Field(path, "occupiedArea"), o.OccupiedArea);
            GradeField(v, Validator.Field(path, "occupiedGrade"), o.OccupiedGrade, o.OccupiedArea, r.QualityScale, scaleOk);
            AreaField(v, Validator.Field(path, "supplementedArea"), o.SupplementedArea);
            GradeField(v, Validator.Field(path, "supplementedGrade"), o.SupplementedGrade, o.SupplementedArea, r.QualityScale, scaleOk);
            if (AreaField(v, Validator.Field(path, "occupiedBasicFarmlandArea"), o.OccupiedBasicFarmlandArea) && occupiedOk && o.OccupiedBasicFarmlandArea > o.OccupiedArea)
            {
                v.Inconsistent(Validator.Field(path, "occupiedBasicFarmlandArea"), $"the 基本农田 part {Validator.Format(o.OccupiedBasicFarmlandArea)} exceeds the occupied area {Validator.Format(o.OccupiedArea)}: a part never exceeds its whole");
            }

            GradeField(v, Validator.Field(path, "occupiedBasicFarmlandGrade"), o.OccupiedBasicFarmlandGrade, o.OccupiedBasicFarmlandArea, r.QualityScale, scaleOk);
            AreaField(v, Validator.Field(path, "redesignatedArea"), o.RedesignatedArea);
            GradeField(v, Validator.Field(path, "redesignatedGrade"), o.RedesignatedGrade, o.RedesignatedArea, r.QualityScale, scaleOk);
        }
    }

    private static void CheckIllegalCases(Validator v, IReadOnlyList<IllegalCase>? cases)
    {
        if (cases is null)
        {
            return;
        }

        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < cases.Count; i++)
        {
            var path = Validator.Index("illegalCases", i);
            var c = cases[i];
            if (!v.Required(path, c))
            {
                continue;
            }

            if (v.RequiredText(Validator.Field(path, "id"), c.Id) && !ids.Add(c.Id))
            {
                v.Inconsistent(Validator.Field(path, "id"), $"'{c.Id}' is listed more than once");
            }

            v.Defined(Validator.Field(path, "landType"), c.LandType);
            PositiveArea(v, Validator.Field(path, "area"), c.Area);
        }
    }

    private static void CheckQuery(Validator v, CultivatedLandParameters? p, SuspensionQuery q)
    {
        if (v.Required("result", q.Result))
        {
            v.Defined("result.unitType", q.Result.UnitType);
            if (q.Result.Verdict is { } verdict && v.Defined("result.verdict", verdict) && p is not null && !IsAssessmentYearStatic(p, q.Result.Year))
            {
                v.Inconsistent("result.verdict", $"{q.Result.Year} is not an assessment year, so there is no verdict (三: only the mid-term and end-of-term years are assessed)");
            }
        }

        if (v.Required("project", q.Project))
        {
            v.RequiredText("project.id", q.Project.Id);
            v.Defined("project.infrastructureCategory", q.Project.InfrastructureCategory);
            v.Defined("project.approvalAuthority", q.Project.ApprovalAuthority);
            v.Defined("project.approvalAct", q.Project.ApprovalAct);
        }

        if (q.Rectification is { } rect)
        {
            if (rect.Deadline is { } deadline && deadline < rect.OrderedOn)
            {
                v.Inconsistent("rectification.deadline", $"must not be before orderedOn {rect.OrderedOn:uuuu-MM-dd} (got {deadline:uuuu-MM-dd})");
            }

            if (rect.CompletedOn is { } completed && completed < rect.OrderedOn)
            {
                v.Inconsistent("rectification.completedOn", $"must not be before orderedOn {rect.OrderedOn:uuuu-MM-dd} (got {completed:uuuu-MM-dd})");
            }

            if (q.Result is { } result && result.Year <= MaximumYear && rect.OrderedOn.Year <= result.Year)
            {
                v.Inconsistent("rectification.orderedOn", $"must be after the year assessed, {result.Year}: the assessment follows the year (R1) (got {rect.OrderedOn:uuuu-MM-dd})");
            }
        }
    }
}
