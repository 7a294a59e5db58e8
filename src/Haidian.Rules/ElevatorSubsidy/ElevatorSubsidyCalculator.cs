using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Haidian.Rules.ElevatorSubsidy;

/// <summary>
/// 既有多层住宅增设（适老化）电梯 — the elevator-retrofit pilot of 海行规发〔2017〕6号: whether a building is in the pilot
/// scope (一), whether its owners consent (二, 三（二）), the subsidy per elevator and per building by ownership (四), and
/// the related checks (operating-right term and tendered bodies, 三（一）; the 2017 timetable, 五; the portfolio, 一).
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe: one instance can serve every thread. Every method is a pure function of
/// (parameters, input, as-of date): the as-of date picks the parameter version in force and is "today" for the
/// question (a completion date after it is an error). Dates before 2017-07-03 (the issue date) are not in force:
/// <see cref="NotInForceException"/>, never a silent answer.</para>
/// <para>Readings: the old-community clause waives the completion date and the per-street quota (a parameter); consent is
/// measured per unit entrance by default (a parameter), two-thirds compared exactly; subsidy shares are rounded to
/// the fen once, before the cap; costs shared by several elevators are allocated by the caller.</para>
/// </remarks>
public sealed partial class ElevatorSubsidyCalculator
{
    /// <summary>A calculator with the gazette's parameters (<see cref="ElevatorSubsidyParameters.Gazette2017"/>).</summary>
    public ElevatorSubsidyCalculator()
        : this(ElevatorSubsidyParameters.Gazette2017)
    {
    }

    /// <summary>A calculator with one parameter version (a what-if copy, say).</summary>
    /// <param name="parameters">One parameter set, used for every period on or after its in-force date; validated here.</param>
    /// <exception cref="ValidationException">The parameters are invalid (each problem with its field path).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public ElevatorSubsidyCalculator(ElevatorSubsidyParameters parameters)
        : this(new ParameterHistory<ElevatorSubsidyParameters>(new[] { parameters ?? throw new ArgumentNullException(nameof(parameters)) }))
    {
    }

    /// <summary>A calculator with a parameter history: each question uses the version in force on its as-of date.</summary>
    /// <param name="history">Dated parameter versions; each period is computed with the version in force then.</param>
    /// <exception cref="ValidationException">A version is invalid; paths start with <c>versions[i]</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public ElevatorSubsidyCalculator(ParameterHistory<ElevatorSubsidyParameters> history)
    {
        History = history ?? throw new ArgumentNullException(nameof(history));
    }

    /// <summary>The parameter versions this calculator uses.</summary>
    public ParameterHistory<ElevatorSubsidyParameters> History { get; }

    /// <summary>The parameter version in force on a day.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the policy applies (2017-07-03 for the gazette).</exception>
    public ElevatorSubsidyParameters ParametersFor(LocalDate asOf) => History.InForceOn(asOf);

    /// <summary>
    /// 试点范围 — whether a building is in the pilot scope (一), with every criterion, met or not, and its figures.
    /// </summary>
    /// <param name="building">The building.</param>
    /// <param name="asOf">The day the question is asked (picks the parameters; the completion date must not be after it).</param>
    /// <returns>The verdict with every criterion.</returns>
    /// <exception cref="ValidationException">The building is invalid (every problem with its field path).</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="building"/> is null.</exception>
    public ScopeResult CheckScope(Building building, LocalDate asOf)
    {
        if (building is null)
        {
            throw new ArgumentNullException(nameof(building));
        }

        var p = ParametersFor(asOf);
        var v = new Validator();
        CheckBuilding(v, string.Empty, building, asOf, streetRequired: false);
        v.ThrowIfAny();
        return Scope(p, building);
    }

    /// <summary>
    /// 业主自愿 — whether the owners consent (二, 三（二）), counted from the owner roll: over the unit entrance (default) or the
    /// building (parameter <see cref="ElevatorSubsidyParameters.ConsentScope"/>); an owner of several flats counts once
    /// and with every flat's area in scope; the directly affected owners are those of the unit entrance.
    /// </summary>
    /// <param name="roll">The owners and who agrees.</param>
    /// <param name="asOf">The day the question is asked (picks the parameters).</param>
    /// <returns>The verdict with each condition's exact arithmetic and shortfall.</returns>
    /// <exception cref="ValidationException">The roll is invalid (every problem with its field path).</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="roll"/> is null.</exception>
    public ConsentResult CheckConsent(OwnerRoll roll, LocalDate asOf)
    {
        if (roll is null)
        {
            throw new ArgumentNullException(nameof(roll));
        }

        var p = ParametersFor(asOf);
        CheckRoll(roll);
        return Consent(p, Tally(p.ConsentScope, roll));
    }

    /// <summary>
    /// 业主自愿 — whether the owners consent (二, 三（二）), from figures already counted.
    /// </summary>
    /// <param name="tally">The counted figures.</param>
    /// <param name="asOf">The day the question is asked (picks the parameters).</param>
    /// <returns>The verdict with each condition's exact arithmetic and shortfall.</returns>
    /// <exception cref="ValidationException">The figures are invalid (every problem with its field path).</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public ConsentResult CheckConsent(ConsentTally tally, LocalDate asOf)
    {
        if (tally is null)
        {
            throw new ArgumentNullException(nameof(tally));
        }

        var p = ParametersFor(asOf);
        CheckTally(tally);
        return Consent(p, tally);
    }

    /// <summary>
    /// 能否资助 — one verdict for "can this building be funded" (spec 07 E-a): the pilot scope (一, as <see cref="CheckScope"/>),
    /// the legal-formalities condition of 四（二）（三） (「产权归市、区所有且具有合法手续」/「产权归中央单位所有且具有合法手续」) and, when
    /// owner data is given (a roll or counted figures), the owners' consent (二、三（二）, as <see cref="CheckConsent(OwnerRoll, LocalDate)"/>).
    /// Each unmet criterion is listed by name with its figures. Without owner data consent is not part of the verdict and a
    /// note says so. Ownership and costs decide the amount, not the eligibility: ask <see cref="CalculateSubsidy"/>.
    /// </summary>
    /// <param name="application">The building, its legal formalities and, optionally, its owners' consent.</param>
    /// <param name="asOf">The day the question is asked (picks the parameters; the completion date must not be after it).</param>
    /// <returns>The verdict, every unmet criterion by name, and the scope and consent checks behind it.</returns>
    /// <exception cref="ValidationException">The application is invalid (every problem at once, with paths such as
    /// <c>building.floors</c>, <c>ownerRoll.owners[0].flats</c>, <c>consentTally.totalArea</c>).</exception>
    /// <exception cref="NotInForceException"><paramref name="asOf"/> is before the policy applies.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    public EligibilityResult CheckEligibility(BuildingApplication application, LocalDate asOf)
    {
        if (application is null)
        {
            throw new ArgumentNullException(nameof(application));
        }

        var p = ParametersFor(asOf);
        var v = new Validator();
        CheckBuilding(v, "building", application.Building, asOf, streetRequired: false);
        if (application.OwnerRoll is not null && application.ConsentTally is not null)
        {
            v.Add("consentTally", ErrorCode.Inconsistent, "give either ownerRoll or consentTally, not both");
        }
        else if (application.OwnerRoll is { } r)
        {
            v.AddRange(Prefixed("ownerRoll", () => CheckRoll(r)));
        }
        else if (application.ConsentTally is { } t)
        {
            v.AddRange(Prefixed("consentTally", () => CheckTally(t)));
        }

        v.ThrowIfAny();
        var scope = Scope(p, application.Building);
        var consent = application.OwnerRoll is { } roll ? Consent(p, Tally(p.ConsentScope, roll))
            : application.ConsentTally is { } tally ? Consent(p, tally)
            : null;
        var unmet = new List<EligibilityCriterion>();
        var reasons = new List<string>();
        foreach (var c in scope.Criteria.Where(c => !c.Met && !c.Waived))
        {
            var name = (EligibilityCriterion)(int)c.Criterion;
            unmet.Add(name);
            reasons.Add($"{name}: {c.Actual}; required: {c.Requirement}");
        }

        if (!application.HasLegalFormalities)
        {
            unmet.Add(EligibilityCriterion.LegalFormalities);
            reasons.Add($"{EligibilityCriterion.LegalFormalities}: the building has no complete legal formalities; required: 具有合法手续 (四（二）、四（三）: the subsidy is only for buildings with legal formalities)");
        }

        foreach (var c in consent?.Conditions.Where(c => !c.Met) ?? Enumerable.Empty<ConsentCondition>())
        {
            var name = c.Requirement switch
            {
                ConsentRequirement.AreaShare => EligibilityCriterion.ConsentAreaShare,
                ConsentRequirement.OwnerShare => EligibilityCriterion.ConsentOwnerShare,
                _ => EligibilityCriterion.ConsentDirectlyAffectedOwners,
            };
            unmet.Add(name);
            reasons.Add($"{name}: {c.Shortfall}; required: {c.Rule}");
        }

        var notes = new List<string>();
        if (consent is null)
        {
            notes.Add("二、三（二）: owner consent not checked — no owner data given (ownerRoll or consentTally); the verdict covers scope and legal formalities only.");
        }

        notes.Add("四（一）至（四）: eligibility does not fix the amount: the subsidy depends on the ownership (municipal, district or central-unit property) and the audited costs (CalculateSubsidy); the timetable is CheckTimeline.");
        return new EligibilityResult(application.Building.Id, unmet.Count == 0, consent is not null, unmet, reasons, scope, application.HasLegalFormalities, consent, notes, Provenance.Of(p));
    }

    private static IEnumerable<ValidationError> Prefixed(string prefix, Action check)
    {
        try
        {
            check();
            return Array.Empty<ValidationError>();
        }
        catch (ValidationException ex)
        {
            return ex.Errors.Select(e => e with { Path = Validator.Field(prefix, e.Path) }).ToArray();
        }
    }

    private static ScopeResult Scope(ElevatorSubsidyParameters p, Building b)
    {
        var doc = ElevatorSubsidyParameters.Document.WithArticle("一");
        var old = b.InOldCommunityRenovation2017;
        var criteria = new List<CriterionResult>(7)
        {
            new(ScopeCriterion.UrbanResidential, b.IsUrbanResidential, false, "an urban residential building (城镇住宅楼房)", b.IsUrbanResidential ? "urban residential" : "not an urban residential building", doc),
            new(ScopeCriterion.NoExistingElevator, !b.HasElevator, false, "no elevator yet (未设电梯)", b.HasElevator ? "already has an elevator" : "no elevator", doc),
            new(ScopeCriterion.MinimumFloors, b.Floors >= p.MinimumFloors, old && p.Waives(WaivableCriterion.MinimumFloors), $"{Int(p.MinimumFloors)} floors or more ({Int(p.MinimumFloors)}层以上, {Int(p.MinimumFloors)} included)", $"{Int(b.Floors)} floors", doc),
            new(ScopeCriterion.MinimumUnitEntrances, b.UnitEntrances >= p.MinimumUnitEntrances, old && p.Waives(WaivableCriterion.MinimumUnitEntrances), $"at least {Int(p.MinimumUnitEntrances)} unit entrances (不少于{Int(p.MinimumUnitEntrances)}个单元门)", $"{Int(b.UnitEntrances)} unit entrances", doc),
            new(ScopeCriterion.NotInShantyTownOrExpropriation, !b.InShantyTownOrExpropriationPlan, false, "not in a shanty-town renovation or expropriation scope or plan (未列入棚户区改造、房屋征收范围和计划)", b.InShantyTownOrExpropriationPlan ? "in a shanty-town renovation or expropriation scope or plan" : "not in such a scope or plan", doc),
            new(ScopeCriterion.CompletionDate, b.CompletionDate <= p.LatestCompletionDate, old && p.Waives(WaivableCriterion.CompletionDate), $"completed and in use on or before {Date(p.LatestCompletionDate)} (1998年底前建成投入使用)", $"completed {Date(b.CompletionDate)}", doc),
            new(ScopeCriterion.NotMilitaryProperty, !b.IsMilitaryProperty, false, "not military property (军产房不在此范围)", b.IsMilitaryProperty ? "military property" : "not military property", doc),
        };
        var unmet = criteria
            .Where(c => !c.Met && !c.Waived)
            .Select(c => $"{c.Criterion}: {c.Actual}; required: {c.Requirement}")
            .ToArray();
        var countsAgainstQuota = !(old && p.Waives(WaivableCriterion.PerStreetQuota));
        return new ScopeResult(b.Id, unmet.Length == 0, old, countsAgainstQuota, criteria, unmet, Provenance.Of(p));
    }

    private static ConsentTally Tally(ConsentScope scope, OwnerRoll roll)
    {
        var entrance = roll.UnitEntrance;
        decimal total = 0m, agreeingArea = 0m;
        int owners = 0, agreeing = 0, affected = 0, affectedAgreeing = 0;
        foreach (var o in roll.Owners)
        {
            var inEntrance = o.Flats.Any(f => string.Equals(f.UnitEntrance, entrance, StringComparison.Ordinal));
            var area = 0m;
            foreach (var f in o.Flats)
            {
                if (scope == ConsentScope.Building || string.Equals(f.UnitEntrance, entrance, StringComparison.Ordinal))
                {
                    area += f.ExclusiveArea;
                }
            }

            if (area == 0m)
            {
                continue;
            }

            owners++;
            total += area;
            if (o.Agrees)
            {
                agreeing++;
                agreeingArea += area;
            }

            if (o.DirectlyAffected && inEntrance)
            {
                affected++;
                if (o.Agrees)
                {
                    affectedAgreeing++;
                }
            }
        }

        return new ConsentTally(entrance, total, agreeingArea, owners, agreeing, affected, affectedAgreeing);
    }

    private static ConsentResult Consent(ElevatorSubsidyParameters p, ConsentTally t)
    {
        var article = p.ConsentScope == ConsentScope.UnitEntrance ? "三（二）" : "二";
        var doc = ElevatorSubsidyParameters.Document;
        var scopeText = p.ConsentScope == ConsentScope.UnitEntrance ? "the unit entrance" : "the building";
        var conditions = new List<ConsentCondition>(3);

        var a = p.ConsentAreaShare;
        var areaMet = a.IsMetBy(t.AgreeingArea, t.TotalArea);
        string? areaShort = null;
        if (!areaMet)
        {
            var needed = CeilingToHundredth(a.Numerator * t.TotalArea / a.Denominator);
            areaShort = $"area: agreeing owners hold {Num(t.AgreeingArea)} m² of {Num(t.TotalArea)} m² = {PercentDown(t.AgreeingArea, t.TotalArea)} < {a} ({PercentUp(a.Numerator, a.Denominator)}); at least {Num(needed)} m² needed, {Num(needed - t.AgreeingArea)} m² more";
        }

        conditions.Add(new ConsentCondition(
            ConsentRequirement.AreaShare,
            areaMet,
            $"owners agreeing hold at least {a} of the exclusive area of {scopeText} (三分之二以上, {a} included)",
            $"{Int(a.Denominator)} × {Num(t.AgreeingArea)} = {Num(a.Denominator * t.AgreeingArea)} {(areaMet ? "≥" : "<")} {Int(a.Numerator)} × {Num(t.TotalArea)} = {Num(a.Numerator * t.TotalArea)}",
            areaShort,
            doc.WithArticle(article)));

        var o = p.ConsentOwnerShare;
        var ownersMet = o.IsMetBy(t.AgreeingOwners, t.TotalOwners);
        string? ownersShort = null;
        if (!ownersMet)
        {
            var needed = ((long)o.Numerator * t.TotalOwners + o.Denominator - 1) / o.Denominator;
            ownersShort = $"owners: {Int(t.AgreeingOwners)} of {Int(t.TotalOwners)} agree = {PercentDown(t.AgreeingOwners, t.TotalOwners)} < {o} ({PercentUp(o.Numerator, o.Denominator)}); at least {Long(needed)} needed, {Long(needed - t.AgreeingOwners)} more";
        }

        conditions.Add(new ConsentCondition(
            ConsentRequirement.OwnerShare,
            ownersMet,
            $"at least {o} of the owners of {scopeText} agree, each owner counted once (占总人数三分之二以上, {o} included)",
            $"{Int(o.Denominator)} × {Int(t.AgreeingOwners)} = {Long((long)o.Denominator * t.AgreeingOwners)} {(ownersMet ? "≥" : "<")} {Int(o.Numerator)} × {Int(t.TotalOwners)} = {Long((long)o.Numerator * t.TotalOwners)}",
            ownersShort,
            doc.WithArticle(article)));

        var affectedMet = t.AffectedOwnersAgreeing == t.AffectedOwners;
        conditions.Add(new ConsentCondition(
            ConsentRequirement.DirectlyAffectedOwners,
            affectedMet,
            "every owner of the unit directly affected in light, ventilation or noise agrees (受到采光、通风和噪声直接影响的所在单元业主的同意)",
            $"{Int(t.AffectedOwnersAgreeing)} of {Int(t.AffectedOwners)} directly affected owners agree",
            affectedMet ? null : $"directly affected owners: {Int(t.AffectedOwnersAgreeing)} of {Int(t.AffectedOwners)} agree; all must, {Int(t.AffectedOwners - t.AffectedOwnersAgreeing)} more",
            doc.WithArticle("二")));

        var shortfalls = conditions.Where(c => c.Shortfall is not null).Select(c => c.Shortfall!).ToArray();
        return new ConsentResult(
            t.UnitEntrance ?? string.Empty,
            p.ConsentScope,
            t.TotalArea,
            t.AgreeingArea,
            t.TotalOwners,
            t.AgreeingOwners,
            t.AffectedOwners,
            t.AffectedOwnersAgreeing,
            shortfalls.Length == 0,
            conditions,
            shortfalls,
            Provenance.Of(p));
    }

    internal static void CheckBuilding(Validator v, string path, Building? b, LocalDate asOf, bool streetRequired)
    {
        // A null building reaches here only from CheckPortfolio (path "buildings[i]"): CheckScope refuses it first.
        if (!v.Required(path, b))
        {
            return;
        }

        v.RequiredText(Validator.Field(path, "id"), b!.Id);
        if (streetRequired)
        {
            v.RequiredText(Validator.Field(path, "street"), b.Street);
        }

        if (b.Floors < 1)
        {
            v.Add(Validator.Field(path, "floors"), ErrorCode.OutOfRange, $"must be at least 1 (got {Int(b.Floors)})");
        }

        if (b.UnitEntrances < 1)
        {
            v.Add(Validator.Field(path, "unitEntrances"), ErrorCode.OutOfRange, $"must be at least 1 (got {Int(b.UnitEntrances)})");
        }

        if (b.CompletionDate > asOf)
        {
            v.Add(Validator.Field(path, "completionDate"), ErrorCode.Inconsistent, $"{Date(b.CompletionDate)} is after the as-of date {Date(asOf)}: a building cannot have been completed in the future");
        }
    }

    private static void CheckTally(ConsentTally t)
    {
        var v = new Validator();
        if (v.Positive("totalArea", t.TotalArea) && v.NotNegative("agreeingArea", t.AgreeingArea) && t.AgreeingArea > t.TotalArea)
        {
            v.Add("agreeingArea", ErrorCode.Inconsistent, $"must not exceed totalArea {Num(t.TotalArea)} m² (got {Num(t.AgreeingArea)})");
        }
        else if (t.TotalArea <= 0m)
        {
            v.NotNegative("agreeingArea", t.AgreeingArea);
        }

        if (t.TotalArea > MaximumArea)
        {
            v.Add("totalArea", ErrorCode.OutOfRange, $"must not exceed {Num(MaximumArea)} m²");
        }

        if (t.TotalOwners < 1)
        {
            v.Add("totalOwners", ErrorCode.OutOfRange, $"must be at least 1 (got {Int(t.TotalOwners)})");
        }

        if (t.AgreeingOwners < 0 || (t.TotalOwners >= 1 && t.AgreeingOwners > t.TotalOwners))
        {
            v.Add("agreeingOwners", t.AgreeingOwners < 0 ? ErrorCode.OutOfRange : ErrorCode.Inconsistent, $"must be between 0 and totalOwners {Int(t.TotalOwners)} (got {Int(t.AgreeingOwners)})");
        }

        if (t.AffectedOwners < 0 || (t.TotalOwners >= 1 && t.AffectedOwners > t.TotalOwners))
        {
            v.Add("affectedOwners", t.AffectedOwners < 0 ? ErrorCode.OutOfRange : ErrorCode.Inconsistent, $"must be between 0 and totalOwners {Int(t.TotalOwners)} (got {Int(t.AffectedOwners)})");
        }

        if (t.AffectedOwnersAgreeing < 0 || t.AffectedOwnersAgreeing > Math.Max(0, t.AffectedOwners) || t.AffectedOwnersAgreeing > Math.Max(0, t.AgreeingOwners))
        {
            v.Add("affectedOwnersAgreeing", t.AffectedOwnersAgreeing < 0 ? ErrorCode.OutOfRange : ErrorCode.Inconsistent, $"must be between 0 and the smaller of affectedOwners {Int(t.AffectedOwners)} and agreeingOwners {Int(t.AgreeingOwners)} (got {Int(t.AffectedOwnersAgreeing)})");
        }

        if (!v.HasErrors)
        {
            if (t.AgreeingOwners == 0 && t.AgreeingArea > 0m)
            {
                v.Add("agreeingArea", ErrorCode.Inconsistent, "must be 0 when no owner agrees");
            }
            else if (t.AgreeingOwners > 0 && t.AgreeingArea == 0m)
            {
                v.Add("agreeingArea", ErrorCode.Inconsistent, "must be greater than 0 when some owners agree");
            }
            else if (t.AgreeingOwners == t.TotalOwners && t.AgreeingArea != t.TotalArea)
            {
                v.Add("agreeingArea", ErrorCode.Inconsistent, "must equal totalArea when every owner agrees");
            }
        }

        v.ThrowIfAny();
    }

    private static void CheckRoll(OwnerRoll roll)
    {
        var v = new Validator();
        v.RequiredText("unitEntrance", roll.UnitEntrance);
        if (!v.Required("owners", roll.Owners))
        {
            v.ThrowIfAny();
        }

        if (roll.Owners.Count == 0)
        {
            v.Add("owners", ErrorCode.Required, "must list at least one owner");
        }

        var ownerIds = new HashSet<string>(StringComparer.Ordinal);
        var flatIds = new HashSet<string>(StringComparer.Ordinal);
        var anyInEntrance = false;
        var total = 0m;
        for (var i = 0; i < roll.Owners.Count; i++)
        {
            var op = Validator.Index("owners", i);
            var o = roll.Owners[i];
            if (!v.Required(op, o))
            {
                continue;
            }

            if (v.RequiredText(Validator.Field(op, "id"), o.Id) && !ownerIds.Add(o.Id))
            {
                v.Add(Validator.Field(op, "id"), ErrorCode.Inconsistent, $"owner '{o.Id}' is listed more than once: list each owner once with all their flats (an owner counts once)");
            }

            var fp = Validator.Field(op, "flats");
            if (!v.Required(fp, o.Flats))
            {
                continue;
            }

            if (o.Flats.Count == 0)
            {
                v.Add(fp, ErrorCode.Required, "must list at least one flat");
            }

            for (var j = 0; j < o.Flats.Count; j++)
            {
                var fjp = Validator.Index(fp, j);
                var f = o.Flats[j];
                if (!v.Required(fjp, f))
                {
                    continue;
                }

                if (v.RequiredText(Validator.Field(fjp, "id"), f.Id) && !flatIds.Add(f.Id))
                {
                    v.Add(Validator.Field(fjp, "id"), ErrorCode.Inconsistent, $"flat '{f.Id}' is listed more than once");
                }

                v.RequiredText(Validator.Field(fjp, "unitEntrance"), f.UnitEntrance);
                if (v.Positive(Validator.Field(fjp, "exclusiveArea"), f.ExclusiveArea))
                {
                    if (f.ExclusiveArea > MaximumArea)
                    {
                        v.Add(Validator.Field(fjp, "exclusiveArea"), ErrorCode.OutOfRange, $"must not exceed {Num(MaximumArea)} m²");
                    }
                    else
                    {
                        total += f.ExclusiveArea;
                    }
                }

                anyInEntrance |= string.Equals(f.UnitEntrance, roll.UnitEntrance, StringComparison.Ordinal);
            }
        }

        if (!string.IsNullOrWhiteSpace(roll.UnitEntrance) && roll.Owners.Count > 0 && !anyInEntrance)
        {
            v.Add("unitEntrance", ErrorCode.Inconsistent, $"no flat of the roll is in unit entrance '{roll.UnitEntrance}'");
        }

        if (total > MaximumArea)
        {
            v.Add("owners", ErrorCode.OutOfRange, $"total exclusive area must not exceed {Num(MaximumArea)} m²");
        }

        v.ThrowIfAny();
    }

    /// <summary>The largest area accepted, m² (a sanity bound far above any building).</summary>
    private const decimal MaximumArea = 10_000_000m;

    private static decimal CeilingToHundredth(decimal x) => decimal.Ceiling(x * 100m) / 100m;

    private static string PercentDown(decimal part, decimal whole) =>
        (decimal.Truncate(part * 1_000_000m / whole) / 10_000m).ToString("0.0000", CultureInfo.InvariantCulture) + "%";

    private static string PercentUp(int numerator, int denominator) =>
        (decimal.Ceiling(numerator * 1_000_000m / denominator) / 10_000m).ToString("0.0000", CultureInfo.InvariantCulture) + "%";

    internal static string Num(decimal x) => x.ToString("#,##0.##########", CultureInfo.InvariantCulture);

    internal static string Int(int x) => x.ToString(CultureInfo.InvariantCulture);

    private static string Long(long x) => x.ToString(CultureInfo.InvariantCulture);

    internal static string Date(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
