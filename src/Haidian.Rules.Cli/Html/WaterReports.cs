using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Haidian.Rules.WaterCompensation;

namespace Haidian.Rules.Cli.Html;

/// <summary>
/// The water settlement as a page: the town ledger (paid / received / net, the district pool, the balance check), for a
/// year the monthly net-position chart with the pool as its own series, and every section's itemized bill — arithmetic
/// and article on each line — folded in <c>&lt;details&gt;</c>.
/// </summary>
internal static class WaterReports
{
    private const string TitleZh = "跨界断面水环境区域补偿";

    /// <summary>A monthly settlement; <paramref name="sectionNames"/> gives each section id its register name (may be empty).</summary>
    public static string Month(MonthlySettlement s, IReadOnlyDictionary<string, string> sectionNames, IReadOnlyList<WhatIfDifference> whatIf)
    {
        var month = s.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var page = new ReportPage(TitleZh + " 月度结算 " + month, "Water-environment compensation: settlement of " + month)
        {
            Subtitle = WaterCompensationParameters.Document.ToString(),
            WhatIf = whatIf,
            Provenance = ReportPage.Of(new[] { s.Provenance }),
        };
        return page.Render(h =>
        {
            ReportPage.Heading(h, "h2", "街镇结算", "Town ledger", "ledger");
            TownTable(h, s.Towns.Select(t => (t.Town, t.Paid, t.Received, t.Net)), s.PoolTotal);
            Check(h, s.TotalPaid, s.TotalReceived, s.PoolTotal);
            MonthDetail(h, s, sectionNames, open: true);
        });
    }

    /// <summary>An annual statement: the year's ledger, the chart, the month-by-town matrix and every month folded.</summary>
    public static string Year(AnnualStatement s, IReadOnlyDictionary<string, string> sectionNames, IReadOnlyList<WhatIfDifference> whatIf)
    {
        var year = s.Year.ToString(CultureInfo.InvariantCulture);
        var page = new ReportPage(TitleZh + " 年度结算 " + year, "Water-environment compensation: settlement of " + year)
        {
            Subtitle = WaterCompensationParameters.Document.ToString(),
            WhatIf = whatIf,
            Provenance = ReportPage.Of(s.Provenance),
        };
        return page.Render(h =>
        {
            ReportPage.Heading(h, "h2", "街镇年度结算", "Town ledger, year", "ledger");
            h.Open("div", ("class", "table-wrap")).Open("table", ("class", "ledger"));
            ReportPage.HeaderRow(h, ("街镇", "town", false), ("支付", "paid", true), ("收取", "received", true), ("净额", "net", true), ("扣减", "deductions", true), ("扣减后收取", "received after deductions", true), ("专项转移资金", "transfer fund", true));
            h.Open("tbody");
            foreach (var t in s.Towns)
            {
                h.Open("tr", ("data-town", t.Town)).Element("th", t.Town, ("scope", "row"));
                MoneyCell(h, t.CompensationPaid, "town:" + t.Town + ":paid");
                MoneyCell(h, t.CompensationReceived, "town:" + t.Town + ":received");
                MoneyCell(h, t.Net, "town:" + t.Town + ":net");
                MoneyCell(h, t.DeductionsApplied, null);
                MoneyCell(h, t.ReceivedAfterDeductions, null);
                MoneyCell(h, t.TransferFund, null);
                h.Close();
            }

            h.Open("tr", ("class", "pool")).Open("th", ("scope", "row")).Text(MonthlySettlement.DistrictPool + " ").Element("span", "district pool (第十二条)", ("class", "en")).Close();
            h.Element("td", string.Empty);
            MoneyCell(h, s.PoolTotal, "pool");
            h.Element("td", string.Empty).Element("td", string.Empty).Element("td", string.Empty);
            MoneyCell(h, s.TransferFundTotal, "transferFund");
            h.Close();
            var paid = s.Towns.Sum(t => t.CompensationPaid);
            var received = s.Towns.Sum(t => t.CompensationReceived);
            h.Open("tr", ("class", "total")).Element("th", "街镇合计 towns' total", ("scope", "row"));
            MoneyCell(h, paid, "total:paid");
            MoneyCell(h, received, "total:received");
            h.Element("td", string.Empty).Element("td", string.Empty).Element("td", string.Empty);
            MoneyCell(h, s.Towns.Sum(t => t.TransferFund), null);
            h.Close();
            h.Close().Close().Close();
            Check(h, paid, received, s.PoolTotal);

            ReportPage.Heading(h, "h2", "逐月净额", "Net position by month (received − paid, yuan)", "chart");
            var labels = s.Months.Select(m => m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToArray();
            var series = s.Towns.Select(t => new ChartSeries(t.Town, s.Months.Select(m => NetOf(m, t.Town)).ToArray(), false))
                .Append(new ChartSeries(MonthlySettlement.DistrictPool + " district pool", s.Months.Select(m => m.PoolTotal).ToArray(), true))
                .ToArray();
            SvgLineChart.Write(h, $"Water compensation {year}: each town's monthly net position and the district pool (区级统筹), yuan", labels.Select(l => l.Substring(5)).ToArray(), series);

            h.Open("div", ("class", "table-wrap")).Open("table", ("class", "matrix"));
            var columns = new List<(string, string, bool)> { ("月份", "month", false) };
            columns.AddRange(s.Towns.Select(t => (string.Empty, t.Town, true)));
            columns.Add((MonthlySettlement.DistrictPool, "district pool", true));
            ReportPage.HeaderRow(h, columns.ToArray());
            h.Open("tbody");
            foreach (var m in s.Months)
            {
                h.Open("tr").Element("th", m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), ("scope", "row"));
                foreach (var t in s.Towns)
                {
                    MoneyCell(h, NetOf(m, t.Town), null);
                }

                MoneyCell(h, m.PoolTotal, null);
                h.Close();
            }

            h.Open("tr", ("class", "total")).Element("th", year, ("scope", "row"));
            foreach (var t in s.Towns)
            {
                MoneyCell(h, t.Net, null);
            }

            MoneyCell(h, s.PoolTotal, null);
            h.Close().Close().Close().Close();

            if (s.Lines.Count > 0)
            {
                ReportPage.Heading(h, "h2", "专项转移资金与扣减", "Transfer fund and deductions", "annual-lines");
                LineTable(h, s.Lines);
            }

            ReportPage.Heading(h, "h2", "逐月账单", "Monthly ledgers and itemized bills", "months");
            foreach (var m in s.Months)
            {
                h.Open("details", ("class", "month"), ("id", "month-" + m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
                h.Open("summary").Text(m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture) + " · paid 支付 ").Element("span", ReportPage.Money(m.TotalPaid), ("class", "amount")).Close();
                TownTable(h, m.Towns.Select(t => (t.Town, t.Paid, t.Received, t.Net)), m.PoolTotal, m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture) + "/");
                Check(h, m.TotalPaid, m.TotalReceived, m.PoolTotal);
                MonthDetail(h, m, sectionNames, open: false);
                h.Close();
            }
        });
    }

    private static decimal NetOf(MonthlySettlement m, string town) => m.Towns.FirstOrDefault(t => t.Town == town)?.Net ?? 0m;

    /// <summary>The towns' paid / received / net, the pool row and the towns' total; <paramref name="keyPrefix"/> keeps a year's months apart in <c>data-key</c>.</summary>
    private static void TownTable(HtmlWriter h, IEnumerable<(string Town, decimal Paid, decimal Received, decimal Net)> towns, decimal pool, string keyPrefix = "")
    {
        h.Open("div", ("class", "table-wrap")).Open("table", ("class", "ledger"));
        ReportPage.HeaderRow(h, ("街镇", "town", false), ("支付", "paid", true), ("收取", "received", true), ("净额", "net", true));
        h.Open("tbody");
        decimal paid = 0m, received = 0m;
        foreach (var t in towns)
        {
            paid += t.Paid;
            received += t.Received;
            h.Open("tr", ("data-town", t.Town)).Element("th", t.Town, ("scope", "row"));
            MoneyCell(h, t.Paid, keyPrefix + "town:" + t.Town + ":paid");
            MoneyCell(h, t.Received, keyPrefix + "town:" + t.Town + ":received");
            MoneyCell(h, t.Net, keyPrefix + "town:" + t.Town + ":net");
            h.Close();
        }

        h.Open("tr", ("class", "pool")).Open("th", ("scope", "row")).Text(MonthlySettlement.DistrictPool + " ").Element("span", "district pool (第十二条)", ("class", "en")).Close();
        h.Element("td", string.Empty);
        MoneyCell(h, pool, keyPrefix + "pool");
        h.Element("td", string.Empty).Close();
        h.Open("tr", ("class", "total")).Element("th", "街镇合计 towns' total", ("scope", "row"));
        MoneyCell(h, paid, keyPrefix + "total:paid");
        MoneyCell(h, received, keyPrefix + "total:received");
        h.Element("td", string.Empty).Close();
        h.Close().Close().Close();
    }

    private static void Check(HtmlWriter h, decimal paid, decimal received, decimal pool)
    {
        var balanced = paid == received + pool;
        h.Element(
            "p",
            $"核对 Check: paid {ReportPage.Money(paid)} = received {ReportPage.Money(received)} + pool {ReportPage.Money(pool)}: {(balanced ? "balanced 平衡" : "NOT BALANCED 不平衡")}",
            ("class", balanced ? "check" : "check bad"),
            ("data-key", "check"));
    }

    private static void MonthDetail(HtmlWriter h, MonthlySettlement s, IReadOnlyDictionary<string, string> names, bool open)
    {
        ReportPage.Heading(h, open ? "h2" : "h3", "支付", "Payments");
        h.Open("div", ("class", "table-wrap")).Open("table", ("class", "payments"));
        ReportPage.HeaderRow(h, ("断面", "section", false), ("支付方", "payer", false), ("接收方", "recipient", false), ("金额", "amount", true), ("算式", "arithmetic", false), ("条款", "article", false));
        h.Open("tbody");
        foreach (var l in s.Lines)
        {
            h.Open("tr").Element("td", l.SectionId).Element("td", l.Payer).Element("td", l.Recipient);
            MoneyCell(h, l.Amount, null);
            h.Element("td", l.Arithmetic, ("class", "arith")).Element("td", l.Citation.Article, ("title", l.Citation.ToString())).Close();
        }

        h.Close().Close().Close();

        ReportPage.Heading(h, open ? "h2" : "h3", "断面账单", "Section bills (click to unfold)");
        foreach (var r in s.Sections)
        {
            names.TryGetValue(r.SectionId, out var name);
            h.Open("details", ("class", "section"), ("data-section", r.SectionId));
            h.Open("summary").Text(r.SectionId + (string.IsNullOrEmpty(name) || name == r.SectionId ? string.Empty : " · " + name) + (r.Dry ? " · 断流 dry" : string.Empty))
                .Element("span", ReportPage.Money(r.Amount), ("class", "amount")).Close();
            if (r.Pollutants.Count > 0)
            {
                h.Open("div", ("class", "table-wrap")).Open("table", ("class", "pollutants"));
                ReportPage.HeaderRow(h, ("污染物", "pollutant", false), ("出境浓度", "outflow mg/L", true), ("入境浓度", "inflow mg/L", true), ("类别", "class", false), ("目标", "target", false), ("超标类别", "classes worse", true), ("情形", "case", false), ("基本", "base", true), ("加收", "surcharge", true), ("金额", "amount", true));
                h.Open("tbody");
                foreach (var p in r.Pollutants)
                {
                    h.Open("tr").Element("td", p.Pollutant.ToString());
                    h.Element("td", ReportPage.Number(p.Outflow), ("class", "num"));
                    h.Element("td", p.Inflow is { } i ? ReportPage.Number(i) : "—", ("class", "num"));
                    h.Element("td", p.Class.ToString()).Element("td", p.Target.ToString());
                    h.Element("td", p.ClassesWorse.ToString(CultureInfo.InvariantCulture), ("class", "num"));
                    h.Element("td", p.Case.ToString());
                    MoneyCell(h, p.BaseAmount, null);
                    MoneyCell(h, p.SurchargeAmount, null);
                    MoneyCell(h, p.Amount, null);
                    h.Close();
                }

                h.Close().Close().Close();
            }

            LineTable(h, r.Lines);
            h.Close();
        }
    }

    /// <summary>An itemized bill: subject, rule, arithmetic, amount and the article (full citation on hover and in the document column).</summary>
    internal static void LineTable(HtmlWriter h, IEnumerable<LineItem> lines)
    {
        h.Open("div", ("class", "table-wrap")).Open("table", ("class", "bill"));
        ReportPage.HeaderRow(h, ("事项", "subject", false), ("规则", "rule", false), ("算式", "arithmetic", false), ("金额", "amount", true), ("条款", "article", false));
        h.Open("tbody");
        foreach (var l in lines)
        {
            h.Open("tr").Element("td", l.Subject).Element("td", l.Rule).Element("td", l.Arithmetic, ("class", "arith"));
            MoneyCell(h, l.Amount, null);
            h.Open("td", ("title", l.Citation.ToString())).Text(l.Citation.Article).Open("br").Element("span", l.Citation.DocumentNumber, ("class", "en")).Close();
            h.Close();
        }

        h.Close().Close().Close();
    }

    internal static void MoneyCell(HtmlWriter h, decimal amount, string? key) =>
        h.Element("td", ReportPage.Money(amount), ("class", amount < 0 ? "num neg" : "num"), ("data-key", key));
}
