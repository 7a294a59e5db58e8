using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Haidian.Rules.ElevatorSubsidy;

/// <content>The related checks: operating-right term (三（一）), the 2017 timetable (五, 三（七）) and the pilot portfolio (一, 三（一）).</content>
public sealed partial class ElevatorSubsidyCalculator
{
    /// <summary>
    /// 经营权 — whether an implementing body's operating-right term is within 10 to 20 years, both included (三（一）
    /// 「享有10—20年的经营权」). Outside the range is a violation.
    /// </summary>
    /// <param name="years">The term granted, whole years, not negative.</param>
    /// <param name="asOf">The day the question is asked (picks the parameters).</param>
    /// <returns>The check, with a finding when the term is outside the range.</returns>
    /// <exception cref="ValidationException"><paramref name="years"/> is negative.</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the policy applies.</exception>
    public ComplianceReport CheckOperatingRight(int years, LocalDate asOf) => CheckOperatingRight(years, 0, asOf);

    /// <summary>
    /// 经营权 — whether an implementing body's operating-right term, given in years and months, is within 10 to 20 years, both
    /// included (三（一） 「享有10—20年的经营权」; spec 07 E-c): the term in months, years × 12 + months, is compared with 120 and
    /// 240 months. 20 years 0 months is within; 20 years 1 month and 9 years 11 months are outside (a violation). A term given
    /// in months only is (0, months).
    /// </summary>
    /// <param name="years">The whole years of the term, not negative.</param>
    /// <param name="months">The months beyond <paramref name="years"/>, not negative (any count: 0 years and 150 months is 12 years 6 months).</param>
    /// <param name="asOf">The day the question is asked (picks the parameters).</param>
    /// <returns>The check, with a finding when the term is outside the range.</returns>
    /// <exception cref="ValidationException"><paramref name="years"/> or <paramref name="months"/> is negative.</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the policy applies.</exception>
    public ComplianceReport CheckOperatingRight(int years, int months, LocalDate asOf)
    {
        var p = ParametersFor(asOf);
        var v = new Validator();
        v.NotNegative("years", years);
        v.NotNegative("months", months);
        v.ThrowIfAny();
        var findings = new List<Finding>();
        var line = OperatingRight(p, string.Empty, years, months, "operatingRight", findings);
        return new ComplianceReport(findings.Count == 0, findings, new[] { line }, Provenance.Of(p));
    }

    /// <summary>
    /// 时间安排 — checks a project's dates against the 2017 timetable (五: plan by 2017-05-31, works within the window
    /// 2017-06-01 to 2017-10-31 「2017年6月—10月底」, in use by 2017-12-31, subsidy disbursed by 2018-04-30, each day included)
    /// and the payment order of 三（七） (disbursed only after the elevator is in use and audited). A missed date is a
    /// violation; works dated before the window's start (the start or the completion of the works) are a violation too, the
    /// same severity as works after its end (spec 07 E-b); a missing date is not checked.
    /// </summary>
    /// <param name="timeline">The project's dates.</param>
    /// <param name="asOf">The day the question is asked: no date may be after it.</param>
    /// <returns>The check with every finding.</returns>
    /// <exception cref="ValidationException">A date is after <paramref name="asOf"/>, or the works start after they are completed (every problem with its field path).</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public ComplianceReport CheckTimeline(ProjectTimeline timeline, LocalDate asOf)
    {
        if (timeline is null)
        {
            throw new ArgumentNullException(nameof(timeline));
        }

        var p = ParametersFor(asOf);
        var v = new Validator();
        foreach (var (name, date) in Dates(timeline))
        {
            if (date is { } d && d > asOf)
            {
                v.Add(name, ErrorCode.Inconsistent, $"{Date(d)} is after the as-of date {Date(asOf)}: it cannot have happened yet");
            }
        }

        if (timeline.WorksStartedOn is { } started && timeline.WorksCompletedOn is { } completed && started > completed)
        {
            v.Add("worksStartedOn", ErrorCode.Inconsistent, $"{Date(started)} is after worksCompletedOn {Date(completed)}: works cannot start after they are completed");
        }

        v.ThrowIfAny();
        var doc = ElevatorSubsidyParameters.Document;
        var findings = new List<Finding>();
        var checkedLines = new List<string>();
        Deadline(timeline.PlanFixedOn, p.PlanDeadline, "timeline.planFixedOn", "plan, implementing body, site and builder fixed (制定工作方案，确定实施主体、增设电梯点位和施工单位)", findings, checkedLines);
        WindowStart(timeline.WorksStartedOn, p, "timeline.worksStartedOn", "works started (方案设计与审批、签订协议、施工与安装 begun)", findings, checkedLines);
        Deadline(timeline.WorksStartedOn, p.WorksDeadline, "timeline.worksStartedOn", "works started (方案设计与审批、签订协议、施工与安装 begun)", findings, checkedLines);
        WindowStart(timeline.WorksCompletedOn, p, "timeline.worksCompletedOn", "design, approval, agreements and installation complete (完成方案设计与审批、签订协议、施工与安装)", findings, checkedLines);
        Deadline(timeline.WorksCompletedOn, p.WorksDeadline, "timeline.worksCompletedOn", "design, approval, agreements and installation complete (完成方案设计与审批、签订协议、施工与安装)", findings, checkedLines);
        Deadline(timeline.InUseOn, p.InUseDeadline, "timeline.inUseOn", "accepted and in use (完成验收，电梯投入使用)", findings, checkedLines);
        Deadline(timeline.DisbursedOn, p.DisbursementDeadline, "timeline.disbursedOn", "subsidy disbursed (完成政府补贴款项拨付)", findings, checkedLines);
        if (timeline.DisbursedOn is { } paid)
        {
            var order = doc.WithArticle("三（七）");
            if (timeline.InUseOn is not { } inUse || inUse > paid)
            {
                var m = timeline.InUseOn is { } u ? $"disbursed {Date(paid)} before the elevator was in use ({Date(u)})" : $"disbursed {Date(paid)} with no in-use date";
                findings.Add(new Finding("timeline.disbursedBeforeInUse", Severity.Violation, m + "; the subsidy is paid only after the elevator is in use (投入使用…后)", order));
            }

            if (timeline.AuditedOn is not { } audited || audited > paid)
            {
                var m = timeline.AuditedOn is { } a ? $"disbursed {Date(paid)} before the audit ({Date(a)})" : $"disbursed {Date(paid)} with no audit date";
                findings.Add(new Finding("timeline.disbursedBeforeAudit", Severity.Violation, m + "; the subsidy is paid only after the audit (经审计部门审计后)", order));
            }

            checkedLines.Add($"三（七）: disbursed {Date(paid)} after in use ({DateOrNone(timeline.InUseOn)}) and audit ({DateOrNone(timeline.AuditedOn)})");
        }

        return new ComplianceReport(findings.All(f => f.Severity != Severity.Violation), findings, checkedLines, Provenance.Of(p));
    }

    /// <summary>
    /// 试点组织 — checks the district's pilot as a whole: every building in scope (一), at most one building per street or
    /// town not counting old-community buildings (一 「每个街镇选取1栋」, a violation), each implementing body's operating
    /// right of 10–20 years (三（一）, a violation), and at most 5 tendered implementing bodies (三（一） 「原则上…不超过5家」: a
    /// departure; bodies invested in or authorised in writing by the property unit need no tender and are not counted).
    /// </summary>
    /// <param name="portfolio">The buildings (each with its street) and the implementing bodies.</param>
    /// <param name="asOf">The day the question is asked (picks the parameters; no completion date may be after it).</param>
    /// <returns>Each building's scope, each street's quota use and every finding.</returns>
    /// <exception cref="ValidationException">The portfolio is invalid (every problem with its field path).</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public PortfolioReport CheckPortfolio(PilotPortfolio portfolio, LocalDate asOf)
    {
        if (portfolio is null)
        {
            throw new ArgumentNullException(nameof(portfolio));
        }

        var p = ParametersFor(asOf);
        CheckPortfolioInput(portfolio, asOf);
        var doc = ElevatorSubsidyParameters.Document;
        var findings = new List<Finding>();
        var scopes = portfolio.Buildings.Select(b => Scope(p, b)).ToArray();
        foreach (var s in scopes.Where(s => !s.InScope))
        {
            findings.Add(new Finding("portfolio.buildingOutOfScope", Severity.Violation, $"building {s.BuildingId} is not in the pilot scope: {string.Join("; ", s.Unmet)}", doc.WithArticle("一")));
        }

        var streets = portfolio.Buildings
            .Select((b, i) => (Building: b, Scope: scopes[i]))
            .GroupBy(x => x.Building.Street!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var quota = g.Count(x => x.Scope.CountsAgainstStreetQuota);
                return new StreetQuota(g.Key, quota, g.Count() - quota, quota <= p.BuildingsPerStreet);
            })
            .ToArray();
        foreach (var s in streets.Where(s => !s.Met))
        {
            findings.Add(new Finding("portfolio.perStreetQuota", Severity.Violation, $"street {s.Street} has {Int(s.QuotaBuildings)} pilot buildings counted against its quota > {Int(p.BuildingsPerStreet)} (每个街镇选取{Int(p.BuildingsPerStreet)}栋; old-community buildings outside the quota: {Int(s.OutsideQuotaBuildings)})", doc.WithArticle("一")));
        }

        var tendered = portfolio.ImplementingBodies.Count(b => b.Selection == ImplementingBodySelection.Tendered);
        if (tendered > p.MaximumTenderedImplementingBodies)
        {
            findings.Add(new Finding("portfolio.tenderedImplementingBodies", Severity.Departure, $"{Int(tendered)} tendered implementing bodies > {Int(p.MaximumTenderedImplementingBodies)} (原则上全区不超过{Int(p.MaximumTenderedImplementingBodies)}家: allowed only with a specific decision; bodies invested in or authorised by the property unit are not counted)", doc.WithArticle("三（一）")));
        }

        foreach (var b in portfolio.ImplementingBodies)
        {
            OperatingRight(p, b.Name, b.OperatingRightYears, b.OperatingRightMonths, "portfolio.operatingRight", findings);
        }

        return new PortfolioReport(scopes, streets, tendered, findings.All(f => f.Severity != Severity.Violation), findings, Provenance.Of(p));
    }

    private static string OperatingRight(ElevatorSubsidyParameters p, string body, int years, int months, string code, List<Finding> findings)
    {
        var who = body.Length == 0 ? "operating-right term" : $"implementing body {body}: operating-right term";

        // Spec 07 E-c: the term in months, compared with the range in months (long: years × 12 cannot overflow).
        var term = (12L * years) + months;
        var met = term >= 12L * p.OperatingRightMinimumYears && term <= 12L * p.OperatingRightMaximumYears;
        var termText = months == 0 ? $"{Int(years)} years" : $"{Int(years)} years {Int(months)} months ({Long(term)} months)";
        var text = $"{who} {termText} {(met ? "is within" : "is outside")} {Int(p.OperatingRightMinimumYears)}–{Int(p.OperatingRightMaximumYears)} years (享有{Int(p.OperatingRightMinimumYears)}—{Int(p.OperatingRightMaximumYears)}年的经营权, both ends included)";
        if (!met)
        {
            findings.Add(new Finding(code, Severity.Violation, text, ElevatorSubsidyParameters.Document.WithArticle("三（一）")));
        }

        return text;
    }

    private static void Deadline(LocalDate? date, LocalDate deadline, string code, string what, List<Finding> findings, List<string> checkedLines)
    {
        if (date is not { } d)
        {
            return;
        }

        var late = d > deadline;
        var text = $"五: {what} on {Date(d)}, {(late ? "after" : "on or before")} the deadline {Date(deadline)} (底前, the day included)";
        checkedLines.Add(text);
        if (late)
        {
            var days = Period.Between(deadline, d, PeriodUnits.Days).Days;
            findings.Add(new Finding(code, Severity.Violation, text + $": {Int(days)} day(s) late", ElevatorSubsidyParameters.Document.WithArticle("五")));
        }
    }

    private static void WindowStart(LocalDate? date, ElevatorSubsidyParameters p, string code, string what, List<Finding> findings, List<string> checkedLines)
    {
        if (date is not { } d || d >= p.WorksWindowStart)
        {
            return;
        }

        // Spec 07 E-b: the works window has two ends; before its start is the same severity as after its end.
        var days = Period.Between(d, p.WorksWindowStart, PeriodUnits.Days).Days;
        var text = $"五: {what} on {Date(d)}, before the works window {Date(p.WorksWindowStart)} – {Date(p.WorksDeadline)} (2017年6月—10月底, both days included)";
        checkedLines.Add(text);
        findings.Add(new Finding(code, Severity.Violation, text + $": {Int(days)} day(s) early", ElevatorSubsidyParameters.Document.WithArticle("五")));
    }

    private static IEnumerable<(string Name, LocalDate? Date)> Dates(ProjectTimeline t) => new[]
    {
        ("planFixedOn", t.PlanFixedOn),
        ("worksStartedOn", t.WorksStartedOn),
        ("worksCompletedOn", t.WorksCompletedOn),
        ("inUseOn", t.InUseOn),
        ("auditedOn", t.AuditedOn),
        ("disbursedOn", t.DisbursedOn),
    };

    private static string DateOrNone(LocalDate? d) => d is { } x ? Date(x) : "none";

    private static void CheckPortfolioInput(PilotPortfolio portfolio, LocalDate asOf)
    {
        var v = new Validator();
        if (v.Required("buildings", portfolio.Buildings))
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < portfolio.Buildings.Count; i++)
            {
                var bp = Validator.Index("buildings", i);
                var b = portfolio.Buildings[i];
                CheckBuilding(v, bp, b, asOf, streetRequired: true);
                if (b is not null && !string.IsNullOrWhiteSpace(b.Id) && !ids.Add(b.Id))
                {
                    v.Add(Validator.Field(bp, "id"), ErrorCode.Inconsistent, $"building '{b.Id}' is listed more than once");
                }
            }
        }

        if (v.Required("implementingBodies", portfolio.ImplementingBodies))
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < portfolio.ImplementingBodies.Count; i++)
            {
                var ip = Validator.Index("implementingBodies", i);
                var b = portfolio.ImplementingBodies[i];
                if (!v.Required(ip, b))
                {
                    continue;
                }

                if (v.RequiredText(Validator.Field(ip, "name"), b.Name) && !names.Add(b.Name))
                {
                    v.Add(Validator.Field(ip, "name"), ErrorCode.Inconsistent, $"implementing body '{b.Name}' is listed more than once");
                }

                v.Defined(Validator.Field(ip, "selection"), b.Selection);

                v.NotNegative(Validator.Field(ip, "operatingRightYears"), b.OperatingRightYears);
                v.NotNegative(Validator.Field(ip, "operatingRightMonths"), b.OperatingRightMonths);
            }
        }

        v.ThrowIfAny();
    }
}
