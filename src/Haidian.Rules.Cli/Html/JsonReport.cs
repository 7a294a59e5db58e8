using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Json;

namespace Haidian.Rules.Cli.Html;

/// <summary>
/// Any module's result (the JSON <c>evaluate</c> prints) as a page, driven by the JSON itself so that a module's new
/// fields appear without a template change: the result's own figures first (label, value), each list as a table
/// (numbers right-aligned with thousands separators, the article of each citation), every itemized bill
/// (<c>lines</c>, <c>items</c>: rule, arithmetic, amount, article) folded in <c>&lt;details&gt;</c>, and the
/// provenance at the foot. Every cell with a value carries its JSON path in
/// <c>data-key</c>, so a reader (and the browser tests) can match the page to the JSON.
/// </summary>
internal static class JsonReport
{
    private static readonly Dictionary<string, string> Zh = new(StringComparer.Ordinal)
    {
        ["amount"] = "金额", ["arithmetic"] = "算式", ["citation"] = "条款", ["rule"] = "规则", ["subject"] = "事项",
        ["month"] = "月份", ["year"] = "年度", ["status"] = "状态", ["reason"] = "理由", ["payer"] = "支付方",
        ["cost"] = "费用", ["cap"] = "上限", ["rate"] = "比例", ["total"] = "合计", ["grade"] = "等级", ["met"] = "满足",
        ["findings"] = "检查结果", ["severity"] = "性质", ["segments"] = "分段", ["lines"] = "明细", ["items"] = "明细",
        ["steps"] = "计算步骤", ["rows"] = "评分表", ["parts"] = "部分", ["conditions"] = "条件", ["estate"] = "小区",
        ["operator"] = "运营单位", ["town"] = "街镇", ["date"] = "日期", ["holiday"] = "节假日", ["days"] = "天数",
        ["lastDay"] = "期限届满日", ["start"] = "开始", ["end"] = "结束", ["excluded"] = "未计入", ["tickets"] = "小票",
        ["consequences"] = "结果", ["shortfalls"] = "不足", ["base"] = "基数", ["fee"] = "费用", ["verdict"] = "结论",
    };

    private static readonly string[] LineKeys = { "arithmetic" };
    private static readonly string[] NameKeys = { "name", "estate", "street", "unit", "subject", "elevatorId", "sectionId", "buildingId", "id", "label", "date", "month", "from", "ruleId", "town" };

    public static string Render(string module, string description, JsonNode result, IReadOnlyList<WhatIfDifference> whatIf, string fallbackParametersVersion)
    {
        var split = description.IndexOf(" — ", StringComparison.Ordinal);
        var zh = split < 0 ? string.Empty : description.Substring(0, split);
        var en = split < 0 ? description : description.Substring(split + 3);
        var provenance = new List<ReportProvenance>();
        CollectProvenance(result, provenance);
        if (provenance.Count == 0)
        {
            provenance.Add(new ReportProvenance(fallbackParametersVersion, null, ReportPage.LibraryVersion));
        }

        var page = new ReportPage(zh.Length > 0 ? zh : module, en)
        {
            Subtitle = "haidian-rules evaluate " + module,
            WhatIf = whatIf,
            Provenance = provenance.Distinct().ToArray(),
        };
        return page.Render(h =>
        {
            if (result is JsonObject o)
            {
                Object(h, o, string.Empty, 2);
            }
            else if (result is JsonArray a)
            {
                Array(h, a, string.Empty, "result", 2);
            }
            else
            {
                h.Element("p", result.ToJsonString(CliJsonOptions.Compact), ("data-key", "$"));
            }
        });
    }

    private static void Object(HtmlWriter h, JsonObject o, string path, int level)
    {
        var scalars = o.Where(p => p.Key != "provenance" && IsScalarLike(p.Key, p.Value)).ToArray();
        if (scalars.Length > 0)
        {
            h.Open("div", ("class", "table-wrap")).Open("table", ("class", "kv"));
            h.Open("tbody");
            foreach (var (key, value) in scalars)
            {
                h.Open("tr").Open("th", ("scope", "row"));
                Label(h, key);
                h.Close();
                Cell(h, key, value, Combine(path, key));
                h.Close();
            }

            h.Close().Close().Close();
        }

        foreach (var (key, value) in o)
        {
            if (key == "provenance" || IsScalarLike(key, value))
            {
                continue;
            }

            var p = Combine(path, key);
            if (value is JsonArray a)
            {
                Array(h, a, p, key, level);
            }
            else if (value is JsonObject child)
            {
                Heading(h, key, level, null);
                Object(h, child, p, Math.Min(level + 1, 4));
            }
        }
    }

    private static void Array(HtmlWriter h, JsonArray a, string path, string key, int level)
    {
        var items = a.OfType<JsonObject>().ToArray();
        var isBill = items.Length > 0 && items.All(i => LineKeys.Any(i.ContainsKey));
        if (isBill)
        {
            h.Open("details", ("class", "bill"), ("data-path", path));
            h.Open("summary");
            Label(h, key);
            h.Text($" · {items.Length} {(items.Length == 1 ? "line" : "lines")} with rule, arithmetic and article");
            h.Close();
            Table(h, items, path);
            h.Close();
            return;
        }

        Heading(h, key, level, $" ({items.Length})");
        if (items.Length == 0)
        {
            h.Element("p", "— none 无", ("class", "en"));
            return;
        }

        Table(h, items, path);
        for (var i = 0; i < items.Length; i++)
        {
            var nested = items[i].Where(p => p.Key != "provenance" && !IsScalarLike(p.Key, p.Value)).ToArray();
            if (nested.Length == 0)
            {
                continue;
            }

            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            h.Open("details", ("class", "item"), ("data-path", itemPath));
            h.Element("summary", NameOf(items[i], key, i));
            foreach (var (k, v) in nested)
            {
                if (v is JsonArray na)
                {
                    Array(h, na, Combine(itemPath, k), k, Math.Min(level + 1, 4));
                }
                else if (v is JsonObject no)
                {
                    Heading(h, k, Math.Min(level + 1, 4), null);
                    Object(h, no, Combine(itemPath, k), Math.Min(level + 2, 4));
                }
            }

            h.Close();
        }
    }

    /// <summary>A table of objects: one column per scalar field (in order of first appearance), the citation's article last.</summary>
    private static void Table(HtmlWriter h, IReadOnlyList<JsonObject> items, string path)
    {
        var columns = new List<string>();
        foreach (var item in items)
        {
            foreach (var (k, v) in item)
            {
                if (k != "provenance" && IsScalarLike(k, v) && !columns.Contains(k))
                {
                    columns.Add(k);
                }
            }
        }

        // The citation reads best last, after the amount.
        if (columns.Remove("citation"))
        {
            columns.Add("citation");
        }

        h.Open("div", ("class", "table-wrap")).Open("table");
        h.Open("thead").Open("tr");
        foreach (var c in columns)
        {
            var numeric = items.Any(i => i[c] is JsonValue v && v.GetValueKind() == JsonValueKind.Number);
            h.Open("th", ("class", numeric ? "num" : null), ("scope", "col"));
            Label(h, c);
            h.Close();
        }

        h.Close().Close();
        h.Open("tbody");
        for (var i = 0; i < items.Count; i++)
        {
            h.Open("tr");
            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            foreach (var c in columns)
            {
                if (items[i].ContainsKey(c))
                {
                    Cell(h, c, items[i][c], Combine(itemPath, c));
                }
                else
                {
                    h.Element("td", string.Empty);
                }
            }

            h.Close();
        }

        h.Close().Close().Close();
    }

    private static void Cell(HtmlWriter h, string key, JsonNode? value, string path)
    {
        switch (value)
        {
            case null:
                h.Element("td", "—", ("data-key", path));
                return;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                var text = FormatNumber(key, v);
                h.Element("td", text, ("class", text.StartsWith('-') ? "num neg" : "num"), ("data-key", path));
                return;
            case JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                h.Element("td", v.GetValue<bool>() ? "yes 是" : "no 否", ("data-key", path));
                return;
            case JsonValue v when v.TryGetValue<string>(out var s):
                h.Element("td", s, ("class", key == "arithmetic" ? "arith" : s.Length > 40 ? "long" : null), ("data-key", path));
                return;
            case JsonObject citation when IsCitation(citation):
                var article = Str(citation, "article");
                h.Open("td", ("title", string.Join(" ", Str(citation, "documentNumber"), Str(citation, "title"), article).Trim()), ("data-key", path));
                h.Text(article).Open("br").Element("span", Str(citation, "documentNumber"), ("class", "en"));
                h.Close();
                return;
            case JsonArray a:
                h.Element("td", a.Count == 0 ? "—" : string.Join(", ", a.Select(x => x is JsonValue xv && xv.TryGetValue<string>(out var xs) ? xs : x is JsonValue n && n.GetValueKind() == JsonValueKind.Number ? FormatNumber(key, n) : x?.ToJsonString(CliJsonOptions.Compact) ?? "null")), ("data-key", path));
                return;
            default:
                h.Element("td", value.ToJsonString(CliJsonOptions.Compact), ("class", "code"), ("data-key", path));
                return;
        }
    }

    private static void CollectProvenance(JsonNode? node, List<ReportProvenance> into)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o)
                {
                    if (k == "provenance" && v is JsonObject p)
                    {
                        Add(p);
                    }
                    else if (k == "provenance" && v is JsonArray list)
                    {
                        foreach (var x in list.OfType<JsonObject>())
                        {
                            Add(x);
                        }
                    }
                    else
                    {
                        CollectProvenance(v, into);
                    }
                }

                break;
            case JsonArray a:
                foreach (var x in a)
                {
                    CollectProvenance(x, into);
                }

                break;
        }

        void Add(JsonObject p)
        {
            var r = new ReportProvenance(Str(p, "parametersVersion"), p.ContainsKey("parametersInForceFrom") ? Str(p, "parametersInForceFrom") : null, Str(p, "packageVersion"));
            if (!into.Contains(r))
            {
                into.Add(r);
            }
        }
    }

    private static bool IsScalarLike(string key, JsonNode? value) =>
        value is null or JsonValue
        || (value is JsonObject o && IsCitation(o))
        || (value is JsonArray a && a.All(x => x is null or JsonValue));

    private static bool IsCitation(JsonObject o) => o.ContainsKey("documentNumber") && o.ContainsKey("article");

    private static string Str(JsonObject o, string key) => o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;

    private static string NameOf(JsonObject item, string key, int index)
    {
        foreach (var k in NameKeys)
        {
            if (item[k] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0)
            {
                return s;
            }
        }

        return Humanize(key) + " " + (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static string FormatNumber(string key, JsonValue v)
    {
        var raw = v.ToJsonString();
        if (key.EndsWith("ear", StringComparison.Ordinal) || key.EndsWith("Id", StringComparison.Ordinal) || key is "number" or "part" or "item" or "label")
        {
            return raw;
        }

        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? ReportPage.Number(d) : raw;
    }

    private static void Heading(HtmlWriter h, string key, int level, string? suffix)
    {
        h.Open("h" + Math.Clamp(level, 2, 4).ToString(CultureInfo.InvariantCulture));
        Label(h, key);
        if (suffix is not null)
        {
            h.Text(suffix);
        }

        h.Close();
    }

    private static void Label(HtmlWriter h, string key)
    {
        if (Zh.TryGetValue(key, out var zh))
        {
            h.Element("span", zh, ("lang", "zh-Hans")).Text(" ");
        }

        h.Element("span", Humanize(key), ("class", "en"), ("lang", "en"));
    }

    /// <summary><c>remainderForImplementingBody</c> → <c>remainder for implementing body</c>.</summary>
    internal static string Humanize(string key)
    {
        var sb = new StringBuilder(key.Length + 8);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (char.IsUpper(c) && i > 0 && !(char.IsUpper(key[i - 1]) && (i + 1 == key.Length || char.IsUpper(key[i + 1]))))
            {
                sb.Append(' ').Append(i + 1 < key.Length && char.IsUpper(key[i + 1]) ? c : char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string Combine(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
