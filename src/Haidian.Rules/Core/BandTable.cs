using System;
using System.Collections.Generic;
using System.Linq;

namespace Haidian.Rules;

/// <summary>
/// One row of a <see cref="BandTable{T}"/>: the values from <see cref="Lower"/> to <see cref="Upper"/>
/// (each end included or not) map to <see cref="Value"/>.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
/// <typeparam name="T">What the band means (a water class, a grade…).</typeparam>
/// <param name="Lower">Lower end of the band.</param>
/// <param name="LowerInclusive">Whether <paramref name="Lower"/> itself is in the band (以上: yes).</param>
/// <param name="Upper">Upper end of the band.</param>
/// <param name="UpperInclusive">Whether <paramref name="Upper"/> itself is in the band (以下: yes).</param>
/// <param name="Value">The meaning of the band.</param>
/// <param name="UnreachableReason">Null for an ordinary band. A band that is empty on purpose (GB 3838-2002 gives COD classes I
/// and II the same limit, so class II cannot be reached) must say why here; an empty band without a reason is rejected.</param>
public sealed record Band<T>(decimal Lower, bool LowerInclusive, decimal Upper, bool UpperInclusive, T Value, string? UnreachableReason = null)
{
    /// <summary>Whether no value can fall in the band.</summary>
    public bool IsEmpty => Lower > Upper || (Lower == Upper && !(LowerInclusive && UpperInclusive));

    /// <summary>Whether <paramref name="x"/> falls in the band.</summary>
    /// <param name="x">The value.</param>
    /// <returns>True when inside, honouring the inclusive flags.</returns>
    public bool Contains(decimal x) =>
        (LowerInclusive ? x >= Lower : x > Lower) && (UpperInclusive ? x <= Upper : x < Upper);

    /// <summary>The band in interval notation, e.g. <c>(15, 20]</c>.</summary>
    /// <returns>The interval.</returns>
    public override string ToString() =>
        (LowerInclusive ? "[" : "(") + Validator.Format(Lower) + ", " + Validator.Format(Upper) + (UpperInclusive ? "]" : ")") + " → " + Value;
}

/// <summary>
/// A band or threshold table (GB 3838 class limits, grade bands…), checked when it is built: the bands
/// are ordered, cover the domain with no gap and no overlap, and every row is reachable (or says why
/// not). A what-if that breaks the table is rejected with the offending rows named — no generic rules
/// engine checks this for its users.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
/// <typeparam name="T">What each band means.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BandTable<T>
{
    private readonly Band<T>[] bands;

    private BandTable(Band<T>[] bands, decimal domainLower, decimal domainUpper)
    {
        this.bands = bands;
        DomainLower = domainLower;
        DomainUpper = domainUpper;
    }

    /// <summary>The rows, lowest first.</summary>
    public IReadOnlyList<Band<T>> Bands => bands;

    /// <summary>The lowest value the table covers (inclusive).</summary>
    public decimal DomainLower { get; }

    /// <summary>The highest value the table covers (inclusive).</summary>
    public decimal DomainUpper { get; }

    /// <summary>Builds and checks a table.</summary>
    /// <param name="path">Field path of the table, used in error messages (e.g. <c>parameters.classLimits.cod</c>).</param>
    /// <param name="rows">The rows, lowest first.</param>
    /// <param name="domainLower">The lowest value to cover (inclusive), e.g. 0.</param>
    /// <param name="domainUpper">The highest value to cover (inclusive), e.g. 100 points or <see cref="decimal.MaxValue"/>.</param>
    /// <returns>The checked table.</returns>
    /// <exception cref="ValidationException">Rows out of order, a gap, an overlap, an unexplained empty row, or the domain not covered; each problem names its row.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="path"/> is null.</exception>
    public static BandTable<T> Create(string path, IEnumerable<Band<T>> rows, decimal domainLower, decimal domainUpper)
    {
        if (rows is null)
        {
            throw new ArgumentNullException(nameof(rows));
        }

        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var list = rows.ToArray();
        var errors = Check(path, list, domainLower, domainUpper);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        return new BandTable<T>(list, domainLower, domainUpper);
    }

    /// <summary>Checks rows without building a table; returns every problem found.</summary>
    /// <param name="path">Field path of the table.</param>
    /// <param name="rows">The rows, lowest first.</param>
    /// <param name="domainLower">The lowest value to cover (inclusive).</param>
    /// <param name="domainUpper">The highest value to cover (inclusive).</param>
    /// <returns>The problems, empty when the table is sound.</returns>
    public static IReadOnlyList<ValidationError> Check(string path, IReadOnlyList<Band<T>> rows, decimal domainLower, decimal domainUpper)
    {
        var v = new Validator();
        if (rows.Count == 0)
        {
            v.Add(path, ErrorCode.InvalidValue, "must have at least one row");
            return v.Errors;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var rp = Validator.Index(path, i);
            if (row is null)
            {
                v.Add(rp, ErrorCode.Required, "is required");
                continue;
            }

            if (row.Lower > row.Upper)
            {
                v.Add(rp, ErrorCode.InvalidValue, $"lower end {Validator.Format(row.Lower)} is above upper end {Validator.Format(row.Upper)}");
            }
            else if (row.IsEmpty && row.UnreachableReason is null)
            {
                v.Add(rp, ErrorCode.InvalidValue, $"band {row} is empty: no value can reach '{row.Value}' (declare why with an unreachable reason if the source text makes it so)");
            }
            else if (!row.IsEmpty && row.UnreachableReason is not null)
            {
                v.Add(rp, ErrorCode.InvalidValue, $"band {row} is declared unreachable but values can reach it");
            }
        }

        if (v.HasErrors)
        {
            return v.Errors;
        }

        var first = rows[0];
        if (first.Lower != domainLower || !first.LowerInclusive)
        {
            v.Add(Validator.Index(path, 0), ErrorCode.InvalidValue, $"must start at {Validator.Format(domainLower)} inclusive, starts at {first}");
        }

        var last = rows[rows.Count - 1];
        if (last.Upper != domainUpper || !last.UpperInclusive)
        {
            v.Add(Validator.Index(path, rows.Count - 1), ErrorCode.InvalidValue, $"must end at {Validator.Format(domainUpper)} inclusive, ends at {last}");
        }

        for (var i = 1; i < rows.Count; i++)
        {
            var prev = rows[i - 1];
            var cur = rows[i];
            var rp = Validator.Index(path, i);
            if (cur.Lower < prev.Upper || (cur.Lower == prev.Upper && prev.UpperInclusive && cur.LowerInclusive))
            {
                v.Add(rp, ErrorCode.InvalidValue, $"overlaps row {i - 1}: {prev} and {cur}");
            }
            else if (cur.Lower > prev.Upper || (!prev.UpperInclusive && !cur.LowerInclusive))
            {
                v.Add(rp, ErrorCode.InvalidValue, $"leaves a gap after row {i - 1}: {prev} then {cur}");
            }
        }

        return v.Errors;
    }

    /// <summary>The row a value falls in.</summary>
    /// <param name="value">A value in the domain.</param>
    /// <returns>The band containing <paramref name="value"/>.</returns>
    /// <exception cref="ValidationException"><paramref name="value"/> is outside the domain.</exception>
    public Band<T> Find(decimal value)
    {
        foreach (var b in bands)
        {
            if (b.Contains(value))
            {
                return b;
            }
        }

        throw new ValidationException(new[]
        {
            new ValidationError("value", ErrorCode.OutOfRange, $"{Validator.Format(value)} is outside the table's domain [{Validator.Format(DomainLower)}, {Validator.Format(DomainUpper)}]"),
        });
    }
}
