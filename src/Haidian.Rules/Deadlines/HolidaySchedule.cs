using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Haidian.Rules.Deadlines;

/// <summary>
/// 节假日 — one holiday block of a State Council notice (e.g. 春节 2018-02-15..21), as in force: every day off
/// and every weekend make-up working day (调休上班).
/// Source: the State Council General Office holiday notices 国办发明电〔2016〕17号 (2017) to 国办发明电〔2025〕7号 (2026).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">The holiday as the notice words it, e.g. <c>春节</c> or <c>中秋节、国庆节</c>.</param>
/// <param name="DaysOff">放假 — every rest day of the block, sorted (weekend days inside it included; may fall in the previous calendar year).</param>
/// <param name="MakeupWorkdays">调休上班 — weekend days declared working days for this holiday, sorted.</param>
/// <param name="NoticeText">The notice's own line for this holiday, e.g. <c>二、春节：2月15日至21日放假调休，共7天。…</c>.</param>
/// <param name="Citation">The annual notice and its item, e.g. <c>国办发明电〔2017〕12号《国务院办公厅关于2018年部分节假日安排的通知》二、春节</c>.</param>
/// <param name="AmendedBy">The later notice that changed this holiday (2019 劳动节, 2020 春节), or null; the days above are the amended ones.</param>
public sealed record Holiday(
    string Name,
    IReadOnlyList<LocalDate> DaysOff,
    IReadOnlyList<LocalDate> MakeupWorkdays,
    string NoticeText,
    Citation Citation,
    Citation? AmendedBy);

/// <summary>
/// 国务院办公厅关于XXXX年部分节假日安排的通知 — one year's holiday schedule as the State Council General Office
/// published it (with later amendments applied).
/// Source: the State Council General Office holiday notices 国办发明电〔2016〕17号 (2017) to 国办发明电〔2025〕7号 (2026).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Year">The year the notice schedules (its 元旦 block may start in the previous year).</param>
/// <param name="Notice">Document number, e.g. <c>国办发明电〔2017〕12号</c>.</param>
/// <param name="Title">Title, e.g. <c>国务院办公厅关于2018年部分节假日安排的通知</c>.</param>
/// <param name="Issued">成文日期 — the date signed on the notice, when known.</param>
/// <param name="Holidays">The holiday blocks in the notice's order.</param>
public sealed record HolidayNotice(int Year, string Notice, string Title, LocalDate? Issued, IReadOnlyList<Holiday> Holidays)
{
    /// <summary>The notice as a citation (document number and title).</summary>
    public Citation Citation => new(Notice, Title, string.Empty);
}

/// <summary>
/// A set of yearly holiday schedules read from data in the shape of <c>prc-holidays.json</c>: the official
/// 2017–2026 schedules shipped in the package (<see cref="Official"/>), or further years and local extensions a
/// caller loads at run time (<see cref="Parse"/>) and adds to a calendar with <see cref="WorkingDayCalendar.With(HolidaySchedule)"/>.
/// Source: the State Council General Office holiday notices 国办发明电〔2016〕17号 (2017) to 国办发明电〔2025〕7号 (2026).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The data is read with source-generated System.Text.Json metadata (no reflection).
/// Fields of the file not needed to classify a date (sources, cross-checks, notes) are ignored.
/// </remarks>
public sealed class HolidaySchedule
{
    /// <summary>The manifest name of the embedded official data.</summary>
    internal const string OfficialResourceName = "Haidian.Rules.Deadlines.Data.prc-holidays.json";

    private static readonly Lazy<HolidaySchedule> OfficialLazy = new(() => Parse(ReadOfficialJson(), "PRC official (State Council notices)"));

    private HolidaySchedule(string name, IReadOnlyList<HolidayNotice> notices, string? compiled)
    {
        Name = name;
        Notices = notices;
        Compiled = compiled;
    }

    /// <summary>
    /// The official schedules 2017–2026 shipped in the package (国办发明电〔2016〕17号 … 国办发明电〔2025〕7号, with the
    /// 2019 劳动节 and 2020 春节 amendments applied). 2027 is not included: its notice had not been found when the data was compiled.
    /// </summary>
    public static HolidaySchedule Official => OfficialLazy.Value;

    /// <summary>A name for the data (used in the calendar's name and in error messages).</summary>
    public string Name { get; }

    /// <summary>The date the data says it was compiled (<c>compiled</c>), when given.</summary>
    public string? Compiled { get; }

    /// <summary>The yearly notices, in the order of the data.</summary>
    public IReadOnlyList<HolidayNotice> Notices { get; }

    /// <summary>The years this data holds a schedule for, ascending.</summary>
    public IReadOnlyList<int> Years => Notices.Select(n => n.Year).OrderBy(y => y).ToArray();

    /// <summary>The embedded official data, byte for byte as shipped (UTF-8 JSON text).</summary>
    /// <returns>The JSON text of <c>prc-holidays.json</c>.</returns>
    public static string ReadOfficialJson()
    {
        using var stream = typeof(HolidaySchedule).Assembly.GetManifestResourceStream(OfficialResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + OfficialResourceName + " is missing from the Haidian.Rules assembly (a packaging error).");
        // Stryker disable once Boolean : the encoding's BOM flag only matters when writing, and the shipped file has no BOM (tests compare it byte for byte), so detection changes nothing read.
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Reads schedules in the shape of <c>prc-holidays.json</c>: <c>{"years":[{"year":2027,"notice":"国办发明电〔…〕…号",
    /// "title":"…","issued":"2026-11-…","holidays":[{"name":"春节","off":["2027-02-…"],"makeupWorkdays":[…],"noticeText":"二、春节：…"}]}]}</c>.
    /// A local extension (extra days off a local government grants) uses the same shape, with its own document number as <c>notice</c>.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">A name for the data, e.g. <c>PRC 2027</c> or <c>Beijing 2020 extension</c>.</param>
    /// <returns>The checked schedules.</returns>
    /// <exception cref="ValidationException">The text is not such JSON, or an entry is invalid (a missing notice number, a date
    /// that is not ISO <c>yyyy-MM-dd</c>, a make-up working day that is not a Saturday or Sunday, a day both off and worked,
    /// a year given twice); every problem is reported with its JSON path, e.g. <c>years[0].holidays[1].off[2]</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="name"/> is null.</exception>
    public static HolidaySchedule Parse(string json, string name)
    {
        if (json is null)
        {
            // Stryker disable once Statement : without it JsonSerializer.Deserialize throws the same ArgumentNullException for its parameter "json".
            throw new ArgumentNullException(nameof(json));
        }

        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        // Spec 07 C2: every value of the wrong JSON kind is reported at once, in the file's words (never a .NET type name
        // such as List`1[HolidayYearDto]); only a document of the right shape is bound.
        HolidayFileDto? file;
        try
        {
            using (var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }))
            {
                var shape = new Validator();
                HolidayShape.Check(shape, document.RootElement);
                shape.ThrowIfAny();
            }

            file = JsonSerializer.Deserialize(json, HolidayDataJsonContext.Default.HolidayFileDto);
        }
        catch (JsonException ex)
        {
            throw new ValidationException(new[] { new ValidationError(ex.Path is null or "$" ? "$" : ex.Path.TrimStart('$', '.'), ErrorCode.InvalidValue, "is not valid holiday-schedule JSON: " + Plain(FirstLine(ex.Message))) });
        }

        var v = new Validator();
        v.RequiredText("name", name);
        if (file is null || file.Years is null || file.Years.Count == 0)
        {
            v.Add("years", ErrorCode.Required, "must list at least one year's schedule");
            v.ThrowIfAny();
        }

        var notices = new List<HolidayNotice>();
        var seenYears = new HashSet<int>();
        for (var i = 0; i < file!.Years!.Count; i++)
        {
            var path = Validator.Index("years", i);
            var y = file.Years[i];
            if (y is null)
            {
                v.Add(path, ErrorCode.Required, "is required");
                continue;
            }

            var notice = ReadNotice(v, path, y);
            if (notice is null)
            {
                continue;
            }

            if (!seenYears.Add(notice.Year))
            {
                v.Add(Validator.Field(path, "year"), ErrorCode.Inconsistent, "year " + notice.Year + " is given twice");
            }

            notices.Add(notice);
        }

        v.ThrowIfAny();
        return new HolidaySchedule(name, notices, file.Compiled);
    }

    private static HolidayNotice? ReadNotice(Validator v, string path, HolidayYearDto y)
    {
        var before = v.Errors.Count;
        if (y.Year is not int year || year < 1900 || year > 9998)
        {
            v.Add(Validator.Field(path, "year"), ErrorCode.Required, "is required and must be a year between 1900 and 9998");
            year = 0;
        }

        v.RequiredText(Validator.Field(path, "notice"), y.Notice);
        LocalDate? issued = null;
        if (y.Issued is not null)
        {
            issued = ReadDate(v, Validator.Field(path, "issued"), y.Issued);
        }

        var title = y.Title ?? string.Empty;
        var amendments = y.Amendments ?? new List<AmendmentDto?>();
        var holidays = new List<Holiday>();
        var allOff = new HashSet<LocalDate>();
        var allWorked = new HashSet<LocalDate>();
        var list = y.Holidays ?? new List<HolidayDto?>();
        for (var j = 0; j < list.Count; j++)
        {
            var hp = Validator.Index(Validator.Field(path, "holidays"), j);
            var h = list[j];
            if (h is null)
            {
                v.Add(hp, ErrorCode.Required, "is required");
                continue;
            }

            v.RequiredText(Validator.Field(hp, "name"), h.Name);
            var off = ReadDates(v, Validator.Field(hp, "off"), h.Off);
            var worked = ReadDates(v, Validator.Field(hp, "makeupWorkdays"), h.MakeupWorkdays);
            if (off.Count == 0 && worked.Count == 0)
            {
                v.Add(hp, ErrorCode.Required, "must list at least one day off or make-up working day");
            }

            for (var k = 0; k < worked.Count; k++)
            {
                var d = worked[k];
                if (d.DayOfWeek != IsoDayOfWeek.Saturday && d.DayOfWeek != IsoDayOfWeek.Sunday)
                {
                    v.Add(Validator.Index(Validator.Field(hp, "makeupWorkdays"), k), ErrorCode.InvalidValue, $"{Iso(d)} is a {d.DayOfWeek}: a make-up working day (调休上班) must be a Saturday or Sunday");
                }
            }

            foreach (var d in off)
            {
                allOff.Add(d);
            }

            foreach (var d in worked)
            {
                allWorked.Add(d);
            }

            var noticeText = h.NoticeText ?? string.Empty;

            // Stryker disable once String : a missing notice number or holiday name is reported above and the whole year discarded, so these fallbacks are never seen.
            var citation = new Citation(y.Notice ?? string.Empty, title, Item(noticeText, h.Name ?? string.Empty));
            Citation? amendedBy = null;
            if (!string.IsNullOrWhiteSpace(h.AmendedBy))
            {
                var a = amendments.FirstOrDefault(m => m is not null && m.Notice == h.AmendedBy);
                amendedBy = new Citation(h.AmendedBy!, a?.Title ?? string.Empty, Item(h.AmendmentText ?? a?.Text ?? string.Empty, string.Empty));
            }

            // Stryker disable once String : a holiday without a name is reported above and the whole year discarded, so this fallback is never seen.
            holidays.Add(new Holiday(h.Name ?? string.Empty, off.OrderBy(d => d).ToArray(), worked.OrderBy(d => d).ToArray(), noticeText, citation, amendedBy));
        }

        foreach (var d in allOff.Intersect(allWorked).OrderBy(d => d))
        {
            v.Add(Validator.Field(path, "holidays"), ErrorCode.Inconsistent, $"{Iso(d)} is listed both as a day off and as a make-up working day");
        }

        return v.Errors.Count > before ? null : new HolidayNotice(year, y.Notice!, title, issued, holidays);
    }

    // "二、春节：2月15日…" → "二、春节"; an amendment "一、2019年5月1日…" → "一".
    private static string Item(string text, string name)
    {
        var colon = text.IndexOf('：');
        if (colon > 0 && colon <= 12)
        {
            return text.Substring(0, colon);
        }

        var comma = text.IndexOf('、');
        if (comma > 0 && comma <= 3)
        {
            return text.Substring(0, comma);
        }

        return name;
    }

    private static List<LocalDate> ReadDates(Validator v, string path, List<string?>? texts)
    {
        var result = new List<LocalDate>();
        if (texts is null)
        {
            return result;
        }

        for (var i = 0; i < texts.Count; i++)
        {
            if (ReadDate(v, Validator.Index(path, i), texts[i]) is LocalDate d)
            {
                result.Add(d);
            }
        }

        return result;
    }

    private static LocalDate? ReadDate(Validator v, string path, string? text)
    {
        // Stryker disable once Conditional : NodaTime's Parse(null) returns an unsuccessful result, which is reported the same way.
        var parsed = text is null ? null : LocalDatePattern.Iso.Parse(text);
        if (parsed is null || !parsed.Success)
        {
            v.Add(path, ErrorCode.InvalidValue, "must be an ISO date yyyy-MM-dd (got " + (text is null ? "null" : "'" + text + "'") + ")");
            return null;
        }

        return parsed.Value;
    }

    internal static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

    private static string FirstLine(string message)
    {
        var i = message.IndexOf('\n');
        return i < 0 ? message : message.Substring(0, i).TrimEnd();
    }

    /// <summary>The parser's text without its "Path: … | LineNumber: …" tail.</summary>
    private static string Plain(string message)
    {
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        var j = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var cut = i >= 0 ? i : j;
        return (cut >= 0 ? message.Substring(0, cut) : message).TrimEnd(' ', '|');
    }
}

/// <summary>
/// The JSON kinds of the holiday-data fields the library reads (other fields — sources, cross-checks, notes — are
/// ignored); a value of another kind is <c>invalidValue</c> at its path. Null is allowed here: what is missing is
/// reported by <see cref="HolidaySchedule.Parse"/> with the field's own message.
/// </summary>
internal static class HolidayShape
{
    private const string Text = "text";
    private const string Dates = "list of dates";

    private static readonly Dictionary<string, string> Root = new(StringComparer.Ordinal) { ["compiled"] = Text, ["years"] = "years" };

    private static readonly Dictionary<string, string> Year = new(StringComparer.Ordinal)
    {
        ["year"] = "integer", ["notice"] = Text, ["title"] = Text, ["issued"] = Text, ["holidays"] = "holidays", ["amendments"] = "amendments",
    };

    private static readonly Dictionary<string, string> HolidayFields = new(StringComparer.Ordinal)
    {
        ["name"] = Text, ["off"] = Dates, ["makeupWorkdays"] = Dates, ["noticeText"] = Text, ["amendedBy"] = Text, ["amendmentText"] = Text,
    };

    private static readonly Dictionary<string, string> Amendment = new(StringComparer.Ordinal) { ["notice"] = Text, ["title"] = Text, ["text"] = Text };

    public static void Check(Validator v, JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Null)
        {
            return; // reported by Parse as "years: must list at least one year's schedule"
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            v.Add("$", ErrorCode.InvalidValue, "must be an object {\"years\": [...]}, got " + Kind(root));
            return;
        }

        Object(v, string.Empty, root, Root);
    }

    private static void Object(Validator v, string path, JsonElement element, Dictionary<string, string> fields)
    {
        foreach (var member in element.EnumerateObject())
        {
            if (!fields.TryGetValue(member.Name, out var kind) || member.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var p = Validator.Field(path, member.Name);
            var value = member.Value;
            switch (kind)
            {
                case Text:
                    Expect(v, p, value, JsonValueKind.String, "text");
                    break;
                case "integer":
                    if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out _))
                    {
                        v.Add(p, ErrorCode.InvalidValue, "must be a whole number (a year such as 2027), got " + Kind(value));
                    }

                    break;
                case Dates:
                    List(v, p, value, "a list of dates", (ip, item) => Expect(v, ip, item, JsonValueKind.String, "an ISO date yyyy-MM-dd"));
                    break;
                default:
                    var inner = kind switch { "years" => Year, "holidays" => HolidayFields, _ => Amendment };
                    var what = kind switch { "years" => "a list of yearly schedules", "holidays" => "a list of holidays", _ => "a list of amendments" };
                    List(v, p, value, what, (ip, item) =>
                    {
                        if (Expect(v, ip, item, JsonValueKind.Object, "an object"))
                        {
                            Object(v, ip, item, inner);
                        }
                    });
                    break;
            }
        }
    }

    private static void List(Validator v, string path, JsonElement value, string what, Action<string, JsonElement> each)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            v.Add(path, ErrorCode.InvalidValue, "must be " + what + " (a JSON array), got " + Kind(value));
            return;
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Null)
            {
                each(Validator.Index(path, i), item);
            }

            i++;
        }
    }

    private static bool Expect(Validator v, string path, JsonElement value, JsonValueKind kind, string what)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        v.Add(path, ErrorCode.InvalidValue, "must be " + (what == "text" ? "text (a JSON string)" : what) + ", got " + Kind(value));
        return false;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "the text \"" + e.GetString() + "\"",
        JsonValueKind.Number => "the number " + e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}

// The data-file shape; only the fields used to classify dates and cite notices. Unknown fields are skipped.
internal sealed class HolidayFileDto
{
    public string? Compiled { get; set; }

    public List<HolidayYearDto?>? Years { get; set; }
}

internal sealed class HolidayYearDto
{
    public int? Year { get; set; }

    public string? Notice { get; set; }

    public string? Title { get; set; }

    public string? Issued { get; set; }

    public List<HolidayDto?>? Holidays { get; set; }

    public List<AmendmentDto?>? Amendments { get; set; }
}

internal sealed class HolidayDto
{
    public string? Name { get; set; }

    public List<string?>? Off { get; set; }

    public List<string?>? MakeupWorkdays { get; set; }

    public string? NoticeText { get; set; }

    public string? AmendedBy { get; set; }

    public string? AmendmentText { get; set; }
}

internal sealed class AmendmentDto
{
    public string? Notice { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }
}

/// <summary>Source-generated metadata for reading holiday data (works on netstandard2.0; no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(HolidayFileDto))]
internal sealed partial class HolidayDataJsonContext : JsonSerializerContext
{
}
