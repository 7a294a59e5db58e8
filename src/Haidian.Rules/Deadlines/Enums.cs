using System.Text.Json.Serialization;

namespace Haidian.Rules.Deadlines;

/// <summary>What kind of day a date is in a working-day calendar. Source: the State Council General Office holiday notices 国办发明电〔2016〕17号 (2017) to 国办发明电〔2025〕7号 (2026); 《中华人民共和国民法典》第二百零三条 (法定休假日).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DayKind>))]
public enum DayKind
{
    /// <summary>工作日 — an ordinary Monday–Friday working day.</summary>
    Workday,

    /// <summary>周末 — an ordinary Saturday or Sunday rest day (a 法定休假日 under Civil Code art. 203).</summary>
    Weekend,

    /// <summary>放假 — a day off under the State Council's holiday notice (including weekend days inside the holiday block).</summary>
    DayOff,

    /// <summary>调休上班 — a Saturday or Sunday made a working day by the holiday notice.</summary>
    MakeupWorkday,
}

/// <summary>The unit a period is counted in. Source: 《中华人民共和国民法典》第二百零一条、第二百零二条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PeriodUnit>))]
public enum PeriodUnit
{
    /// <summary>日 — calendar days (「60日内」).</summary>
    Days,

    /// <summary>月 — months, ending on the corresponding day (「6个月内」, Civil Code art. 202).</summary>
    Months,

    /// <summary>年 — years, ending on the corresponding day (「两年」, Civil Code art. 202).</summary>
    Years,

    /// <summary>工作日 — working days only (「10个工作日内」).</summary>
    WorkingDays,
}

/// <summary>How a deadline rule turns its anchor into a last day. Source: 《中华人民共和国民法典》第二百零一条至第二百零三条.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeadlineMethod>))]
public enum DeadlineMethod
{
    /// <summary>期间 — a period after an event (「自…之日起60日内」, 「…后7个工作日内」): Civil Code arts. 201–203.</summary>
    Period,

    /// <summary>提前N个工作日 — the Nth working day counting backwards from the day before the event.</summary>
    WorkingDaysInAdvance,

    /// <summary>不少于 / 至少 — a minimum duration: the earliest day it is complete; never moved.</summary>
    MinimumDuration,

    /// <summary>每季度前N个工作日内 — the Nth working day of the quarter after the quarter reported on.</summary>
    NthWorkingDayOfNextQuarter,

    /// <summary>次年X月X日前 / 第一个月内 — a fixed date in the year after the year reported on; not moved by default.</summary>
    FixedDateOfNextYear,

    /// <summary>截至8月底 / 在7月底前 — a fixed date in the year named (the selection year, the list year); not moved by default (spec 09 "Deadlines not in spec 06").</summary>
    FixedDateOfSameYear,

    /// <summary>在…前 — on or before the day of a later event (「在系统试运行前」): the last day is the event day itself, never moved (spec 00 §2: 前 includes the day).</summary>
    OnOrBeforeEvent,
}
