using System.Collections.Generic;
using System.Linq;
using Haidian.Rules.Deadlines;
using NodaTime;
using static Haidian.Rules.CultivatedLand.CultivatedLandTexts;

namespace Haidian.Rules.CultivatedLand;

/// <summary>The rules of 二, 三 and 五, one method per clause, each line with its arithmetic and citation.</summary>
public sealed partial class CultivatedLandCalculator
{
    private CultivatedLandResult Evaluate(CultivatedLandParameters p, CultivatedLandRecord r)
    {
        var period = PeriodOf(p, r.Year);
        var role = RoleOf(period, r.Year);
        var type = r.Unit.Type;
        var kind = role != AssessmentRole.Annual ? AssessmentKind.PeriodAssessment
            : p.InspectedUnitTypes.Contains(type) ? AssessmentKind.AnnualInspection
            : AssessmentKind.IndicatorsOnly;
        var scale = r.QualityScale;
        var indicators = new List<IndicatorResult>
        {
            TargetIndicator(p, LandIndicator.CultivatedLandRetention, r.CultivatedLand, r.AreaUnit, Retention, RetentionQuote),
            TargetIndicator(p, LandIndicator.BasicFarmlandProtection, r.BasicFarmland, r.AreaUnit, Protection, ProtectionQuote),
            Balance(p, r.Occupations, scale, r.AreaUnit),
            Redesignation(p, r.Occupations, scale, r.AreaUnit),
            IllegalCases(p, r.IllegalCases, r.AreaUnit),
            SurveyData(p, r.Survey, r.CultivatedLand.Actual, r.AreaUnit),
        };

        AssessmentVerdict? verdict = null;
        if (kind == AssessmentKind.PeriodAssessment)
        {
            verdict = indicators.Where(i => i.Kind == IndicatorKind.Pass).All(i => i.Met == true) ? AssessmentVerdict.Qualified : AssessmentVerdict.Unqualified;
        }

        if (r.Outstanding == true && verdict == AssessmentVerdict.Unqualified)
        {
            throw Validator.Error("outstanding", ErrorCode.Inconsistent, "成绩突出 cannot be found for a unit assessed 不合格 (五（二） commends units that completed their targets)");
        }

        var warnings = new List<IndicatorWarning>();
        if (kind == AssessmentKind.AnnualInspection)
        {
            foreach (var i in indicators.Where(i => i.Kind == IndicatorKind.Pass && i.Met == false))
            {
                var text = i.Shortfall > 0m
                    ? $"{i.Name} short {Area(i.Shortfall, r.AreaUnit)}"
                    : $"{i.Name} not met: {i.Lines.First(l => l.Outcome == LineOutcome.NotMet).Arithmetic}";
                warnings.Add(new IndicatorWarning(i.Indicator, text + " (预警, 「" + InspectionQuote + "」)", i.Shortfall, Inspection));
            }
        }

        var dues = new List<LandDueDate>();
        if (p.SelfCheckUnitTypes.Contains(type))
        {
            dues.Add(SelfCheckDue(r.Year));
        }

        if (p.InspectedUnitTypes.Contains(type))
        {
            dues.Add(InspectionDue(r.Year));
        }

        var findings = new List<Finding>();
        findings.AddRange(OpenCaseFindings(p, r.IllegalCases, r.AreaUnit));
        if (r.SelfCheckReportedOn is { } reported && dues.Count > 0 && dues[0] is { BeforeIssue: false } due && reported > due.LastDay)
        {
            var late = NodaTime.Period.Between(due.LastDay, reported, PeriodUnits.Days).Days;
            findings.Add(new Finding("selfCheckLate", Severity.Violation, $"self-check of {r.Year} reported on {reported:uuuu-MM-dd}, {late} day(s) after the due date {due.LastDay:uuuu-MM-dd} (「{SelfCheckQuote}」)", SelfCheck));
        }

        var consequences = verdict is { } vd ? Consequences(p, type, vd, r.Outstanding) : new List<LandConsequence>();
        var illegal = r.IllegalCases is null ? null : Summary(r.IllegalCases);
        var survey = r.Survey is { } s ? new SurveyComparison(s.CultivatedArea, r.CultivatedLand.Actual, s.CultivatedArea - r.CultivatedLand.Actual, s.EcologicalRetirementArea) : null;
        return new CultivatedLandResult(
            r.Unit.Name, type, r.Year, r.AreaUnit, kind, role, period, verdict, verdict is { } t ? Verdict(t) : null,
            indicators, illegal, survey, warnings, findings, consequences, dues, Obligations(role), NotComputedItems, Provenance.Of(p));
    }

    private static IndicatorResult Indicator(CultivatedLandParameters p, LandIndicator indicator, bool? met, decimal shortfall, IReadOnlyList<IndicatorLine> lines, Citation citation) =>
        new((int)indicator, indicator, IndicatorName(indicator), p.IsPass(indicator) ? IndicatorKind.Pass : IndicatorKind.Reference, met, shortfall, lines, citation);

    /// <summary>The shortfall of a difference, or zero at its scale, so that a shortfall of nothing prints as <c>0.00</c> beside <c>1,250.00</c>.</summary>
    private static decimal Shortfall(decimal difference) =>
        difference > 0m ? difference : new decimal(0, 0, 0, false, (byte)((decimal.GetBits(difference)[3] >> 16) & 0xFF));

    /// <summary>二（一）（二）: 不得低于 — actual ≥ target; equal is met.</summary>
    private static IndicatorResult TargetIndicator(CultivatedLandParameters p, LandIndicator indicator, AreaTarget t, AreaUnit unit, Citation citation, string quote)
    {
        var met = t.Actual >= t.Target;
        var shortfall = Shortfall(t.Target - t.Actual);
        var name = IndicatorName(indicator);
        var arithmetic = met
            ? $"{Area(t.Actual, unit)} ≥ {Area(t.Target, unit)} → met, shortfall {Area(shortfall, unit)} (「{quote}」)"
            : $"{Area(t.Actual, unit)} < {Area(t.Target, unit)} → not met, short {Area(t.Target, unit)} − {Area(t.Actual, unit)} = {Area(shortfall, unit)} (「{quote}」)";
        var line = new IndicatorLine(name, met ? LineOutcome.Met : LineOutcome.NotMet, shortfall, arithmetic, citation);
        return Indicator(p, indicator, met, shortfall, new[] { line }, citation);
    }

    /// <summary>Not worse on the caller's scale: towards best or equal.</summary>
    private static bool NotWorse(QualityScale scale, int given, int owed) => scale.BestGrade < scale.WorstGrade ? given <= owed : given >= owed;

    private static string ScaleText(QualityScale scale) => $"scale {scale.BestGrade} best … {scale.WorstGrade} worst";

    private static string GradeText(QualityScale scale, int given, int owed, out bool ok)
    {
        ok = NotWorse(scale, given, owed);
        return $"grade {Grade(given)} {(ok ? "not worse than" : "worse than")} {Grade(owed)} ({ScaleText(scale)})";
    }

    /// <summary>二（三） 耕地占补平衡: for every occupation, supplemented area ≥ occupied area and grade not worse (R5–R7).</summary>
    private static IndicatorResult Balance(CultivatedLandParameters p, IReadOnlyList<Occupation> occupations, QualityScale? scale, AreaUnit unit) =>
        Pairs(p, LandIndicator.OccupationBalance, occupations.Select(o => new Pair(o.Id, o.OccupiedArea, o.OccupiedGrade, o.SupplementedArea, o.SupplementedGrade)).ToList(), occupations.Count == 0 ? "no occupation listed: nothing owed → met (R7)" : null, new List<IndicatorLine>(), scale, unit, "supplemented", "occupied");

    /// <summary>二（三） 基本农田补划: for every occupation with a 基本农田 part, redesignated area ≥ that part and grade not worse (R5–R7).</summary>
    private static IndicatorResult Redesignation(CultivatedLandParameters p, IReadOnlyList<Occupation> occupations, QualityScale? scale, AreaUnit unit)
    {
        var owed = occupations.Where(o => o.OccupiedBasicFarmlandArea > 0m)
            .Select(o => new Pair(o.Id, o.OccupiedBasicFarmlandArea, o.OccupiedBasicFarmlandGrade ?? 0, o.RedesignatedArea, o.RedesignatedGrade)).ToList();
        var extra = occupations.Where(o => o.OccupiedBasicFarmlandArea == 0m && o.RedesignatedArea > 0m)
            .Select(o => new IndicatorLine(o.Id, LineOutcome.NotRequired, 0m, $"{Area(o.RedesignatedArea, unit)} redesignated, no 基本农田 occupied → not required, no effect (R7)", Balance_))
            .ToList();
        return Pairs(p, LandIndicator.BasicFarmlandRedesignation, owed, owed.Count == 0 ? "no 基本农田 occupied: nothing owed → met (R7)" : null, extra, scale, unit, "redesignated", "基本农田 occupied");
    }

    private static readonly Citation Balance_ = CultivatedLandTexts.Balance;

    private sealed record Pair(string Id, decimal Owed, int OwedGrade, decimal Given, int? GivenGrade);

    private static IndicatorResult Pairs(CultivatedLandParameters p, LandIndicator indicator, List<Pair> pairs, string? nothingOwed, List<IndicatorLine> extra, QualityScale? scale, AreaUnit unit, string given, string owed)
    {
        var lines = new List<IndicatorLine>();
        var citation = Balance_;
        var quote = " (「" + BalanceQuote + "」)";
        decimal shortfall = 0m;
        if (nothingOwed is not null)
        {
            lines.Add(new IndicatorLine(IndicatorName(indicator), LineOutcome.NotRequired, 0m, nothingOwed, citation));
        }
        else if (p.BalanceBasis == BalanceBasis.PerOccupation)
        {
            foreach (var x in pairs)
            {
                var areaOk = x.Given >= x.Owed;
                var s = Shortfall(x.Owed - x.Given);
                shortfall += s;
                var areaText = areaOk
                    ? $"{given} {Area(x.Given, unit)} ≥ {owed} {Area(x.Owed, unit)}, shortfall {Area(s, unit)}"
                    : $"{given} {Area(x.Given, unit)} < {owed} {Area(x.Owed, unit)}, short {Area(s, unit)}";
                var qualityOk = false;
                string qualityText;
                if (x.Given == 0m || x.GivenGrade is null)
                {
                    qualityText = "quality not assessed (nothing " + given + ")";
                }
                else
                {
                    qualityText = GradeText(scale!, x.GivenGrade.Value, x.OwedGrade, out qualityOk);
                }

                var ok = areaOk && qualityOk;
                lines.Add(new IndicatorLine(x.Id, ok ? LineOutcome.Met : LineOutcome.NotMet, s, $"{areaText}; {qualityText} → {(ok ? "met" : "not met")}{quote}", citation));
            }
        }
        else
        {
            var sumGiven = pairs.Sum(x => x.Given);
            var sumOwed = pairs.Sum(x => x.Owed);
            var areaOk = sumGiven >= sumOwed;
            shortfall = Shortfall(sumOwed - sumGiven);
            var terms = string.Join(" + ", pairs.Select(x => Area(x.Given)));
            var owedTerms = string.Join(" + ", pairs.Select(x => Area(x.Owed)));
            lines.Add(new IndicatorLine(
                "all occupations (aggregate area, R5)",
                areaOk ? LineOutcome.Met : LineOutcome.NotMet,
                shortfall,
                $"{given} {terms} = {Area(sumGiven, unit)} {(areaOk ? "≥" : "<")} {owed} {owedTerms} = {Area(sumOwed, unit)} → {(areaOk ? "met" : "not met")}, {(areaOk ? "shortfall" : "short")} {Area(shortfall, unit)}{quote}",
                citation));
            foreach (var x in pairs)
            {
                if (x.Given == 0m || x.GivenGrade is null)
                {
                    lines.Add(new IndicatorLine(x.Id, LineOutcome.NotAssessed, 0m, $"nothing {given}: quality not assessed, no grade (R5)", citation));
                    continue;
                }

                var text = GradeText(scale!, x.GivenGrade.Value, x.OwedGrade, out var ok);
                lines.Add(new IndicatorLine(x.Id, ok ? LineOutcome.Met : LineOutcome.NotMet, 0m, $"{text} → {(ok ? "met" : "not met")} (quality stays per occupation, R5)", citation));
            }
        }

        lines.AddRange(extra);
        var met = lines.All(l => l.Outcome != LineOutcome.NotMet);
        return Indicator(p, indicator, met, shortfall, lines, citation);
    }

    private static string MissingSteps(IllegalCase c)
    {
        var missing = new List<string>();
        if (!c.Investigated)
        {
            missing.Add("查处");
        }

        if (!c.CorrectionOrdered)
        {
            missing.Add("责令改正");
        }

        if (!c.StructuresRemoved)
        {
            missing.Add("拆除违法建筑物和其他设施");
        }

        if (!c.PlantingRestored)
        {
            missing.Add("恢复原种植条件");
        }

        return string.Join(", ", missing);
    }

    private static bool Handled(IllegalCase c) => c.Investigated && c.CorrectionOrdered && c.StructuresRemoved && c.PlantingRestored;

    private static string LandWord(IllegalLandType t) => t == IllegalLandType.BasicFarmland ? "基本农田" : "耕地";

    /// <summary>二（四） 违法用地查处情况 (a reference indicator by default, R4): a case is handled when all four steps are done.</summary>
    private static IndicatorResult IllegalCases(CultivatedLandParameters p, IReadOnlyList<IllegalCase>? cases, AreaUnit unit)
    {
        var lines = new List<IndicatorLine>();
        if (cases is null)
        {
            lines.Add(new IndicatorLine(IndicatorName(LandIndicator.IllegalCaseHandling), LineOutcome.Reported, 0m, "no illegal cases given", Illegal));
            return Indicator(p, LandIndicator.IllegalCaseHandling, true, 0m, lines, Illegal);
        }

        var s = Summary(cases);
        lines.Add(new IndicatorLine(
            "cases",
            LineOutcome.Reported,
            0m,
            $"{s.Cases} case(s), {Area(s.Area, unit)} ({Area(s.CultivatedArea, unit)} 耕地 + {Area(s.BasicFarmlandArea, unit)} 基本农田); {s.Handled} handled, {s.Open} open",
            Illegal));
        foreach (var c in cases)
        {
            var handled = Handled(c);
            lines.Add(new IndicatorLine(
                c.Id,
                handled ? LineOutcome.Met : LineOutcome.NotMet,
                0m,
                handled
                    ? $"{LandWord(c.LandType)} {Area(c.Area, unit)}: 查处, 责令改正, 拆除, 恢复 all done → handled"
                    : $"{LandWord(c.LandType)} {Area(c.Area, unit)}: missing {MissingSteps(c)} → open (「{IllegalQuote}」)",
                Illegal));
        }

        return Indicator(p, LandIndicator.IllegalCaseHandling, s.Open == 0, 0m, lines, Illegal);
    }

    private static IllegalCaseSummary Summary(IReadOnlyList<IllegalCase> cases)
    {
        var cultivated = cases.Where(c => c.LandType == IllegalLandType.Cultivated).Sum(c => c.Area);
        var basic = cases.Where(c => c.LandType == IllegalLandType.BasicFarmland).Sum(c => c.Area);
        var handled = cases.Count(Handled);
        return new IllegalCaseSummary(cases.Count, cultivated + basic, cultivated, basic, handled, cases.Count - handled);
    }

    private static IEnumerable<Finding> OpenCaseFindings(CultivatedLandParameters p, IReadOnlyList<IllegalCase>? cases, AreaUnit unit)
    {
        if (cases is null)
        {
            yield break;
        }

        var effect = p.IsPass(LandIndicator.IllegalCaseHandling) ? "a pass indicator under these parameters: the verdict fails" : "reference indicator, verdict unaffected (R4)";
        foreach (var c in cases.Where(c => !Handled(c)))
        {
            yield return new Finding("illegalCaseOpen", Severity.Violation, $"{c.Id} ({LandWord(c.LandType)}, {Area(c.Area, unit)}): missing {MissingSteps(c)}; {effect}", Illegal);
        }
    }

    /// <summary>二 L3734: the change-survey figures, reported beside indicator 1, never compared with a standard (R9).</summary>
    private static IndicatorResult SurveyData(CultivatedLandParameters p, LandSurvey? survey, decimal verified, AreaUnit unit)
    {
        var lines = new List<IndicatorLine>();
        if (survey is null)
        {
            lines.Add(new IndicatorLine(IndicatorName(LandIndicator.SurveyData), LineOutcome.Reported, 0m, "no survey figures given", Sorting));
        }
        else
        {
            lines.Add(new IndicatorLine(
                "耕地面积 (survey)",
                LineOutcome.Reported,
                0m,
                survey.CultivatedArea is { } a
                    ? $"survey {Area(a, unit)} − verified 耕地保有量 {Area(verified, unit)} = {Area(a - verified)} {CultivatedLandTexts.Unit(unit)}; no effect (参照指标)"
                    : "survey cultivated area not given",
                Sorting));
            lines.Add(new IndicatorLine(
                "生态退耕面积",
                LineOutcome.Reported,
                0m,
                survey.EcologicalRetirementArea is { } e ? $"{Area(e, unit)}; targets are never adjusted (R9)" : "not given",
                Sorting));
        }

        return Indicator(p, LandIndicator.SurveyData, null, 0m, lines, Sorting);
    }

    /// <summary>五: what follows from a period assessment (R3, R13).</summary>
    private static List<LandConsequence> Consequences(CultivatedLandParameters p, AssessedUnitType type, AssessmentVerdict verdict, bool? outstanding)
    {
        var list = new List<LandConsequence>();
        var sanctioned = p.SanctionUnitTypes.Contains(type);
        if (sanctioned)
        {
            list.Add(new LandConsequence(LandConsequenceKind.ResultRecorded, $"the result ({Verdict(verdict)}) enters the 经济社会实绩考核评价 and the 领导干部离任审计 as an important basis (「{RecordQuote}」)", Record));
        }

        if (verdict == AssessmentVerdict.Qualified && p.CommendationUnitTypes.Contains(type))
        {
            if (outstanding == true)
            {
                list.Add(new LandConsequence(LandConsequenceKind.Commendation, $"表彰: the district found 成绩突出 (「{CommendationQuote}」)", Commendation));
                list.Add(new LandConsequence(LandConsequenceKind.QuotaPriority, "priority in the 年度利用计划指标 and the 土地供应计划指标 (the size of any allocation is the district's)", Commendation));
            }
            else if (outstanding is null)
            {
                list.Add(new LandConsequence(LandConsequenceKind.CommendationEligible, $"eligible for 表彰 and priority in the 年度利用计划指标 and 土地供应计划指标, subject to the district's finding of 成绩突出 (「{CommendationQuote}」)", Commendation));
            }
        }

        if (verdict == AssessmentVerdict.Unqualified && sanctioned)
        {
            list.Add(new LandConsequence(LandConsequenceKind.Rectification, $"责令限期整改: rectification within a time limit the district sets (time limit: not given) (「{RectificationQuote}」)", Sanction));
            list.Add(new LandConsequence(LandConsequenceKind.ApprovalSuspension, $"during rectification, 农用地转用 and 土地征收 approvals of non-exempt projects are suspended (「{SuspensionQuote}」); ask CheckSuspension for a project and a day", Sanction));
            list.Add(new LandConsequence(LandConsequenceKind.DisciplinaryAction, $"the supervisory authority (监察部门) deals with the persons responsible (「{DisciplineQuote}」); listed, not computed", Sanction));
        }

        return list;
    }

    /// <summary>The Deadlines module's key of 三（一） (spec 06/07 D-a).</summary>
    private const string SelfCheckRuleKey = "cultivatedLand.selfCheck";

    /// <summary>The Deadlines module's key of 三（二）.</summary>
    private const string InspectionRuleKey = "cultivatedLand.inspection";

    private LandDueDate SelfCheckDue(int year) => Due(deadlines.Parameters.Rule(SelfCheckRuleKey), year, "self-check of the year reported to the district (三（一）)", SelfCheck);

    private LandDueDate InspectionDue(int year) => Due(deadlines.Parameters.Rule(InspectionRuleKey), year, "district inspection of the year, results notified (三（二）, 「4月10前」 read as 4月10日前)", Inspection);

    /// <summary>三（一）（二）: the fixed dates of the next year, from the Deadlines module; a date before the measure was issued is shown, flagged, not due.</summary>
    private LandDueDate Due(DeadlineRule rule, int year, string duty, Citation citation)
    {
        var date = new LocalDate(year + 1, rule.Month, rule.Day);
        var beforeIssue = date < rule.InForceFrom;
        var result = beforeIssue ? deadlines.FixedDate(date, rule.Name + $" (on {year})", rule.Citation) : deadlines.CalculateForYear(rule, year);
        var note = WorkingDayCalendar.Label(result.LastDay);
        if (result.FallsOnRestDay is null)
        {
            note += $", rest-day flag unknown (no holiday schedule for {result.LastDay.Year})";
        }
        else if (result.FallsOnRestDay == true)
        {
            var info = deadlines.Info(result.LastDay);
            note += info.Kind == DayKind.DayOff ? $", {info.Holiday} day off ({info.Citation}), not moved" : ", rest day (weekend), not moved";
        }

        if (result.LastDay != date)
        {
            note += $"; moved from {WorkingDayCalendar.Label(date)} off rest days (Deadlines parameter)";
        }

        if (beforeIssue)
        {
            note += $"; beforeIssue: the measure was issued {rule.InForceFrom:uuuu-MM-dd}, so this is the date the text would give, not a due date";
        }

        return new LandDueDate(duty, date, result.LastDay, beforeIssue, result.FallsOnRestDay, note, citation);
    }

    /// <summary>五（三）: suspension during rectification, with the infrastructure exemption (R10–R12).</summary>
    private SuspensionAnswer Suspension(CultivatedLandParameters p, SuspensionQuery q)
    {
        var reasons = new List<ListedItem>();
        var r = q.Result;
        var d = q.Day;
        var assessmentYear = IsAssessmentYearStatic(p, r.Year);
        var sanctioned = p.SanctionUnitTypes.Contains(r.UnitType);
        var subject = assessmentYear && sanctioned && r.Verdict == AssessmentVerdict.Unqualified;
        var project = q.Project;
        var exempt = p.ExemptCategories.Contains(project.InfrastructureCategory) && p.ExemptApprovers.Contains(project.ApprovalAuthority) && p.ExemptApprovalActs.Contains(project.ApprovalAct);
        reasons.Add(new ListedItem(
            $"project {project.Id}: {project.InfrastructureCategory} / {project.ApprovalAuthority} / {project.ApprovalAct} → {(exempt ? "exempt" : "not exempt")} (exempt: category in {string.Join(", ", p.ExemptCategories)}, approver in {string.Join(", ", p.ExemptApprovers)}, act in {string.Join(", ", p.ExemptApprovalActs)})",
            Sanction));
        if (!subject)
        {
            var why = !assessmentYear ? $"{r.Year} is not an assessment year: no 考核认定, no rectification (R3)"
                : r.Verdict != AssessmentVerdict.Unqualified ? $"the {r.Year} assessment is not 不合格: no rectification"
                : $"a {r.UnitType} is not sanctioned: 五（三） names {string.Join(", ", p.SanctionUnitTypes)} (R13)";
            reasons.Add(new ListedItem(why + " → not suspended", Sanction));
            return new SuspensionAnswer(project.Id, d, false, false, exempt, null, reasons, Sanction, Provenance.Of(p));
        }

        if (q.Rectification is not { } rect)
        {
            reasons.Add(new ListedItem($"the {r.Year} assessment is 不合格, but no rectification order is recorded → not suspended", Sanction));
            return new SuspensionAnswer(project.Id, d, false, false, exempt, null, reasons, Sanction, Provenance.Of(p));
        }

        var inRectification = rect.OrderedOn <= d && (rect.CompletedOn is not { } done || d <= done);
        var span = $"[{rect.OrderedOn:uuuu-MM-dd}, {(rect.CompletedOn is { } c ? c.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "not complete")}]";
        reasons.Add(new ListedItem(
            inRectification ? $"{d:uuuu-MM-dd} lies in the rectification period {span} (both days included, R12)" : $"{d:uuuu-MM-dd} lies outside the rectification period {span} (R12)",
            Sanction));
        int? overdue = null;
        if (rect.Deadline is { } deadline && d > deadline && (rect.CompletedOn is not { } completed || completed >= d))
        {
            overdue = NodaTime.Period.Between(deadline, d, PeriodUnits.Days).Days;
            reasons.Add(new ListedItem($"rectification overdue by {overdue} days (deadline {deadline:uuuu-MM-dd}); the suspension still runs (R12)", Sanction));
        }

        var suspended = inRectification && !exempt;
        reasons.Add(new ListedItem(
            suspended ? $"→ suspended: 农用地转用 and 土地征收 approvals of {project.Id} (「{SuspensionQuote}」)"
            : inRectification ? "→ not suspended: the project is exempt" : "→ not suspended: outside the rectification period",
            Sanction));
        return new SuspensionAnswer(project.Id, d, suspended, inRectification, exempt, overdue, reasons, Sanction, Provenance.Of(p));
    }
}
