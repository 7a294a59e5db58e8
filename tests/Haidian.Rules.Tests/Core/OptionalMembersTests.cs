using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Xunit;

namespace Haidian.Rules.Tests.Core;

/// <summary>
/// Spec 07 C1 on parameter sets: a member that JSON may leave out must read as its documented default.
/// System.Text.Json's source-generated reader sets every init-only member it binds — a member left out becomes
/// null/false/0, not the property initializer (dotnet/runtime#84484) — so an optional member whose C# default is not the
/// type's zero value would silently change meaning when omitted (e.g. <c>source</c> null, or a <c>true</c> flag read as
/// false). Every such member must be required in JSON or read its default from null.
/// </summary>
public sealed class OptionalMembersTests
{
    public static TheoryData<Type> ParameterTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var t in typeof(HaidianJson).Assembly.GetExportedTypes()
                     .Where(t => typeof(IVersionedParameters).IsAssignableFrom(t) && t.GetProperty("Gazette2017", BindingFlags.Public | BindingFlags.Static)?.PropertyType == t)
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(t);
        }

        return data;
    }

    [Fact]
    public void EveryModuleHasAParameterTypeInTheTheory()
    {
        // nine parameter sets: water, elevator, guide fund, development fund, forest, waste, deadlines, cultivated land, smart Haidian
        Assert.Equal(9, ParameterTypes().Count);
    }

    [Theory]
    [MemberData(nameof(ParameterTypes))]
    public void AMemberLeftOutOfTheJsonReadsAsItsCSharpDefault(Type type)
    {
        var gazette = type.GetProperty("Gazette2017", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var fresh = Activator.CreateInstance(type)!; // the property initializers: the documented defaults
        var info = HaidianJson.Options.GetTypeInfo(type);
        var full = JsonNode.Parse(JsonSerializer.Serialize(gazette, info))!.AsObject();
        var deserialize = typeof(HaidianJson).GetMethod(nameof(HaidianJson.Deserialize))!.MakeGenericMethod(type);
        var wrong = new List<string>();
        foreach (JsonPropertyInfo p in info.Properties)
        {
            if (p.IsRequired || p.Get is null || !full.ContainsKey(p.Name) || p.AttributeProvider is PropertyInfo { CanWrite: false })
            {
                // required, or written but never read (a computed member such as forest's maximumScore)
                continue;
            }

            var json = full.DeepClone().AsObject();
            json.Remove(p.Name);
            object read;
            try
            {
                read = deserialize.Invoke(null, new object[] { json.ToJsonString() })!;
            }
            catch (TargetInvocationException e) when (e.InnerException is ValidationException v)
            {
                wrong.Add($"{p.Name}: optional in JSON, but leaving it out is an error: {v.Message}");
                continue;
            }

            var expected = JsonSerializer.Serialize(p.Get(fresh), p.PropertyType, HaidianJson.Options);
            var actual = JsonSerializer.Serialize(p.Get(read), p.PropertyType, HaidianJson.Options);
            if (expected != actual && !(actual == "null" && AcceptsNullAsDefault(type, read)))
            {
                wrong.Add($"{p.Name}: left out it reads as {actual}, but its default is {expected}");
            }
        }

        Assert.True(wrong.Count == 0, type.Name + ":\n" + string.Join("\n", wrong));
    }

    // A member that reads as null is fine when the calculator takes null as the documented default: the parameter set
    // still validates (e.g. water's concentrationRounding: null = the gazette's rounding).
    private static bool AcceptsNullAsDefault(Type type, object read) =>
        ((IVersionedParameters)read).Validate().Count == 0;

    [Fact]
    public void TheCheckCatchesAMemberThatLosesItsDefault()
    {
        // the smart-Haidian flag R2 defaults to true; without [JsonRequired] a JSON that left it out read as false.
        var json = JsonNode.Parse(HaidianJson.Serialize(Haidian.Rules.SmartHaidian.SmartHaidianParameters.Gazette2017))!.AsObject();
        json.Remove("selfDraftingNeedsSimpleContent");
        var ex = Assert.Throws<ValidationException>(() => HaidianJson.Deserialize<Haidian.Rules.SmartHaidian.SmartHaidianParameters>(json.ToJsonString()));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(("selfDraftingNeedsSimpleContent", ErrorCode.Required), (error.Path, error.Code));
    }
}
