using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace Haidian.Rules.WaterCompensation;

/// <summary>
/// The bill of one itemized section-month, built when first read. <see cref="WaterCompensationCalculator.Calculate(in SectionMonth, string)"/>
/// and the settlements return a <see cref="SectionMonthResult"/> whose amount is computed at once (the integer kernel)
/// and whose <see cref="SectionMonthResult.Pollutants"/> and <see cref="SectionMonthResult.Lines"/> are these lists:
/// they keep the validated input, and on first access run the one itemizing code path, so every text, number and JSON
/// byte is what an eagerly itemized result held. Thread-safe: concurrent first reads may itemize twice, one result is
/// published and every reader sees that one.
/// </summary>
internal abstract class LazyItemization : IReadOnlyList<LineItem>
{
    private readonly CompiledRules rules;
    private readonly string sectionId;
    private Itemized? itemized;

    protected LazyItemization(CompiledRules rules, string sectionId)
    {
        this.rules = rules;
        this.sectionId = sectionId;
        Pollutants = new PollutantList(this);
    }

    /// <summary>The result's <see cref="SectionMonthResult.Pollutants"/>, built with the lines.</summary>
    public IReadOnlyList<PollutantAssessment> Pollutants { get; }

    public int Count => Get().Lines.Length;

    public LineItem this[int index] => Get().Lines[index];

    public IEnumerator<LineItem> GetEnumerator() => ((IEnumerable<LineItem>)Get().Lines).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The validated section-month this bill is for.</summary>
    protected abstract SectionMonth Input();

    private Itemized Get()
    {
        var done = Volatile.Read(ref itemized);
        if (done is not null)
        {
            return done;
        }

        var made = WaterCompensationCalculator.ItemizeNow(rules, Input(), sectionId);
        return Interlocked.CompareExchange(ref itemized, made, null) ?? made;
    }

    /// <summary>A bill kept as the caller's <see cref="SectionMonth"/> (a copy of the value).</summary>
    internal sealed class OfInput : LazyItemization
    {
        private readonly SectionMonth input;

        public OfInput(CompiledRules rules, in SectionMonth input, string sectionId)
            : base(rules, sectionId)
        {
            this.input = input;
        }

        protected override SectionMonth Input() => input;
    }

    /// <summary>A bill kept as the registered section and its monitoring record (two references, for settlements).</summary>
    internal sealed class OfMonitoring : LazyItemization
    {
        private readonly Section section;
        private readonly MonthlyMonitoring monitoring;

        public OfMonitoring(CompiledRules rules, Section section, MonthlyMonitoring monitoring)
            : base(rules, section.Id)
        {
            this.section = section;
            this.monitoring = monitoring;
        }

        protected override SectionMonth Input() => WaterCompensationCalculator.ToSectionMonth(section, monitoring);
    }

    /// <summary>The assessments and lines of one itemization.</summary>
    internal sealed class Itemized
    {
        public Itemized(PollutantAssessment[] pollutants, LineItem[] lines, decimal total)
        {
            Pollutants = pollutants;
            Lines = lines;
            Total = total;
        }

        public PollutantAssessment[] Pollutants { get; }

        public LineItem[] Lines { get; }

        public decimal Total { get; }
    }

    private sealed class PollutantList : IReadOnlyList<PollutantAssessment>
    {
        private readonly LazyItemization owner;

        public PollutantList(LazyItemization owner) => this.owner = owner;

        public int Count => owner.Get().Pollutants.Length;

        public PollutantAssessment this[int index] => owner.Get().Pollutants[index];

        public IEnumerator<PollutantAssessment> GetEnumerator() => ((IEnumerable<PollutantAssessment>)owner.Get().Pollutants).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
