using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Haidian.Rules;

/// <summary>
/// A parameter set that is one dated version of a policy's numbers (OpenFisca's "dated series"):
/// it says from when it applies, what it is called, and which document it comes from.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
public interface IVersionedParameters
{
    /// <summary>A short name of this version, recorded in every result it produces (e.g. <c>gazette-2017</c>).</summary>
    string Version { get; }

    /// <summary>The first day this version applies (施行之日).</summary>
    LocalDate InForceFrom { get; }

    /// <summary>The document this version comes from.</summary>
    Citation Source { get; }

    /// <summary>Checks every number and table of this version.</summary>
    /// <returns>Every problem with its field path; empty when the version is sound.</returns>
    IReadOnlyList<ValidationError> Validate();
}

/// <summary>
/// Several versions of a policy's parameters, each in force from its own date until the next one starts
/// (a later reform that raises a rate from 2019-01, say). A calculator picks the version in force for the
/// period it computes and records it in the result, so an auditor can reproduce the result years later.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
/// <typeparam name="T">The module's parameter type.</typeparam>
/// <remarks>Immutable and thread-safe. <see cref="With"/> returns a new history.</remarks>
public sealed class ParameterHistory<T>
    where T : class, IVersionedParameters
{
    private readonly T[] versions;

    /// <summary>Creates a history from its versions, in any order, and checks each version (<see cref="IVersionedParameters.Validate"/>).</summary>
    /// <param name="versions">At least one version; no two may start on the same day or share a name.</param>
    /// <exception cref="ValidationException">No version, a null or invalid version (paths start with <c>versions[i]</c>, in the order given), or two versions with the same start date or name.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> is null.</exception>
    public ParameterHistory(IEnumerable<T> versions)
    {
        if (versions is null)
        {
            throw new ArgumentNullException(nameof(versions));
        }

        var list = versions.ToList();
        var v = new Validator();
        if (list.Count == 0)
        {
            v.Add("versions", ErrorCode.Required, "must contain at least one parameter version");
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                v.Add(Validator.Index("versions", i), ErrorCode.Required, "is required");
            }
        }

        v.ThrowIfAny();
        for (var i = 0; i < list.Count; i++)
        {
            foreach (var e in list[i].Validate())
            {
                v.Add(Validator.Field(Validator.Index("versions", i), e.Path), e.Code, e.Message);
            }
        }

        v.ThrowIfAny();
        var sorted = list.OrderBy(p => p.InForceFrom).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].InForceFrom == sorted[i - 1].InForceFrom)
            {
                v.Add(Validator.Index("versions", i), ErrorCode.Inconsistent, $"starts on {sorted[i].InForceFrom:yyyy-MM-dd}, the same day as version '{sorted[i - 1].Version}'");
            }
        }

        foreach (var g in sorted.GroupBy(p => p.Version, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            v.Add("versions", ErrorCode.Inconsistent, $"version name '{g.Key}' is used more than once");
        }

        v.ThrowIfAny();
        this.versions = sorted;
    }

    /// <summary>The versions, earliest first.</summary>
    public IReadOnlyList<T> Versions => versions;

    /// <summary>The first day any version applies: before it the policy is not in force.</summary>
    public LocalDate InForceFrom => versions[0].InForceFrom;

    /// <summary>The version in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The latest version whose <see cref="IVersionedParameters.InForceFrom"/> is on or before <paramref name="date"/>.</returns>
    /// <exception cref="NotInForceException"><paramref name="date"/> is before the first version.</exception>
    public T InForceOn(LocalDate date)
    {
        if (!TryGetInForceOn(date, out var found))
        {
            throw new NotInForceException(date, versions[0].InForceFrom, versions[0].Source);
        }

        return found;
    }

    /// <summary>The version in force on a day, if any.</summary>
    /// <param name="date">The day.</param>
    /// <param name="parameters">The version, or null when the policy is not in force on that day.</param>
    /// <returns>True when a version is in force.</returns>
    public bool TryGetInForceOn(LocalDate date, out T parameters)
    {
        for (var i = versions.Length - 1; i >= 0; i--)
        {
            if (versions[i].InForceFrom <= date)
            {
                parameters = versions[i];
                return true;
            }
        }

        parameters = null!;
        return false;
    }

    /// <summary>A new history with one more version (replacing a version that starts the same day).</summary>
    /// <param name="version">The version to add.</param>
    /// <returns>A new history; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> is null.</exception>
    public ParameterHistory<T> With(T version)
    {
        if (version is null)
        {
            throw new ArgumentNullException(nameof(version));
        }

        // Stryker disable once Linq : the constructor sorts the versions by start date, so appending or prepending the new one gives the same history.
        return new ParameterHistory<T>(versions.Where(p => p.InForceFrom != version.InForceFrom).Append(version));
    }
}

/// <summary>
/// Which parameter version and which package version produced a result, so it can be reproduced.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
/// <param name="ParametersVersion">The <see cref="IVersionedParameters.Version"/> used.</param>
/// <param name="ParametersInForceFrom">The day that version applies from.</param>
/// <param name="PackageVersion">The version of the Haidian.Rules package that computed the result.</param>
public sealed record Provenance(string ParametersVersion, LocalDate ParametersInForceFrom, string PackageVersion)
{
    /// <summary>The provenance of a result computed now with the given parameters.</summary>
    /// <param name="parameters">The parameter version used.</param>
    /// <returns>The provenance record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public static Provenance Of(IVersionedParameters parameters)
    {
        if (parameters is null)
        {
            throw new ArgumentNullException(nameof(parameters));
        }

        return new Provenance(parameters.Version, parameters.InForceFrom, PackageInfo.Version);
    }
}

/// <summary>Facts about this package (its version, recorded in every result's provenance). Generic core type, not policy-specific: it cites no clause itself.</summary>
public static class PackageInfo
{
    /// <summary>The package version (informational version without build metadata), e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var attr = typeof(PackageInfo).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault();
        // Stryker disable once NullCoalescing,String : the library assembly always carries an informational version; the fallbacks cannot be reached from a test.
        var text = attr?.InformationalVersion ?? typeof(PackageInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = text.IndexOf('+');
        return plus >= 0 ? text.Substring(0, plus) : text;
    }
}
