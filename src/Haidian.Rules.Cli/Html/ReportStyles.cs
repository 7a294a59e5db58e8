namespace Haidian.Rules.Cli.Html;

/// <summary>The report template's fixed markup: the doctype and the inline style sheet (screen and A4 print).</summary>
internal static class ReportStyles
{
    public static TemplateLiteral Doctype { get; } = TemplateLiteral.FromConstant("<!DOCTYPE html>\n");

    /// <summary>
    /// The style sheet. Only locally installed fonts are named (no web font): Noto Sans CJK / Source Han Sans on Linux,
    /// PingFang on macOS, Microsoft YaHei on Windows. Wide tables scroll inside their own box so the page never
    /// scrolls sideways; in print they shrink to the A4 width.
    /// </summary>
    public static TemplateLiteral Css { get; } = TemplateLiteral.FromConstant("""
:root { --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --head: #f3f5f7; --accent: #0b5cad; --bad: #b42318; --good: #1a7f37; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1180px; padding: 16px 20px 32px; color: var(--fg); background: #fff;
  font: 15px/1.5 "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif; }
h1 { font-size: 1.45rem; margin: 0 0 4px; line-height: 1.3; }
h2 { font-size: 1.15rem; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1rem; margin: 18px 0 6px; }
.en { color: var(--muted); font-weight: normal; }
h1 .en { display: block; font-size: 1rem; }
.subtitle { color: var(--muted); margin: 0; overflow-wrap: anywhere; }
p, dd, dt, summary, li { overflow-wrap: anywhere; }
td, th { overflow-wrap: break-word; }
th, td { min-width: 4.5em; }
td.long { min-width: 16em; }
.table-wrap { max-width: 100%; overflow-x: auto; margin: 6px 0 12px; }
table { border-collapse: collapse; font-size: 0.9rem; min-width: 50%; }
th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
thead th { background: var(--head); font-weight: 600; }
th .en { display: block; font-size: 0.8rem; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.kv { width: 100%; max-width: 44em; }
table.kv th { width: 38%; font-weight: normal; background: var(--head); }
table.kv th .en { color: var(--fg); }
td.arith { font-variant-numeric: tabular-nums; min-width: 14em; }
.code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85em; }
tr.total td, tr.total th { font-weight: 600; background: #fafbfc; }
tr.pool td, tr.pool th { font-style: italic; }
.neg { color: var(--bad); }
.check { padding: 6px 10px; border-left: 4px solid var(--good); background: #f0f8f2; overflow-wrap: anywhere; }
.check.bad { border-color: var(--bad); background: #fdf0ef; }
.whatif { border: 2px solid #c77c02; background: #fff8e6; padding: 4px 12px 8px; margin: 12px 0; }
.whatif h2 { border: 0; margin-top: 8px; }
.changed { font-weight: 600; }
details { border: 1px solid var(--line); border-radius: 4px; margin: 6px 0; padding: 0 10px; }
details > summary { cursor: pointer; padding: 6px 0; font-weight: 600; }
details[open] > summary { border-bottom: 1px solid var(--line); margin-bottom: 6px; }
summary .amount { float: right; font-variant-numeric: tabular-nums; margin-left: 12px; }
figure { margin: 8px 0 16px; }
svg.chart { width: 100%; max-width: 1000px; height: auto; display: block; font-size: 14px; }
svg.chart text { fill: var(--fg); }
svg.chart .grid { stroke: #e4e8ec; stroke-width: 1; }
svg.chart .axis { stroke: #8c959f; stroke-width: 1; }
svg.chart .zero { stroke: #57606a; stroke-width: 1.2; }
svg.chart .series { fill: none; stroke-width: 2.2; }
svg.chart .pool { stroke-dasharray: 7 4; stroke-width: 2.6; }
.s0 { stroke: #0b5cad; fill: #0b5cad; } .s1 { stroke: #c4320a; fill: #c4320a; } .s2 { stroke: #1a7f37; fill: #1a7f37; }
.s3 { stroke: #8250df; fill: #8250df; } .s4 { stroke: #b08800; fill: #b08800; } .s5 { stroke: #0a7f8c; fill: #0a7f8c; }
.s6 { stroke: #bf3989; fill: #bf3989; } .s7 { stroke: #6e7781; fill: #6e7781; } .sp { stroke: #24292f; fill: #24292f; }
svg.chart circle { stroke: #fff; stroke-width: 1; }
ul.legend { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
ul.legend svg { width: 28px; height: 10px; vertical-align: middle; margin-right: 4px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
dt { color: var(--muted); }
dd { margin: 0; }
footer { margin-top: 32px; font-size: 0.85rem; border-top: 1px solid var(--line); }
footer h2 { border: 0; font-size: 1rem; }
.outcome-pass { color: var(--good); font-weight: 600; } .outcome-fail, .outcome-error { color: var(--bad); font-weight: 600; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 4px 0; font-size: 0.85rem; }
@media (max-width: 600px) {
  body { padding: 10px; font-size: 14px; }
  dl { grid-template-columns: 1fr; }
  dt { margin-top: 4px; }
}
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; width: 100%; }
  th, td { padding: 2px 4px; }
  tr, figure, .check { break-inside: avoid; }
  details { border: 0; padding: 0; }
  svg.chart { max-width: 100%; }
  a { color: inherit; }
}
""");
}
