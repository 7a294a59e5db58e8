using Haidian.Rules.CultivatedLand;

namespace Haidian.Rules.Tests.CultivatedLand;

/// <summary>JSON round trips through <see cref="HaidianJson"/> of every input, parameter and result type.</summary>
public sealed partial class CultivatedLandCalculatorTests
{
    [Fact]
    public void Json_RecordRoundTrips_AndAssessesTheSame()
    {
        var json = HaidianJson.Serialize(Mixed2020);
        Assert.Contains("\"areaUnit\": \"Mu\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"Town\"", json, StringComparison.Ordinal);
        var back = HaidianJson.Deserialize<CultivatedLandRecord>(json);
        Assert.Equal(json, HaidianJson.Serialize(back));
        Assert.Equal(HaidianJson.Serialize(Calculator.Assess(Mixed2020)), HaidianJson.Serialize(Calculator.Assess(back)));
    }

    [Fact]
    public void Json_ResultsRoundTrip()
    {
        var result = HaidianJson.Serialize(Calculator.Assess(Mixed2020));
        Assert.Equal(result, HaidianJson.Serialize(HaidianJson.Deserialize<CultivatedLandResult>(result)));
        var answer = HaidianJson.Serialize(Calculator.CheckSuspension(CL10(new LandProject("a", InfrastructureCategory.Transport, ApprovalAuthority.MunicipalDepartment, ApprovalAct.Ratified), new LocalDate(2021, 6, 1))));
        Assert.Equal(answer, HaidianJson.Serialize(HaidianJson.Deserialize<SuspensionAnswer>(answer)));
        var calendar = HaidianJson.Serialize(Calculator.CalendarFor(2020));
        Assert.Equal(calendar, HaidianJson.Serialize(HaidianJson.Deserialize<LandCalendarYear>(calendar)));
        var query = HaidianJson.Serialize(CL10(new LandProject("a", InfrastructureCategory.Transport, ApprovalAuthority.MunicipalDepartment, ApprovalAct.Ratified), new LocalDate(2021, 6, 1)));
        Assert.Equal(query, HaidianJson.Serialize(HaidianJson.Deserialize<SuspensionQuery>(query)));
    }

    [Fact]
    public void Json_ParametersRoundTrip_AndAWhatIfCopyReadsBack()
    {
        var json = HaidianJson.Serialize(CultivatedLandParameters.Gazette2017);
        Assert.Equal(json, HaidianJson.Serialize(HaidianJson.Deserialize<CultivatedLandParameters>(json)));
        var whatIf = HaidianJson.Deserialize<CultivatedLandParameters>(json.Replace("\"midTermYearIndex\": 2", "\"midTermYearIndex\": 1", StringComparison.Ordinal).Replace("\"endOfTermYearIndex\": 4", "\"endOfTermYearIndex\": 3", StringComparison.Ordinal));
        var c = new CultivatedLandCalculator(whatIf);
        Assert.Equal(AssessmentRole.MidTerm, c.CalendarFor(2017).Role);   // why: R1's alternative judges 2017 and 2019
        Assert.Equal(AssessmentRole.EndOfTerm, c.CalendarFor(2019).Role);
        Assert.Equal(AssessmentRole.Annual, c.CalendarFor(2020).Role);
        Assert.Same(CultivatedLandParameters.Gazette2017, Calculator.ParametersFor(2016));
    }
}
