using System;
using System.Linq;
using System.Text.Json.Nodes;
using Haidian.Rules.Deadlines;

namespace Haidian.Rules.Cli.Deadlines;

/// <summary>
/// The JSON schema of a caller's holiday schedule (the input field <c>holidaySchedule</c>): the shape of
/// <c>prc-holidays.json</c> that <see cref="HolidaySchedule.Parse"/> reads. Stated here because that reader is the
/// library's own (not the generated JSON contract): fields the reader ignores (sources, cross-checks, notes) are allowed;
/// what the schema cannot say (a make-up working day must be a Saturday or Sunday, a day both off and worked, a year
/// given twice) is still reported by the reader with its path.
/// </summary>
internal static class HolidayScheduleSchema
{
    /// <summary>The words of <see cref="BetweenConvention"/>, as the <c>convention</c> field takes them.</summary>
    public static JsonObject Convention() => new()
    {
        ["type"] = "string",
        ["enum"] = new JsonArray(Enum.GetNames<BetweenConvention>().Select(n => (JsonNode)n).ToArray()),
    };

    /// <summary>The schema of a holiday schedule.</summary>
    public static JsonObject Schedule() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["compiled"] = NullableText(),
            ["years"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Year() },
        },
        ["required"] = new JsonArray("years"),
    };

    private static JsonObject Year() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["year"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1900, ["maximum"] = 9998 },
            ["notice"] = new JsonObject { ["type"] = "string", ["pattern"] = "\\S", ["description"] = "the notice's document number, e.g. 国办发明电〔2019〕16号" },
            ["title"] = NullableText(),
            ["issued"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "date" },
            ["holidays"] = new JsonObject { ["type"] = new JsonArray("array", "null"), ["items"] = Holiday() },
            ["amendments"] = new JsonObject
            {
                ["type"] = new JsonArray("array", "null"),
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["notice"] = NullableText(), ["title"] = NullableText(), ["text"] = NullableText() },
                },
            },
        },
        ["required"] = new JsonArray("year", "notice"),
    };

    private static JsonObject Holiday() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["name"] = new JsonObject { ["type"] = "string", ["pattern"] = "\\S" },
            ["off"] = Dates("放假 — every rest day of the holiday block"),
            ["makeupWorkdays"] = Dates("调休上班 — weekend days declared working days (each a Saturday or Sunday)"),
            ["noticeText"] = NullableText(),
            ["amendedBy"] = NullableText(),
            ["amendmentText"] = NullableText(),
        },
        ["required"] = new JsonArray("name"),
        ["anyOf"] = new JsonArray(NonEmpty("off"), NonEmpty("makeupWorkdays")),
    };

    private static JsonObject Dates(string description) => new()
    {
        ["type"] = new JsonArray("array", "null"),
        ["items"] = new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        ["description"] = description,
    };

    private static JsonObject NonEmpty(string field) => new()
    {
        ["properties"] = new JsonObject { [field] = new JsonObject { ["type"] = "array", ["minItems"] = 1 } },
        ["required"] = new JsonArray(field),
    };

    private static JsonObject NullableText() => new() { ["type"] = new JsonArray("string", "null") };
}
