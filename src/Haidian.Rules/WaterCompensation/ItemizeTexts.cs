using System;
using System.Globalization;
using NodaTime;

namespace Haidian.Rules.WaterCompensation;

/// <summary>
/// The constant texts of the itemized path for one parameter version (class limits, rates, per-step rules, the
/// "(6 − 4) × 30,000 = 60,000" arithmetic of every class/target pair), built once on first use, so that itemizing a
/// section-month formats only what depends on its measurements. Every text is exactly what the itemized path printed
/// before it was cached (the snapshot tests hold it to that).
/// </summary>
internal sealed class ItemizeTexts
{
    // Citations of the articles the itemized path cites (immutable records: one instance each is enough).
    internal static readonly Citation Article4 = WaterCompensationParameters.Document.WithArticle("第四条");
    internal static readonly Citation Article8 = WaterCompensationParameters.Document.WithArticle("第八条");
    internal static readonly Citation Article8Case1 = WaterCompensationParameters.Document.WithArticle("第八条（一）");
    internal static readonly Citation Article8Case2 = WaterCompensationParameters.Document.WithArticle("第八条（二）");
    internal static readonly Citation Article9 = WaterCompensationParameters.Document.WithArticle("第九条");
    internal static readonly Citation Article9Dry = WaterCompensationParameters.Document.WithArticle("第九条（一）");

    /// <summary>"max(0, cls − target) = 0" by [cls, target].</summary>
    internal static readonly string[,] NotOwedArithmetic = BuildNotOwed();

    /// <summary>"第四条: functional class II is assessed on CODMn 高锰酸盐指数" by functional class.</summary>
    internal static readonly string[] IgnoredRule = BuildIgnoredRules();

    private static readonly string[] CommonAmounts = new string[257];

    private readonly string[,,] subjectTail = new string[5, 7, 6];
    private readonly string[,,] baseArithmetic = new string[2, 7, 6];
    private readonly string[] noInflowRule = new string[2];
    private readonly string[] rateRuleTail = new string[2];
    private readonly string[,] surchargeRule = new string[4, 2];
    private readonly string[,] notAboveRule = new string[4, 2];
    private readonly string[] thresholdText = new string[4];
    private readonly string[] stepText = new string[4];
    private readonly string[,] perStepText = new string[4, 2];

    public ItemizeTexts(CompiledRules rules)
    {
        for (var table = 0; table < 5; table++)
        {
            var body = table == 3 ? "river" : table == 4 ? "lake/reservoir" : "GB 3838-2002";
            for (var cls = 1; cls <= 6; cls++)
            {
                var limitText = cls <= 5
                    ? "≤ class " + (WaterClass)cls + " limit " + Conc(rules.Limit(table, cls - 1))
                    : "> class V limit " + Conc(rules.Limit(table, 4));
                for (var target = 1; target <= 5; target++)
                {
                    subjectTail[table, cls, target] = " → " + ClassName(cls) + " (" + limitText + ", " + body + "); target " + (WaterClass)target;
                }
            }
        }

        for (var k = 0; k < 2; k++)
        {
            var case1 = k == 0;
            var article = case1 ? "第八条（一）" : "第八条（二）";
            var rate = case1 ? rules.PerClass1 : rules.PerClass2;
            noInflowRule[k] = article + " (no inflow): " + Amount(rate) + " yuan per class worse per month";
            rateRuleTail[k] = "): " + Amount(rate) + " yuan per class worse per month";
            for (var cls = 1; cls <= 6; cls++)
            {
                for (var target = 1; target <= 5; target++)
                {
                    var worse = cls - target;
                    baseArithmetic[k, cls, target] = worse > 0
                        ? "(" + Int(cls) + " − " + Int(target) + ") × " + Amount(rate) + " = " + Amount(worse * rate)
                        : string.Empty;
                }
            }

            for (var p = 0; p < 4; p++)
            {
                var pollutant = (Pollutant)p;
                var threshold = Conc(rules.Threshold(pollutant));
                var perStep = Amount(rules.PerStep(pollutant, case1));
                thresholdText[p] = threshold;
                stepText[p] = Conc(rules.Step(pollutant));
                perStepText[p, k] = perStep;
                surchargeRule[p, k] = article + " 追加补偿金: " + perStep + " yuan per " + stepText[p] + " mg/L or part (以内（含）) above " + threshold + " (大于)";
                notAboveRule[p, k] = article + " 追加补偿金 applies only above " + threshold + " mg/L (大于, strict)";
            }
        }
    }

    /// <summary>" → 劣V (6) (&gt; class V limit 40, GB 3838-2002); target IV".</summary>
    public string SubjectTail(int table, int cls, int target) => subjectTail[table, cls, target];

    /// <summary>"(6 − 4) × 30,000 = 60,000" for an owed pollutant.</summary>
    public string BaseArithmetic(bool case1, int cls, int target) => baseArithmetic[case1 ? 0 : 1, cls, target];

    /// <summary>"第八条（一） (no inflow): 30,000 yuan per class worse per month".</summary>
    public string NoInflowRule(bool case1) => noInflowRule[case1 ? 0 : 1];

    /// <summary>"): 30,000 yuan per class worse per month" (after the comparison with the inflow).</summary>
    public string RateRuleTail(bool case1) => rateRuleTail[case1 ? 0 : 1];

    public string SurchargeRule(Pollutant p, bool case1) => surchargeRule[(int)p, case1 ? 0 : 1];

    public string NotAboveRule(Pollutant p, bool case1) => notAboveRule[(int)p, case1 ? 0 : 1];

    public string Threshold(Pollutant p) => thresholdText[(int)p];

    public string Step(Pollutant p) => stepText[(int)p];

    public string PerStep(Pollutant p, bool case1) => perStepText[(int)p, case1 ? 0 : 1];

    /// <summary>The class as the lines print it: "IV (4)", "劣V (6)".</summary>
    internal static string ClassName(int cls) => cls == 6 ? "劣V (6)" : ((WaterClass)cls) + " (" + cls.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>An amount as <c>#,##0.##</c> (invariant culture); whole non-negative amounts without the general formatter, multiples of 5,000 up to 1,280,000 cached.</summary>
    internal static string Amount(decimal amount)
    {
#if NET8_0_OR_GREATER
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(amount, bits);
        if (bits[2] == 0 && bits[3] >= 0)
        {
            var scale = (bits[3] >> 16) & 0xFF;
            var m = unchecked((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
            var p = Pow10(scale);
            if (p != 0 && m % p == 0)
            {
                var v = m / p;
                if (v % 5000 == 0 && v / 5000 < (ulong)CommonAmounts.Length)
                {
                    var k = (int)(v / 5000);
                    return CommonAmounts[k] ??= Grouped(v);
                }

                return Grouped(v);
            }
        }
#endif
        return amount.ToString("#,##0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A concentration as <c>decimal.ToString(CultureInfo.InvariantCulture)</c> prints it (scale kept: "3.20").</summary>
    internal static string Conc(decimal c)
    {
#if NET8_0_OR_GREATER
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(c, bits);
        if (bits[2] == 0 && bits[3] >= 0)
        {
            var scale = (bits[3] >> 16) & 0xFF;
            var m = unchecked((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
            if (scale == 0)
            {
                return m.ToString(CultureInfo.InvariantCulture);
            }

            var n = DigitCount(m);
            var width = Math.Max(n, scale + 1);   // leading zeros so that at least one digit precedes the point
            return string.Create(width + 1, (m, scale, n, width), static (span, s) =>
            {
                Span<char> d = stackalloc char[20];
                s.m.TryFormat(d, out _, default, CultureInfo.InvariantCulture);
                var pad = s.width - s.n;
                var point = s.width - s.scale;
                var w = 0;
                for (var k = 0; k < s.width; k++)
                {
                    if (k == point)
                    {
                        span[w++] = '.';
                    }

                    span[w++] = k < pad ? '0' : d[k - pad];
                }
            });
        }
#endif
        return c.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A month as <c>yyyy-MM</c> (NodaTime's pattern) without the pattern engine for years 1–9999.</summary>
    internal static string Month(YearMonth month)
    {
        var y = month.Year;
        if (y < 1)
        {
            return month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

#if NET8_0_OR_GREATER
        return string.Create(7, (y, month.Month), static (span, s) =>
        {
            span[0] = (char)('0' + (s.y / 1000));
            span[1] = (char)('0' + (s.y / 100 % 10));
            span[2] = (char)('0' + (s.y / 10 % 10));
            span[3] = (char)('0' + (s.y % 10));
            span[4] = '-';
            span[5] = (char)('0' + (s.Item2 / 10));
            span[6] = (char)('0' + (s.Item2 % 10));
        });
#else
        return y.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.Month.ToString("D2", CultureInfo.InvariantCulture);
#endif
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

#if NET8_0_OR_GREATER
    private static int DigitCount(ulong v)
    {
        var n = 1;
        while (v >= 10)
        {
            v /= 10;
            n++;
        }

        return n;
    }

    private static ulong Pow10(int scale)
    {
        if (scale > 19)
        {
            return 0;
        }

        var p = 1UL;
        for (var i = 0; i < scale; i++)
        {
            p *= 10;
        }

        return p;
    }

    /// <summary>A whole number with "," every three digits.</summary>
    private static string Grouped(ulong v)
    {
        var n = DigitCount(v);
        return string.Create(n + ((n - 1) / 3), (v, n), static (span, s) =>
        {
            Span<char> digits = stackalloc char[20];
            s.v.TryFormat(digits, out _, default, CultureInfo.InvariantCulture);
            var w = 0;
            for (var i = 0; i < s.n; i++)
            {
                if (i > 0 && (s.n - i) % 3 == 0)
                {
                    span[w++] = ',';
                }

                span[w++] = digits[i];
            }
        });
    }
#endif

    private static string[,] BuildNotOwed()
    {
        var a = new string[7, 6];
        for (var cls = 1; cls <= 6; cls++)
        {
            for (var target = 1; target <= 5; target++)
            {
                a[cls, target] = "max(0, " + Int(cls) + " − " + Int(target) + ") = 0";
            }
        }

        return a;
    }

    private static string[] BuildIgnoredRules()
    {
        var a = new string[6];
        for (var f = 1; f <= 5; f++)
        {
            var fc = (WaterClass)f;
            a[f] = "第四条: functional class " + fc + " is assessed on " + WaterCompensationCalculator.Name(WaterCompensationParameters.OxygenDemandIndicatorFor(fc));
        }

        return a;
    }
}
