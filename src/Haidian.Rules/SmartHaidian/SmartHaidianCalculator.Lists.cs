using System.Linq;

namespace Haidian.Rules.SmartHaidian;

/// <summary>The checks of a draft list (第十四条第三款) and a top-level design (第七条).</summary>
public sealed partial class SmartHaidianCalculator
{
    /// <summary>Checks 33–34, 第十四条第三款: Σ planned special-fund budgets ≤ the fund's size; at least one alternate (R20).</summary>
    private static void DraftListChecks(Evaluation e, DraftList list)
    {
        var counted = list.Entries.Where(x => x.Category == ListCategory.Planned && x.FundingSource == FundingSource.SpecialFund).ToArray();
        var others = list.Entries.Where(x => x.Category == ListCategory.Planned && x.FundingSource == FundingSource.Other).ToArray();
        var sum = counted.Sum(x => x.Budget);
        var arithmetic = (counted.Length == 0 ? "no planned special-fund entries" : string.Join(" + ", counted.Select(x => Texts.Money(x.Budget))) + " = " + Texts.Money(sum))
            + (sum > list.SpecialFundSize ? " > " : " ≤ ") + Texts.Money(list.SpecialFundSize) + " (specialFundSize)"
            + (others.Length == 0 ? string.Empty : "; planned entries from other funds not counted: " + string.Join(", ", others.Select(x => x.ProjectId + " " + Texts.Money(x.Budget))));
        if (sum > list.SpecialFundSize)
        {
            e.Add(33, Party.Office, "the planned special-fund projects of the " + Texts.Int(list.Year) + " draft list total " + Texts.Money(sum) + ", above the special fund's size " + Texts.Money(list.SpecialFundSize) + " by " + Texts.Money(sum - list.SpecialFundSize) + " (严格按照专项资金规模)", arithmetic);
        }

        e.Notes.Add("planned special-fund total: " + arithmetic);
        var alternates = list.Entries.Count(x => x.Category == ListCategory.Alternate);
        if (alternates == 0)
        {
            e.Add(34, Party.Office, "the " + Texts.Int(list.Year) + " draft list has no alternate project (应有适当数量的备选项目: read as at least one, R20)", "alternate entries: 0 < 1");
        }

        e.Notes.Add("alternates: " + Texts.Int(alternates) + "; whether more than one is 「适当数量」 is not computable (R20)");
    }

    /// <summary>Check 32, 第七条: the span in calendar years, both ends included (R26).</summary>
    private static void TopLevelDesignCheck(Evaluation e, TopLevelDesign design)
    {
        var span = design.LastYear - design.FirstYear + 1;
        var arithmetic = Texts.Int(design.LastYear) + " − " + Texts.Int(design.FirstYear) + " + 1 = " + Texts.Int(span) + (span < e.P.TopLevelDesignMinimumYears ? " < " : " ≥ ") + Texts.Int(e.P.TopLevelDesignMinimumYears) + " calendar years (both ends included, R26)";
        e.Notes.Add("span: " + arithmetic);
        if (span < e.P.TopLevelDesignMinimumYears)
        {
            e.Add(32, Party.Unit, "the top-level design spans " + Texts.Int(span) + " calendar year(s), fewer than " + Texts.Int(e.P.TopLevelDesignMinimumYears) + " (时间跨度应不少于三年)", arithmetic);
        }
    }
}
