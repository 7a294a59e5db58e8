using System.Text.Json;
using System.Text.Json.Nodes;
using Haidian.Rules.Cli.Modules;
using Haidian.Rules.Deadlines;
using Json.Schema;
using NodaTime;
using NodaTime.Text;
using static Haidian.Rules.Cli.Tests.CliHarness;

namespace Haidian.Rules.Cli.Tests;

/// <summary>
/// Spec 07 D-b (a caller's holiday schedule replaces the shipped year) and D-c (working days between two dates) through
/// <c>evaluate deadlines</c>, with their input contract: every problem at once with its path and code (C2, C3), an
/// unknown <c>convention</c> word listing the words (C4), and the schema of <c>holidaySchedule</c> (C5).
/// </summary>
public sealed class DeadlinesReadingsToolTests
{
    /// <summary>国办发明电〔2019〕16号 as first published (2019-11-21), before 国办发明电〔2020〕1号 extended 春节 to 2020-02-02.</summary>
    private static readonly string FirstPublished2020 = JsonNode.Parse(File.ReadAllText(Repo("cases", "deadlines", "d-b-caller-schedule-replaces-2020.json")))!
        ["cases"]!.AsArray().Select(c => c!["input"]!["holidaySchedule"]).First(s => s is not null)!.ToJsonString();

    private static readonly WorkingDayCalendar Replaced = WorkingDayCalendar.Official.With(HolidaySchedule.Parse(FirstPublished2020, "2020 as first published"));

    [Fact]
    public void Deadlines_D_b_a_caller_holiday_schedule_replaces_the_shipped_year()
    {
        // Shipped: 2020-01-31 is a 春节 day off, as amended by 〔2020〕1号.
        var shipped = Day("""{ "operation": "day", "date": "2020-01-31" }""");
        Assert.Equal((DayKind.DayOff, "国办发明电〔2020〕1号"), (shipped.Kind, shipped.AmendedBy!.DocumentNumber));

        // Loaded: the first-published notice replaces the whole year, so 01-31 is an ordinary Friday (a day-by-day merge would
        // have kept the shipped day off: the loaded notice does not mention it) and 02-01 a make-up working day of 〔2019〕16号.
        var friday = Day($$"""{ "operation": "day", "date": "2020-01-31", "holidaySchedule": {{FirstPublished2020}} }""");
        Assert.Equal(new DayInfo(new LocalDate(2020, 1, 31), DayKind.Workday, null, null, null), friday);
        var saturday = Day($$"""{ "operation": "day", "date": "2020-02-01", "holidaySchedule": {{FirstPublished2020}} }""");
        Assert.Equal((DayKind.MakeupWorkday, "国办发明电〔2019〕16号", (Citation?)null), (saturday.Kind, saturday.Citation!.DocumentNumber, saturday.AmendedBy));

        // A period over it: the library on the replaced calendar, and different from the shipped answer.
        var (code, output, error) = RunWithInput($$"""{ "operation": "period", "event": "2020-01-23", "amount": 3, "unit": "WorkingDays", "holidaySchedule": {{FirstPublished2020}} }""", "evaluate", "deadlines", "-");
        Assert.True(code == 0, error);
        var result = HaidianJson.Deserialize<DeadlineResult>(output);
        Assert.Equal(new DeadlineCalculator(Replaced).Period(new LocalDate(2020, 1, 23), 3, PeriodUnit.WorkingDays).LastDay, result.LastDay);
        Assert.Equal(new LocalDate(2020, 2, 3), result.LastDay);
        Assert.Equal(new LocalDate(2020, 2, 5), new DeadlineCalculator().Period(new LocalDate(2020, 1, 23), 3, PeriodUnit.WorkingDays).LastDay);
        Assert.EndsWith("+ the input's holidaySchedule", result.Calendar, StringComparison.Ordinal);

        // Every other year stays as shipped.
        Assert.Equal(WorkingDayCalendar.Official.Describe(new LocalDate(2018, 2, 15)), Day($$"""{ "operation": "day", "date": "2018-02-15", "holidaySchedule": {{FirstPublished2020}} }"""));
    }

    [Fact]
    public void Deadlines_D_b_every_call_takes_the_schedule()
    {
        foreach (var call in new[]
        {
            """{ "operation": "rule", "rule": "smartHaidian.kickOff", "event": "2020-01-23" }""",
            """{ "operation": "inAdvance", "event": "2020-02-06", "workingDays": 3 }""",
            """{ "operation": "minimumDuration", "start": "2020-01-23", "amount": 9, "unit": "Days" }""",
            """{ "operation": "nthWorkingDayOfMonth", "month": "2020-02", "n": 1 }""",
            """{ "operation": "nthWorkingDayOfQuarter", "year": 2020, "quarter": 1, "n": 16 }""",
            """{ "operation": "workingDaysBetween", "start": "2020-01-23", "end": "2020-02-07" }""",
        })
        {
            var with = JsonNode.Parse(call)!.AsObject();
            with["holidaySchedule"] = JsonNode.Parse(FirstPublished2020);
            var (code, output, error) = RunWithInput(with.ToJsonString(), "evaluate", "deadlines", "-");
            Assert.True(code == 0, call + ": " + error);
            Assert.Contains("the input's holidaySchedule", output, StringComparison.Ordinal);
        }

        // 2020-02-01 is the first working day of February only on the first-published notice.
        var (_, first, _) = RunWithInput($$"""{ "operation": "nthWorkingDayOfMonth", "month": "2020-02", "n": 1, "holidaySchedule": {{FirstPublished2020}} }""", "evaluate", "deadlines", "-");
        Assert.Equal(new LocalDate(2020, 2, 1), HaidianJson.Deserialize<DeadlineResult>(first).LastDay);
        var (_, shipped, _) = RunWithInput("""{ "operation": "nthWorkingDayOfMonth", "month": "2020-02", "n": 1 }""", "evaluate", "deadlines", "-");
        Assert.Equal(new LocalDate(2020, 2, 3), HaidianJson.Deserialize<DeadlineResult>(shipped).LastDay);
    }

    [Fact]
    public void Deadlines_D_b_a_bad_holiday_schedule_lists_every_problem_with_its_path_and_code()
    {
        const string input = """
            { "operation": "day", "colour": "green",
              "holidaySchedule": { "years": [ { "year": 2020, "notice": "国办发明电〔2019〕16号",
                "holidays": [ { "name": "春节", "off": ["2020-13-01"], "makeupWorkdays": ["2020-01-20"] } ] } ] } }
            """;
        var (code, output, error) = RunWithInput(input, "evaluate", "deadlines", "-", "--format", "json");
        Assert.Equal(2, code);
        var errors = JsonNode.Parse(output)!["errors"]!.AsArray().Select(e => ((string)e!["path"]!, (string)e["code"]!)).ToArray();
        Assert.Equal(
            new[]
            {
                ("colour", "invalidValue"),
                ("date", "required"),
                ("holidaySchedule.years[0].holidays[0].makeupWorkdays[0]", "invalidValue"),
                ("holidaySchedule.years[0].holidays[0].off[0]", "invalidValue"),
            },
            errors.OrderBy(e => e.Item1, StringComparer.Ordinal));
        Assert.Contains("2020-01-20 is a Monday: a make-up working day (调休上班) must be a Saturday or Sunday", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Dto", error, StringComparison.Ordinal);

        var (code2, _, error2) = RunWithInput("""{ "operation": "day", "date": "2020-01-31", "holidaySchedule": null }""", "evaluate", "deadlines", "-");
        Assert.Equal(2, code2);
        Assert.Contains("holidaySchedule: must be a holiday schedule", error2, StringComparison.Ordinal);
        Assert.Contains("[invalidValue]", error2, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_D_c_working_days_between_in_the_tool_is_the_library_count()
    {
        var official = WorkingDayCalendar.Official;
        foreach (var (start, end, convention, expected) in new (string, string, BetweenConvention?, int)[]
        {
            ("2018-02-13", "2018-02-13", null, 0),                                   // equal dates
            ("2018-02-17", "2018-02-17", BetweenConvention.FromStartBeforeEnd, 0),   // equal dates on a holiday, the other convention
            ("2018-09-17", "2018-09-18", null, 1),                                   // adjacent working days: the end counts
            ("2018-09-21", "2018-09-22", null, 0),                                   // Fri → Sat: the end is a rest day
            ("2018-09-21", "2018-09-22", BetweenConvention.FromStartBeforeEnd, 1),   // the start counts instead
            ("2018-09-28", "2018-10-08", null, 3),                                   // make-up 09-29, 09-30, then 10-08
            ("2018-10-17", "2018-10-15", null, -2),                                  // end before start
        })
        {
            var input = new JsonObject { ["operation"] = "workingDaysBetween", ["start"] = start, ["end"] = end };
            if (convention is not null)
            {
                input["convention"] = convention.ToString();
            }

            var (code, output, error) = RunWithInput(input.ToJsonString(), "evaluate", "deadlines", "-");
            Assert.True(code == 0, error);
            var result = JsonNode.Parse(output)!;
            var library = official.WorkingDaysBetween(LocalDatePattern.Iso.Parse(start).Value, LocalDatePattern.Iso.Parse(end).Value, convention ?? BetweenConvention.AfterStartThroughEnd);
            Assert.Equal((expected, expected), ((int)result["workingDays"]!, library));
            Assert.Equal((convention ?? BetweenConvention.AfterStartThroughEnd).ToString(), (string)result["convention"]!);
            Assert.Equal("《中华人民共和国民法典》第二百零一条", (string)result["citation"]!);
        }

        var (_, holiday, _) = RunWithInput("""{ "operation": "workingDaysBetween", "start": "2018-09-28", "end": "2018-10-08" }""", "evaluate", "deadlines", "-");
        var days = HaidianJson.Deserialize<DayInfo[]>(JsonNode.Parse(holiday)!["holidayDays"]!.ToJsonString());
        Assert.Equal(new[] { new LocalDate(2018, 9, 29), new LocalDate(2018, 9, 30) }, days.Where(d => d.Kind == DayKind.MakeupWorkday).Select(d => d.Date));
        Assert.Equal(Enumerable.Range(1, 7).Select(d => new LocalDate(2018, 10, d)), days.Where(d => d.Kind == DayKind.DayOff).Select(d => d.Date));
        Assert.Equal("after 2018-09-28, up to and including 2018-10-08", (string)JsonNode.Parse(holiday)!["counted"]!);
    }

    [Fact]
    public void Deadlines_D_c_C4_a_convention_that_is_not_a_word_of_the_list_is_refused_with_the_words()
    {
        foreach (var value in new[] { "\"Backwards\"", "1", "\"afterStartThroughEnd\"", "\"1\"" })
        {
            var (code, output, error) = RunWithInput($$"""{ "operation": "workingDaysBetween", "start": "2018-09-21", "end": "2018-09-22", "convention": {{value}} }""", "evaluate", "deadlines", "-");
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains("convention: ", error, StringComparison.Ordinal);
            Assert.Contains("AfterStartThroughEnd, FromStartBeforeEnd", error, StringComparison.Ordinal);
            Assert.Contains("[invalidValue]", error, StringComparison.Ordinal);
        }

        // Three problems, three error lines with codes.
        var (code3, _, error3) = RunWithInput("""{ "operation": "workingDaysBetween", "start": "2018-09-21", "convention": "Backwards", "weekends": false }""", "evaluate", "deadlines", "-");
        Assert.Equal(2, code3);
        var lines = error3.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("end: is required", StringComparison.Ordinal) && l.EndsWith("[required]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("convention: \"Backwards\" is not one of AfterStartThroughEnd, FromStartBeforeEnd", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("weekends: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Deadlines_D_c_no_schedule_is_named_at_the_date_of_the_input()
    {
        var (code, output, _) = RunWithInput("""{ "operation": "workingDaysBetween", "start": "2026-12-30", "end": "2027-01-05" }""", "evaluate", "deadlines", "-", "--format", "json");
        Assert.Equal(2, code);
        var e = JsonNode.Parse(output)!["errors"]!.AsArray().Single()!;
        Assert.Equal(("end", "noSchedule"), ((string)e["path"]!, (string)e["code"]!));
        var (_, output2, _) = RunWithInput("""{ "operation": "workingDaysBetween", "start": "2016-12-30", "end": "2017-01-05" }""", "evaluate", "deadlines", "-", "--format", "json");
        Assert.Equal(("start", "noSchedule"), ((string)JsonNode.Parse(output2)!["errors"]![0]!["path"]!, (string)JsonNode.Parse(output2)!["errors"]![0]!["code"]!));
    }

    [Fact]
    public void Deadlines_holiday_schedule_schema_accepts_the_shipped_data_and_rejects_what_the_reader_rejects()
    {
        var module = ModuleRegistry.Default.Get("deadlines");
        var schema = JsonSchema.FromText(JsonSchemas.Input(module, "day").ToJsonString());
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        JsonNode Input(string schedule) => new JsonObject { ["operation"] = "day", ["date"] = "2020-01-31", ["holidaySchedule"] = JsonNode.Parse(schedule) };

        // The package's own data file (with its sources, cross-checks and notes, which the reader ignores) is a valid schedule.
        var shipped = Input(HolidaySchedule.ReadOfficialJson());
        Assert.True(schema.Evaluate(JsonDocument.Parse(shipped.ToJsonString()).RootElement, options).IsValid);
        var (code, _, error) = RunWithInput(shipped.ToJsonString(), "evaluate", "deadlines", "-");
        Assert.True(code == 0, error);
        Assert.True(schema.Evaluate(JsonDocument.Parse(Input(FirstPublished2020).ToJsonString()).RootElement, options).IsValid);

        foreach (var broken in new[]
        {
            """{ "years": { "year": 2020 } }""",
            """{ "years": [] }""",
            """{ "compiled": "2020" }""",
            """{ "years": [ { "notice": "X", "holidays": [ { "name": "春节", "off": ["2020-01-24"] } ] } ] }""",
            """{ "years": [ { "year": 2020, "holidays": [ { "name": "春节", "off": ["2020-01-24"] } ] } ] }""",
            """{ "years": [ { "year": 2020, "notice": "X", "holidays": [ { "name": "春节", "off": [] } ] } ] }""",
            """{ "years": [ { "year": 2020, "notice": "X", "holidays": [ { "off": ["2020-01-24"] } ] } ] }""",
            """{ "years": [ { "year": 2020, "notice": "X", "holidays": [ { "name": "春节", "off": ["2020-1-24"] } ] } ] }""",
            """{ "years": [ { "year": "2020", "notice": "X", "holidays": [ { "name": "春节", "off": ["2020-01-24"] } ] } ] }""",
            """{ "years": [ { "year": 1899, "notice": "X", "holidays": [ { "name": "春节", "off": ["2020-01-24"] } ] } ] }""",
        })
        {
            var input = Input(broken).ToJsonString();
            Assert.False(schema.Evaluate(JsonDocument.Parse(input).RootElement, options).IsValid, "the schema accepted " + broken);
            var (c, _, e) = RunWithInput(input, "evaluate", "deadlines", "-");
            Assert.Equal(2, c);
            Assert.Matches(@"holidaySchedule\.years.*\[(required|invalidValue)\]", e);
        }
    }

    private static DayInfo Day(string input)
    {
        var (code, output, error) = RunWithInput(input, "evaluate", "deadlines", "-");
        Assert.True(code == 0, error);
        return HaidianJson.Deserialize<DayInfo>(output);
    }
}
